import type { CompiledPolicy } from '../../model/index.ts';
import { detected, wordingsChange } from '../detected.ts';
import { matchById } from '../keyed.ts';
import { recipientKindLabel } from '../../model/labels.ts';
import { refs } from '../refs.ts';
import type { DetectedChange } from '../types.ts';

/** Companies and groups information is shared with: added, removed, renamed, kind, method, members. */
export function recipientChanges(before: CompiledPolicy, after: CompiledPolicy): DetectedChange[] {
  const { added, removed, common } = matchById(before.recipients, after.recipients);
  const names = new Map([...before.recipients, ...after.recipients].map((r) => [r.id, r.name]));
  const member = (id: string) => refs.recipient({ id, name: names.get(id) ?? id });
  const changes: DetectedChange[] = [];
  for (const recipient of added) changes.push(detected('recipient-added', refs.recipient(recipient), ['新增个人信息接收方：', refs.recipient(recipient)]));
  for (const recipient of removed) changes.push(detected('recipient-removed', refs.recipient(recipient), ['不再向', refs.recipient(recipient), '提供个人信息']));
  for (const [old, recipient] of common) {
    const record = refs.recipient(recipient);
    const field = (name: 'kind' | 'method', kind: 'recipient-kind-changed' | 'recipient-method-changed', label: string) => {
      if ((old[name] ?? '') === (recipient[name] ?? '')) return;
      const shown = (value: string | undefined) => (name === 'kind' && value ? recipientKindLabel[value as keyof typeof recipientKindLabel] : value) ?? '无';
      changes.push(
        detected(kind, record, [record, `的${label}由“${shown(old[name])}”改为“${shown(recipient[name])}”`], {
          path: [name],
          field: name,
          before: old[name] ?? '',
          after: recipient[name] ?? '',
        }),
      );
    };
    if (old.name !== recipient.name) {
      changes.push(detected('recipient-renamed', record, ['个人信息接收方“', old.name, '”变更为', record], { path: ['name'], field: 'name', before: old.name, after: recipient.name }));
    }
    field('kind', 'recipient-kind-changed', '类型');
    field('method', 'recipient-method-changed', '提供方式');
    const wordings = wordingsChange(record, old.wordings, recipient.wordings);
    if (wordings) changes.push(wordings);
    const members = matchById((old.members ?? []).map(member), (recipient.members ?? []).map(member));
    for (const element of members.added) {
      changes.push(detected('recipient-member-added', record, [record, '新增成员', element], { path: ['members', element.id], element }));
    }
    for (const element of members.removed) {
      changes.push(detected('recipient-member-removed', record, [record, '不再包括', element], { path: ['members', element.id], element }));
    }
  }
  return changes;
}
