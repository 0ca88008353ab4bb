import type { CompiledPolicy } from '../../model/index.ts';
import { detected } from '../detected.ts';
import { matchById } from '../keyed.ts';
import { refs } from '../refs.ts';
import type { DetectedChange } from '../types.ts';

/** The reading order of the chapters both versions have. Their text is compared by the redline. */
export function chapterOrderChanges(before: CompiledPolicy, after: CompiledPolicy): DetectedChange[] {
  if (!matchById(before.chapters, after.chapters).reordered) return [];
  const order = (doc: CompiledPolicy) => doc.chapters.map((chapter) => chapter.id).join('、');
  return [
    detected('chapters-reordered', refs.policy(after), ['调整了章节顺序'], { path: ['chapters'], field: 'chapters', before: order(before), after: order(after) }),
  ];
}
