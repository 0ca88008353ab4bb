import type { CompiledPolicy } from '../../model/index.ts';
import { detected, membership } from '../detected.ts';
import { matchById } from '../keyed.ts';
import { quoted } from '../phrase.ts';
import { refs } from '../refs.ts';
import type { DetectedChange } from '../types.ts';

/** Defined terms added, removed or renamed; a definition's text is scope wording (review). */
export function definitionChanges(before: CompiledPolicy, after: CompiledPolicy): DetectedChange[] {
  const { added, removed, common } = matchById(before.definitions, after.definitions);
  const changes = membership({ added, removed }, refs.definition, ['definition-added', (record) => ['新增定义：', ...quoted(record)]], ['definition-removed', (record) => ['删除定义：', ...quoted(record)]]);
  for (const [old, definition] of common) {
    const record = refs.definition(definition);
    // Its number (renumbered) and its note (a source): how it is shown, not what it covers.
    for (const [field, label] of [['number', '编号'], ['note', '注释']] as const) {
      if (old[field] === definition[field]) continue;
      changes.push(
        detected('wording-changed', record, ['定义', ...quoted(record), `的${label}`, definition[field] === undefined ? '删除' : `改为“${definition[field]}”`], {
          path: [field],
          field,
          ...(old[field] !== undefined ? { before: old[field] } : {}),
          ...(definition[field] !== undefined ? { after: definition[field] } : {}),
        }),
      );
    }
    if (old.term === definition.term) continue;
    changes.push(detected('wording-changed', record, ['术语“', old.term, '”改称', ...quoted(record)], { path: ['term'], field: 'term', before: old.term, after: definition.term }));
  }
  return changes;
}
