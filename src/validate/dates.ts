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
  error(yaml.policy.file, locate(yaml.policy, ['effective']), 'effective-before-update', { effective, updated, updatedLine: updatedAt?.line });
}

/** `responseDays` is the short form of `responseTime`: a policy states one of them. */
function checkOneResponseTime(data: PolicyData, yaml: Sources): void {
  const { responseDays, responseTime } = data.policy;
  if (responseDays === undefined || responseTime === undefined) return;
  error(yaml.policy.file, locate(yaml.policy, ['responseDays']), 'duplicate-fact', { days: responseDays });
}
