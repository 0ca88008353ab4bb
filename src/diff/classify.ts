import { levelRank, sortCategories } from './levels.ts';
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
    // The highest level wins; on a tie, a rule with a condition (the more specific one) over one without.
    if (!best || levelRank(rule.level) > levelRank(best.level) || (levelRank(rule.level) === levelRank(best.level) && rule.change.when && !best.change.when)) best = rule;
  }
  if (!best) throw new Error(`No rule in src/diff/rules.ts matches a change of kind \`${change.kind}\` (${change.id})`);
  return best;
}

/**
 * Gives each review item its rule, and its categories: those its chapter names (policy.yaml) or its
 * record touches, and those its signals suggest, in the table's order.
 */
export function classifyReview(items: readonly DetectedReview[]): ReviewItem[] {
  return items.map(({ covers, ...item }) => {
    const rule = item.kind === 'scope-wording' ? reviewRules['scope-wording'] : covers?.length ? reviewRules.prose : reviewRules.unmapped;
    const categories = sortCategories([...(covers ?? []), ...(item.signals ?? []).map((signal) => signal.category)]);
    return { ...item, categories, rule: rule.id, reason: rule.reason };
  });
}
