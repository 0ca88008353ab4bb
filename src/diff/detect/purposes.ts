import type { CompiledPolicy } from '../../model/index.ts';
import { detected } from '../detected.ts';
import { matchById } from '../keyed.ts';
import { quoted } from '../phrase.ts';
import { functionLabel } from '../../model/labels.ts';
import { refs } from '../refs.ts';
import { isDisclosure } from '../../model/kinds.ts';
import type { DetectedChange } from '../types.ts';
import { itemUses, permissionUses, recipientUses, useChanges } from './uses.ts';

type Purpose = CompiledPolicy['purposes'][number];

/** Purposes added or removed, a purpose's function, and what each collects and shares. */
export function purposeChanges(before: CompiledPolicy, after: CompiledPolicy): DetectedChange[] {
  const { added, removed, common } = matchById(before.purposes, after.purposes);
  const changes: DetectedChange[] = [];
  for (const purpose of added) {
    const record = refs.purpose(purpose);
    changes.push(detected('purpose-added', record, ['新增处理目的', ...quoted(record), `（${functionLabel[purpose.function]}）`]));
    changes.push(...uses(undefined, purpose, after));
  }
  for (const purpose of removed) {
    const record = refs.purpose(purpose);
    changes.push(detected('purpose-removed', record, ['不再', ...quoted(record), '处理个人信息']));
  }
  for (const [old, purpose] of common) {
    const record = refs.purpose(purpose);
    if (old.function !== purpose.function) {
      changes.push(
        detected('purpose-function-changed', record, [...quoted(record), `由${functionLabel[old.function]}改为${functionLabel[purpose.function]}`], {
          path: ['function'],
          field: 'function',
          before: old.function,
          after: purpose.function,
        }),
      );
    }
    changes.push(...uses(old, purpose, after));
  }
  return changes;
}

function uses(old: Purpose | undefined, purpose: Purpose, doc: CompiledPolicy): DetectedChange[] {
  const record = refs.purpose(purpose);
  const disclosure = (id: string) => isDisclosure(doc.recipients.find((r) => r.id === id));
  return [
    ...useChanges(record, itemUses, (old?.items ?? []).map(refs.item), purpose.items.map(refs.item)),
    ...useChanges(record, permissionUses, (old?.permissions ?? []).map(refs.permission), purpose.permissions.map(refs.permission)),
    ...useChanges(record, recipientUses(disclosure), (old?.recipients ?? []).map(refs.recipient), purpose.recipients.map(refs.recipient)),
  ];
}
