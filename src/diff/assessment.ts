import type { PolicyDiff } from './types.ts';
import { levelRank, maxLevel, sortCategories } from './levels.ts';
import type { Change } from './types.ts';

/** What decides a notice: the classified changes, the review items, and the pop-up. */
export type Assessment = Pick<PolicyDiff, 'level' | 'popup' | 'categories' | 'changes' | 'review' | 'summary'>;

/** Level, pop-up and categories of a set of classified changes; changes listed highest level first. */
export function decide(changes: readonly Change[]): Pick<Assessment, 'level' | 'popup' | 'categories' | 'changes'> {
  const level = maxLevel(changes.map((change) => change.level));
  return {
    level,
    popup: level !== 'none',
    categories: sortCategories(changes.filter((change) => change.level !== 'none').map((change) => change.category)),
    changes: [...changes].sort((a, b) => levelRank(b.level) - levelRank(a.level)),
  };
}
