// What the structured data can explain in the prose: the text of every record that differs between
// the two versions (added, removed, changed or moved), as the directives render it.
import type { CompiledPolicy } from '../../model/index.ts';
import { hanziNumber } from '../../render/format.ts';
import { matchById, sameJson } from '../keyed.ts';
import { normalizedInline } from './normalize.ts';

type Doc = CompiledPolicy;

const lists = ['contacts', 'definitions', 'items', 'permissions', 'purposes', 'sdks', 'recipients', 'rights'] as const;
const singles = ['product', 'title', 'controller', 'responseDays', 'disputeVenue', 'minimumAge', 'childAge', 'storage', 'retention'] as const;

/** Every value a directive can render from the records that differ, normalized as the prose is, in one searchable string. */
export function evidence(before: Doc, after: Doc, options: { without?: (typeof lists)[number] } = {}): string {
  const values: string[] = [];
  for (const key of singles) {
    if (!sameJson(before[key], after[key])) collect([before[key], after[key]], values);
  }
  for (const key of lists) {
    if (key === options.without) continue;
    const { added, removed, common, reordered } = matchById<{ id: string }>(before[key], after[key]);
    if (reordered) collect([before[key], after[key]], values);
    else collect([added, removed, common.filter(([old, now]) => !sameJson(old, now))], values);
  }
  return values.join('\u0001');
}

function collect(value: unknown, into: string[]): void {
  if (typeof value === 'string') into.push(normalizedInline(value));
  else if (typeof value === 'number') into.push(String(value), hanziNumber(value) ?? '');
  else if (Array.isArray(value)) for (const inner of value) collect(inner, into);
  else if (value !== null && typeof value === 'object') for (const inner of Object.values(value)) collect(inner, into);
}
