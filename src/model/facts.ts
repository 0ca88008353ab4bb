// The facts a policy may or may not state, read the same way from policy.yaml and from a compiled
// document of any age: documents compiled before the facts were optional hold them always, in the
// old shapes (`responseDays`, `retention.minimumMonths`); newer ones hold what the editor wrote.
// Everything that shows a fact to readers (header, directives, diff, pop-up, lists) reads it here,
// and shows nothing for a fact that is absent.
import type { CompiledPolicy, DataItem, PolicySource } from './index.ts';

export type Duration = { value: number; unit: '天' | '工作日' | '月' | '年' };

type LooseDuration = { value: number; unit: string };

/** The fields both shapes share: a policy.yaml or a compiled document of any age. */
export interface Facts {
  responseDays?: number;
  responseTime?: LooseDuration;
  disputeVenue?: string | { name: string; kind: string };
  retention?: { minimum?: LooseDuration; afterCancellation?: LooseDuration; until?: string; minimumMonths?: number; afterCancellationMonths?: number };
}

/** `15天`, `15个工作日`, `6个月`, `3年`: a duration as the policy writes it. */
export function durationText(duration: Duration): string {
  const unit = { 天: '天', 工作日: '个工作日', 月: '个月', 年: '年' }[duration.unit];
  return `${duration.value}${unit}`;
}

/**
 * A duration in days, to compare two of them: a working day counts as 7/5 of a day, a month 30
 * days, a year 365; the order is what matters (3年 is longer than 30个月, 15个工作日 than 15天).
 */
export function durationDays(duration: Duration): number {
  return duration.value * { 天: 1, 工作日: 7 / 5, 月: 30, 年: 365 }[duration.unit];
}

/** Within how long requests are answered, if the policy says. */
export function responseTimeOf(facts: Facts): Duration | undefined {
  if (facts.responseTime) return facts.responseTime as Duration;
  return facts.responseDays === undefined ? undefined : { value: facts.responseDays, unit: '天' };
}

export interface Retention {
  minimum?: Duration;
  afterCancellation?: Duration;
  until?: string;
}

/** The retention facts the policy states, in one shape (the month fields read as durations in months). */
export function retentionOf(facts: Facts): Retention {
  const r = facts.retention;
  if (!r) return {};
  const months = (value: number | undefined): Duration | undefined => (value === undefined ? undefined : { value, unit: '月' });
  const minimum = (r.minimum as Duration | undefined) ?? months(r.minimumMonths);
  const afterCancellation = (r.afterCancellation as Duration | undefined) ?? months(r.afterCancellationMonths);
  return { ...(minimum ? { minimum } : {}), ...(afterCancellation ? { afterCancellation } : {}), ...(r.until ? { until: r.until } : {}) };
}

export type VenueKind = 'court' | 'arbitration';

/** The dispute venue and its kind: as written, or read from the wording (…法院, …仲裁…); undefined kind when the wording says neither. */
export function venueOf(facts: Facts): { name: string; kind: VenueKind | undefined } | undefined {
  const venue = facts.disputeVenue;
  if (venue === undefined) return undefined;
  if (typeof venue !== 'string') return { name: venue.name, kind: venue.kind as VenueKind };
  return { name: venue, kind: /仲裁/.test(venue) ? 'arbitration' : /法院|法庭/.test(venue) ? 'court' : undefined };
}

/** How a venue of its kind is called: a court, an arbitration commission, or neither when the wording does not say. */
export function venueWords(kind: VenueKind | undefined): string {
  return kind === 'court' ? '管辖法院' : kind === 'arbitration' ? '仲裁机构' : '争议解决机构';
}

/** How the policy's header names its dates: its own words, else the defaults. */
export function headerLabels(policy: Pick<PolicySource, 'labels'>): { updated: string; effective: string } {
  return { updated: policy.labels?.updated ?? '本版本更新发布日期', effective: policy.labels?.effective ?? '生效日期' };
}

/** PIPL 第二十八条: a child is a minor under fourteen; the policy's `childAge` when it states one. */
export const legalChildAge = 14;

/** Categories whose items are sensitive unless the editor says otherwise, with their ground (GB/T 35273-2020 Appendix B). */
export const sensitiveByDefault: Readonly<Record<string, string>> = {
  health: 'GB/T 35273-2020 附录B 表B.1：个人健康生理信息；PIPL 第二十八条：医疗健康',
  biometric: 'GB/T 35273-2020 附录B 表B.1：个人生物识别信息；PIPL 第二十八条：生物识别',
  children: 'PIPL 第二十八条：不满十四周岁未成年人的个人信息',
};

/** A data item's sensitivity: as written, else its category's default. */
export function sensitivityOf(item: Pick<DataItem, 'category' | 'sensitive' | 'sensitiveReason'>): { sensitive: boolean; sensitiveReason?: string } {
  const sensitive = item.sensitive ?? item.category in sensitiveByDefault;
  const reason = item.sensitiveReason ?? (sensitive && item.sensitive === undefined ? sensitiveByDefault[item.category] : undefined);
  return { sensitive, ...(reason ? { sensitiveReason: reason } : {}) };
}

/** The date a version is in force from: its effective date, or, when it states none, its publication. */
export function inForceFrom(doc: Pick<CompiledPolicy, 'updated' | 'effective'>): string {
  return doc.effective ?? doc.updated;
}
