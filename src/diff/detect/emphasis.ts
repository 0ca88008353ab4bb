// Bold added to or taken from words a chapter keeps: formatting, recorded in the changelog (rule
// `formatting`, level none) with the words, and marked in the redline (segments' `emphasis`).
import type { CompiledPolicy } from '../../model/index.ts';
import { detected } from '../detected.ts';
import { matchById } from '../keyed.ts';
import { boldRuns, emphasisOf } from '../prose/emphasis.ts';
import { refs } from '../refs.ts';
import type { DetectedChange } from '../types.ts';

export function emphasisChanges(before: CompiledPolicy, after: CompiledPolicy): DetectedChange[] {
  const changes: DetectedChange[] = [];
  // A sensitive item is bold wherever it is shown: an item newly (or no longer) sensitive explains its own bold.
  const sensitivity = new Map(before.items.map((item) => [item.id, item.sensitive]));
  const explained = new Set(after.items.filter((item) => sensitivity.has(item.id) && sensitivity.get(item.id) !== item.sensitive).flatMap((item) => [item.name, ...(item.wordings ?? [])]));
  for (const [old, chapter] of matchById(before.chapters, after.chapters).common) {
    if (old.html === chapter.html) continue;
    const was = emphasisOf(old);
    const now = emphasisOf(chapter);
    // Blocks both versions hold word for word, paired in order.
    const unused = new Map<string, number[]>();
    was.blocks.forEach((block, i) => unused.set(block, [...(unused.get(block) ?? []), i]));
    const added: string[] = [];
    const removed: string[] = [];
    now.blocks.forEach((block, j) => {
      const i = unused.get(block)?.shift();
      if (i === undefined) return;
      const a = was.bold[i]!;
      const b = now.bold[j]!;
      added.push(...boldRuns(block, b.map((flag, n) => flag && !a[n])).filter((run) => !explained.has(run)));
      removed.push(...boldRuns(block, a.map((flag, n) => flag && !b[n])).filter((run) => !explained.has(run)));
    });
    if (added.length === 0 && removed.length === 0) continue;
    const record = refs.chapter(chapter);
    const parts = [...(added.length ? [`加粗：${added.map((t) => `“${t}”`).join('、')}`] : []), ...(removed.length ? [`不再加粗：${removed.map((t) => `“${t}”`).join('、')}`] : [])];
    changes.push(
      detected('emphasis-changed', record, [`“${chapter.title}”的加粗标示有调整，`, parts.join('；')], {
        path: ['emphasis'],
        field: 'emphasis',
        before: removed.join('、'),
        after: added.join('、'),
      }),
    );
  }
  return changes;
}
