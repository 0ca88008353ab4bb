import type { PolicyData } from '../model/index.ts';
import type { LoadedPolicy } from '../load/load-policy.ts';
import { locate } from '../load/yaml.ts';
import { error } from '../report/messages.ts';

type Sources = Required<LoadedPolicy['yaml']>;

/** A version cannot take effect before it is published: `effective` is on or after `updated`. */
export function checkDates(data: PolicyData, yaml: Sources): void {
  checkOneResponseTime(data, yaml);
  const { updated, effective } = data.policy;
  if (effective === undefined || effective >= updated) return;
  const updatedAt = locate(yaml.policy, ['updated'])?.start;
  error(yaml.policy.file, `The effective date ${effective} is earlier than the update date ${updated}`, {
    place: locate(yaml.policy, ['effective']),
    ruleId: 'effective-before-update',
    hint: `A version takes effect on or after the day it is published (本版本更新发布日期): set \`effective:\` to ${updated} or later, or correct \`updated:\`${updatedAt ? ` (line ${updatedAt.line})` : ''} if that is the wrong one.`,
  });
}

/** `responseDays` is the short form of `responseTime`: a policy states one of them. */
function checkOneResponseTime(data: PolicyData, yaml: Sources): void {
  const { responseDays, responseTime } = data.policy;
  if (responseDays === undefined || responseTime === undefined) return;
  error(yaml.policy.file, 'The response time is stated twice: `responseDays` and `responseTime`', {
    place: locate(yaml.policy, ['responseDays']),
    ruleId: 'duplicate-fact',
    hint: `\`responseDays: ${responseDays}\` is the short form of \`responseTime: { value: ${responseDays}, unit: 天 }\`: keep one of the two.`,
  });
}
