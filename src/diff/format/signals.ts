// What a review item's signals say, for `policy review` and `policy diff`.
import { suggestion } from '../signals.ts';
import type { ReviewItem, Signal } from '../types.ts';

/** One signal: `+ organisation 连连支付 (recipient payment-institutions) → recipients, separate-consent [signal-organisation]`. */
export function signalText(signal: Signal): string {
  const record = signal.record ? ` (${signal.record.type} ${signal.record.id})` : '';
  const context = signal.context ? ` (${signal.context})` : '';
  return `${signal.side === 'inserted' ? '+' : '-'} ${signal.kind} ${signal.term}${record}${context} → ${signal.category}, ${signal.level} [${signal.rule}]`;
}

/** The suggestion, then each signal; nothing for an item without signals. */
export function signalLines(review: Pick<ReviewItem, 'signals'>): string[] {
  if (!review.signals?.length) return ['signals: none (decide from the text)'];
  const { level, rules } = suggestion(review.signals);
  return [`suggests at least ${level} (${rules.join(', ')}); signals:`, ...review.signals.map((signal) => `  ${signalText(signal)}`)];
}
