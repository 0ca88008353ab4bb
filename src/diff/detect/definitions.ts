import type { CompiledPolicy } from '../../model/index.ts';
import { detected } from '../detected.ts';
import { matchById } from '../keyed.ts';
import { quoted } from '../phrase.ts';
import { refs } from '../refs.ts';
import type { DetectedChange } from '../types.ts';

/** Defined terms added, removed or renamed; a definition's text is scope wording (review). */
export function definitionChanges(before: CompiledPolicy, after: CompiledPolicy): DetectedChange[] {
  const { added, removed, common } = matchById(before.definitions, after.definitions);
  const changes: DetectedChange[] = [];
  for (const definition of added) changes.push(detected('definition-added', refs.definition(definition), ['新增定义：', ...quoted(refs.definition(definition))]));
  for (const definition of removed) changes.push(detected('definition-removed', refs.definition(definition), ['删除定义：', ...quoted(refs.definition(definition))]));
  for (const [old, definition] of common) {
    if (old.term === definition.term) continue;
    const record = refs.definition(definition);
    changes.push(detected('wording-changed', record, ['术语“', old.term, '”改称', ...quoted(record)], { path: ['term'], field: 'term', before: old.term, after: definition.term }));
  }
  return changes;
}
