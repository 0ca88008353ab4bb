// What a review item's signals say, for `policy review` and `policy diff`.
import { suggestion } from '../signals.ts';
import type { ReviewItem, Signal } from '../types.ts';
import { say, type Locale } from '../../report/catalogue/index.ts';

/** One signal: `+ organisation 连连支付 (recipient payment-institutions) → recipients, separate-consent [signal-organisation]`. */
export function signalText(signal: Signal): string {
  const record = signal.record ? ` (${signal.record.type} ${signal.record.id})` : '';
  const context = signal.context ? ` (${signal.context})` : '';
  return `${signal.side === 'inserted' ? '+' : '-'} ${signal.kind} ${signal.term}${record}${context} → ${signal.category}, ${signal.level} [${signal.rule}]`;
}

/** The suggestion, then each signal; nothing for an item without signals. */
export function signalLines(review: Pick<ReviewItem, 'signals'>, locale: Locale = 'en'): string[] {
  if (!review.signals?.length) return [say(locale, 'review-no-signals').message];
  const { level, rules } = suggestion(review.signals);
  return [say(locale, 'review-suggests', { level, rules }).message, ...review.signals.map((signal) => `  ${signalText(signal)}`)];
}
