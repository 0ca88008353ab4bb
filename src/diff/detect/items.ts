import type { CompiledPolicy } from '../../model/index.ts';
import { detected, wordingsChange, membership } from '../detected.ts';
import { matchById } from '../keyed.ts';
import { refs } from '../refs.ts';
import type { DetectedChange } from '../types.ts';

/** The catalogue of data items: kinds added or dropped, sensitivity, category, names. */
export function itemChanges(before: CompiledPolicy, after: CompiledPolicy): DetectedChange[] {
  const { added, removed, common } = matchById(before.items, after.items);
  const changes = membership({ added, removed }, refs.item, ['item-added', (record) => ['新增个人信息种类：', record]], ['item-removed', (record) => ['不再处理个人信息：', record]]);
  for (const [old, item] of common) {
    const record = refs.item(item);
    if (old.sensitive !== item.sensitive) {
      changes.push(
        detected('item-sensitivity-changed', record, [record, item.sensitive ? '被列为个人敏感信息' : '不再列为个人敏感信息'], {
          path: ['sensitive'],
          field: 'sensitive',
          before: old.sensitive,
          after: item.sensitive,
        }),
      );
    }
    if (old.category !== item.category) {
      changes.push(
        detected('item-category-changed', record, [record, `的类别由${old.category}改为${item.category}`], {
          path: ['category'],
          field: 'category',
          before: old.category,
          after: item.category,
        }),
      );
    }
    if (old.name !== item.name) {
      changes.push(detected('wording-changed', record, ['个人信息“', old.name, '”改称“', record, '”'], { path: ['name'], field: 'name', before: old.name, after: item.name }));
    }
    const wordings = wordingsChange(record, old.wordings, item.wordings);
    if (wordings) changes.push(wordings);
  }
  return changes;
}
