import type { CompiledPolicy } from '../../model/index.ts';
import { detected, joined, wordingsChange, membership } from '../detected.ts';
import { matchById } from '../keyed.ts';
import { refs } from '../refs.ts';
import { suffix } from '../../client/popup-compose.ts';
import type { DetectedChange } from '../types.ts';

const platforms = ['android', 'ios'] as const;

/** The catalogue of device permissions: added, removed, the platform permissions each stands for, names. */
export function permissionChanges(before: CompiledPolicy, after: CompiledPolicy): DetectedChange[] {
  const { added, removed, common } = matchById(before.permissions, after.permissions);
  const changes = membership({ added, removed }, refs.permission, ['permission-added', (record) => ['新增设备权限：', record]], ['permission-removed', (record) => ['不再使用设备权限：', record]]);
  for (const [old, permission] of common) {
    const record = refs.permission(permission);
    for (const platform of platforms) {
      const was = joined(old[platform]);
      const now = joined(permission[platform]);
      if (was === now) continue;
      changes.push(
        detected('permission-access-changed', record, [record, `${suffix(record.name, '权限')}对应的${platform === 'ios' ? 'iOS' : 'Android'}系统权限改为：`, now || '无'], {
          path: [platform],
          field: platform,
          before: was,
          after: now,
        }),
      );
    }
    if (old.name !== permission.name) {
      changes.push(detected('wording-changed', record, [old.name.endsWith('权限') ? '“' : '权限“', old.name, '”改称“', record, '”'], { path: ['name'], field: 'name', before: old.name, after: permission.name }));
    }
    const wordings = wordingsChange(record, old.wordings, permission.wordings, suffix(permission.name, '权限'));
    if (wordings) changes.push(wordings);
  }
  return changes;
}
