import type { Category, NoticeLevel } from './types.ts';

/** The four notice levels, lowest first (notice-rules.md). */
export const noticeLevels: readonly NoticeLevel[] = ['none', 'notify', 'reconsent', 'separate-consent'];

/** The six categories in the table's order (seed chapter 八, items 1–6). */
export const categories: readonly Category[] = ['service-model', 'controller', 'recipients', 'user-rights', 'contact', 'risk-assessment'];

export function levelRank(level: NoticeLevel): number {
  return noticeLevels.indexOf(level);
}

/** The highest of the levels; `none` for none. */
export function maxLevel(levels: Iterable<NoticeLevel>): NoticeLevel {
  let max: NoticeLevel = 'none';
  for (const level of levels) if (levelRank(level) > levelRank(max)) max = level;
  return max;
}

/** True when a user must agree again: the levels that raise `consentEpoch`. */
export function needsConsent(level: NoticeLevel): boolean {
  return level === 'reconsent' || level === 'separate-consent';
}

/** The categories present, in the table's order. */
export function sortCategories(present: Iterable<Category | null>): Category[] {
  const set = new Set(present);
  return categories.filter((category) => set.has(category));
}
