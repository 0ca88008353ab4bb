// Collection while the app runs in the background (后台运行时): a purpose's or an SDK's item that is
// now collected in the background, or no longer. A new purpose or SDK that collects in the
// background says so too: the pop-up and the lists name it.
import type { CompiledPolicy } from '../../model/index.ts';
import { detected } from '../detected.ts';
import { quoted } from '../phrase.ts';
import { refs } from '../refs.ts';
import type { DetectedChange, RecordRef } from '../types.ts';

type Use = CompiledPolicy['purposes'][number]['items'][number];

export function backgroundChanges(before: CompiledPolicy, after: CompiledPolicy): DetectedChange[] {
  const changes: DetectedChange[] = [];
  const compare = (record: RecordRef, was: readonly Use[] | undefined, now: readonly Use[]) => {
    const old = new Map((was ?? []).map((use) => [use.id, use.background === true]));
    for (const use of now) {
      const element = refs.item(use);
      const path = ['items', use.id, 'background'];
      if (use.background === true && old.get(use.id) !== true) {
        changes.push(detected('background-collection-added', record, [...quoted(record), '在应用后台运行时收集', element], { path, element, field: 'background', ...(old.has(use.id) ? { before: false } : {}), after: true }));
      } else if (use.background !== true && old.get(use.id) === true) {
        changes.push(detected('background-collection-removed', record, [...quoted(record), '不再在应用后台运行时收集', element], { path, element, field: 'background', before: true, after: false }));
      }
    }
  };
  const purposes = new Map(before.purposes.map((p) => [p.id, p]));
  for (const purpose of after.purposes) compare(refs.purpose(purpose), purposes.get(purpose.id)?.items, purpose.items);
  const sdks = new Map(before.sdks.map((s) => [s.id, s]));
  for (const sdk of after.sdks) compare(refs.sdk(sdk), sdks.get(sdk.id)?.items, sdk.items);
  return changes;
}
