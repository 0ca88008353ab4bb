import type { Category } from './types.ts';

/**
 * Which categories of the rule table each chapter of the policy covers. Prose edited in a covered
 * chapter that no structured change explains needs an editor's decision; an empty list means the
 * chapter carries no material content (a table of contents, the opening reminder). A chapter
 * missing here is treated as covered, to be safe.
 */
export const chapterCategories: Readonly<Record<string, readonly Category[]>> = {
  preamble: [],
  definitions: ['service-model'],
  'part-two': [],
  collection: ['service-model'],
  cookies: ['service-model'],
  sharing: ['recipients'],
  protection: ['service-model', 'contact'],
  rights: ['user-rights'],
  minors: ['service-model'],
  'cross-border': ['recipients'],
  updates: ['user-rights'],
  contact: ['contact'],
};

/** The scope-setting texts of the structured data, and the category each belongs to. */
export const scopeWordingCategories = {
  definition: ['service-model'],
  purpose: ['service-model'],
  item: ['service-model'],
  sdk: ['recipients'],
} as const satisfies Record<string, readonly Category[]>;

/** True when prose edited in this chapter needs review: a covered chapter, or one the map does not know. */
export function chapterNeedsReview(chapterId: string): boolean {
  const categories = chapterCategories[chapterId];
  return categories === undefined || categories.length > 0;
}
