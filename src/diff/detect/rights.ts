import type { CompiledPolicy } from '../../model/index.ts';
import { detected, membership } from '../detected.ts';
import { matchById } from '../keyed.ts';
import { quoted } from '../phrase.ts';
import { refs } from '../refs.ts';
import { durationText, type Duration } from '../../model/facts.ts';
import type { DetectedChange } from '../types.ts';

type Right = CompiledPolicy['rights'][number];

/** Users' rights and the ways to exercise them. */
export function rightChanges(before: CompiledPolicy, after: CompiledPolicy): DetectedChange[] {
  const { added, removed, common } = matchById(before.rights, after.rights);
  const changes = membership({ added, removed }, refs.right, ['right-added', (record) => ['新增您的权利：', ...quoted(record)]], ['right-removed', (record) => ['删除了您的权利：', ...quoted(record)]]);
  for (const [old, right] of common) {
    const record = refs.right(right);
    if (old.name !== right.name) {
      changes.push(detected('right-renamed', record, ['您的权利“', old.name, '”改为', ...quoted(record)], { path: ['name'], field: 'name', before: old.name, after: right.name }));
    }
    changes.push(...wayChanges(old, right));
    const was = old.responseTime && durationText(old.responseTime as Duration);
    const now = right.responseTime && durationText(right.responseTime as Duration);
    if (was !== now) {
      const sentence = was && now ? ['答复', ...quoted(record), `请求的期限由${was}改为${now}`] : now ? ['新增说明：我们将在', now, '内答复', ...quoted(record), '请求'] : ['不再单独说明答复', ...quoted(record), `请求的期限（原为${was}）`];
      changes.push(detected('response-days-changed', record, sentence, { path: ['responseTime'], field: 'responseTime', ...(was ? { before: was } : {}), ...(now ? { after: now } : {}) }));
    }
  }
  return changes;
}

function wayChanges(old: Right, right: Right): DetectedChange[] {
  const record = refs.right(right);
  const { added, removed, common } = matchById(old.ways, right.ways);
  const changes: DetectedChange[] = [];
  for (const way of added) {
    changes.push(detected('way-added', record, ['行使', ...quoted(record), '权利新增方式：', refs.way(way)], { path: ['ways', way.id], element: refs.way(way) }));
  }
  for (const way of removed) {
    changes.push(detected('way-removed', record, ['行使', ...quoted(record), '权利不再提供方式：', refs.way(way)], { path: ['ways', way.id], element: refs.way(way) }));
  }
  for (const [was, way] of common) {
    for (const field of ['text', 'kind'] as const) {
      if (was[field] === way[field]) continue;
      changes.push(
        detected('way-changed', record, ['行使', ...quoted(record), `权利的方式由“${was.text}”改为“${way.text}”`], {
          path: ['ways', way.id, field],
          element: refs.way(way),
          field,
          before: was[field],
          after: way[field],
        }),
      );
    }
  }
  return changes;
}
