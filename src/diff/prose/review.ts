import type { CompiledPolicy } from '../../model/index.ts';
import { chapterNeedsReview } from '../chapter-categories.ts';
import { refs } from '../refs.ts';
import type { ChapterRedline, DetectedReview } from '../types.ts';
import { evidence } from './evidence.ts';
import { explained } from './explain.ts';
import { redline, type Edit } from './redline.ts';

type Chapter = CompiledPolicy['chapters'][number];

export interface ProseDiff {
  chapters: ChapterRedline[];
  /** One per covered chapter whose edits the structured changes do not all explain. */
  review: DetectedReview[];
}

/** The redline of every chapter whose text changed, and the prose edits nothing structured explains. */
export function proseDiff(before: CompiledPolicy, after: CompiledPolicy): ProseDiff {
  const old = new Map(before.chapters.map((chapter) => [chapter.id, chapter]));
  const pairs: Array<[Chapter | undefined, Chapter]> = after.chapters.map((chapter) => [old.get(chapter.id), chapter]);
  const kept = new Set(after.chapters.map((chapter) => chapter.id));
  for (const chapter of before.chapters) if (!kept.has(chapter.id)) pairs.push([chapter, chapter]);

  const chapters: ChapterRedline[] = [];
  const review: DetectedReview[] = [];
  let known: string | undefined;
  for (const [was, chapter] of pairs) {
    const removed = !kept.has(chapter.id);
    const lines = redline(removed ? chapter.text : (was?.text ?? ''), removed ? '' : chapter.text);
    if (!lines) continue;
    chapters.push({ id: chapter.id, title: chapter.title, status: removed ? 'removed' : was ? 'changed' : 'added', segments: lines.segments });
    if (!chapterNeedsReview(chapter.id)) continue;
    known ??= evidence(before, after);
    const unexplained = lines.edits.filter((edit) => !explained(edit, known!));
    if (unexplained.length > 0) review.push(proseReview(chapter, unexplained));
  }
  return { chapters, review };
}

function proseReview(chapter: Chapter, edits: Edit[]): DetectedReview {
  const passages = (tokens: string[][]) => tokens.map((t) => t.join('').trim()).filter((text) => text !== '');
  return {
    id: `chapter/${chapter.id}`,
    kind: 'prose',
    record: refs.chapter(chapter),
    deleted: passages(edits.map((edit) => edit.deleted)),
    inserted: passages(edits.map((edit) => edit.inserted)),
  };
}
