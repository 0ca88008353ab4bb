// Changes of a list a record holds by reference: a purpose's or an SDK's items, permissions, recipients.
import { detected } from '../detected.ts';
import { matchById } from '../keyed.ts';
import { quoted, type Part } from '../phrase.ts';
import { suffix } from '../../client/popup-compose.ts';
import type { ChangeKind, DetectedChange, RecordRef } from '../types.ts';

export interface UseList {
  /** The list's name in the change id: `items`, `permissions`, `recipients`. */
  path: string;
  added: ChangeKind;
  removed: ChangeKind;
  /** The sentence for an element added or removed. */
  sentence: (record: RecordRef, element: RecordRef, added: boolean) => Part[];
}

export const itemUses: UseList = {
  path: 'items',
  added: 'item-collected',
  removed: 'item-no-longer-collected',
  sentence: (record, item, added) => [...quoted(record), added ? '新增收集' : '不再收集', item],
};

export const permissionUses: UseList = {
  path: 'permissions',
  added: 'permission-used',
  removed: 'permission-no-longer-used',
  sentence: (record, permission, added) => [...quoted(record), added ? '新增使用' : '不再使用', permission, suffix(permission.name, '权限')],
};

/** A purpose's recipients; one of a disclosure kind (other users, the public) is shown the information, not provided with it. */
export function recipientUses(disclosure: (id: string) => boolean): UseList {
  return {
    path: 'recipients',
    added: 'purpose-recipient-added',
    removed: 'purpose-recipient-removed',
    sentence: (record, recipient, added) => [...quoted(record), added ? '新增向' : '不再向', recipient, disclosure(recipient.id) ? '公开个人信息' : '提供个人信息'],
  };
}

/**
 * Elements added to, removed from or renamed in one list of a record. Elements are refs already
 * resolved with the wording shown in that place.
 */
export function useChanges(record: RecordRef, list: UseList, before: readonly RecordRef[], after: readonly RecordRef[]): DetectedChange[] {
  const { added, removed, common } = matchById(before, after);
  const changes: DetectedChange[] = [];
  for (const element of added) changes.push(detected(list.added, record, list.sentence(record, element, true), { path: [list.path, element.id], element }));
  for (const element of removed) changes.push(detected(list.removed, record, list.sentence(record, element, false), { path: [list.path, element.id], element }));
  for (const [old, element] of common) {
    if (old.name === element.name) continue;
    changes.push(
      detected('wording-changed', record, [...quoted(record), '中的“', old.name, '”改称“', element, '”'], {
        path: [list.path, element.id, 'name'],
        element,
        field: 'name',
        before: old.name,
        after: element.name,
      }),
    );
  }
  return changes;
}
