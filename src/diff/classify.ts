import { chapterCategories, scopeWordingCategories } from './chapter-categories.ts';
import { levelRank } from './levels.ts';
import { reviewRules, rules, type Rule, type RuleContext } from './rules.ts';
import type { Change, DetectedChange, DetectedReview, ReviewItem } from './types.ts';

/** Gives each change the category, level and reason of the highest rule that matches it. */
export function classify(context: RuleContext): Change[] {
  return context.changes.map((change) => {
    const rule = decidingRule(change, context);
    return { ...change, category: rule.category, level: rule.level, rule: rule.id, reason: rule.reason };
  });
}

function decidingRule(change: DetectedChange, context: RuleContext): Rule {
  let best: Rule | undefined;
  for (const rule of rules) {
    if (!rule.change.kinds.includes(change.kind) || (rule.change.when && !rule.change.when(change, context))) continue;
    if (!best || levelRank(rule.level) > levelRank(best.level)) best = rule;
  }
  if (!best) throw new Error(`No rule in src/diff/rules.ts matches a change of kind \`${change.kind}\` (${change.id})`);
  return best;
}

/** Gives each review item the categories the rules assign to its chapter or record. */
export function classifyReview(items: readonly DetectedReview[]): ReviewItem[] {
  return items.map((item) => {
    if (item.kind === 'scope-wording') {
      const categories = scopeWordingCategories[item.record.type as keyof typeof scopeWordingCategories] ?? [];
      return { ...item, categories: [...categories], rule: reviewRules['scope-wording'].id, reason: reviewRules['scope-wording'].reason };
    }
    const categories = chapterCategories[item.record.id];
    const rule = categories ? reviewRules.prose : reviewRules.unmapped;
    return { ...item, categories: [...(categories ?? [])], rule: rule.id, reason: rule.reason };
  });
}
