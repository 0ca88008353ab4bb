// Texts in the data that set a scope (what a term covers, what a purpose is for): a rule cannot
// tell a reworded sentence from a widened one, so each edit is a review item, unless it is only
// another record's new value showing through a directive (a definition quoting the controller).
import type { CompiledPolicy } from '../../model/index.ts';
import { matchById } from '../keyed.ts';
import { evidence } from '../prose/evidence.ts';
import { explained } from '../prose/explain.ts';
import { redline } from '../prose/redline.ts';
import { refs } from '../refs.ts';
import type { DetectedReview, RecordRef } from '../types.ts';

type Doc = CompiledPolicy;

interface ScopeText<T extends { id: string }> {
  list: (doc: Doc) => readonly T[];
  ref: (record: T) => RecordRef;
  fields: ReadonlyArray<keyof T & string>;
  /** The text is rendered from Markdown with directives. */
  rendered?: true;
}

const scopeTexts = [
  { list: (d: Doc) => d.definitions, ref: refs.definition, fields: ['text'], rendered: true } satisfies ScopeText<Doc['definitions'][number]>,
  { list: (d: Doc) => d.purposes, ref: refs.purpose, fields: ['title', 'scenario'] } satisfies ScopeText<Doc['purposes'][number]>,
  { list: (d: Doc) => d.sdks, ref: refs.sdk, fields: ['scenario'] } satisfies ScopeText<Doc['sdks'][number]>,
  { list: (d: Doc) => d.items, ref: refs.item, fields: ['definition'] } satisfies ScopeText<Doc['items'][number]>,
];

export function scopeWordingReview(before: Doc, after: Doc): DetectedReview[] {
  return scopeTexts.flatMap((spec) => changedTexts(spec as unknown as ScopeText<{ id: string }>, before, after));
}

function changedTexts<T extends { id: string }>(spec: ScopeText<T>, before: Doc, after: Doc): DetectedReview[] {
  const review: DetectedReview[] = [];
  let others: string | undefined;
  for (const [old, record] of matchById(spec.list(before), spec.list(after)).common) {
    for (const field of spec.fields) {
      const was = (old[field] as string | undefined) ?? '';
      const now = (record[field] as string | undefined) ?? '';
      if (was === now) continue;
      if (spec.rendered) {
        others ??= evidence(before, after, { without: 'definitions' });
        if (redline(was, now)?.edits.every((edit) => explained(edit, others!)) ?? true) continue;
      }
      const ref = spec.ref(record);
      review.push({ id: `${ref.type}/${ref.id}/${field}`, kind: 'scope-wording', record: ref, field, deleted: was ? [was] : [], inserted: now ? [now] : [] });
    }
  }
  return review;
}
