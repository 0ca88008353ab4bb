import type { CompiledPolicy } from '../../model/index.ts';
import type { Matcher } from '../../resolve/lexicon/lexicon.ts';
import { refs } from '../refs.ts';
import { mergeSignals, signalsOf } from '../signals.ts';
import type { ChapterRedline, DetectedChange, DetectedReview, Signal } from '../types.ts';
import { sameWords, typoLevel } from './editorial.ts';
import { Evidence } from './evidence.ts';
import { explained } from './explain.ts';
import { redline, type Edit, type Redline } from './redline.ts';
import { blockSections, sectionRefs } from './sections.ts';
import { chapterPairs } from './chapter-pairs.ts';
import { emphasisOf } from './emphasis.ts';
import { Renumbering } from './renumber.ts';

type Chapter = CompiledPolicy['chapters'][number];

export interface ProseDiff {
  chapters: ChapterRedline[];
  /** One per chapter with an edit that is neither editorial by its content nor explained by a structured change. */
  review: DetectedReview[];
}

export interface ProseContext {
  /** The structured changes, which explain the prose they render where their records stood before. */
  changes: readonly DetectedChange[];
  matcher: Matcher;
}

/** The redline of every chapter whose text changed, and the prose edits that need an editor's decision. */
export function proseDiff(before: CompiledPolicy, after: CompiledPolicy, context: ProseContext): ProseDiff {
  const chapters: ChapterRedline[] = [];
  const review: DetectedReview[] = [];
  let evidence: Evidence | undefined;
  let renumbering: Renumbering | undefined;
  for (const pair of chapterPairs(before, after)) {
    const chapter = (pair.after ?? pair.before)!;
    const oldChapter = pair.before;
    const newChapter = pair.after;
    if (oldChapter && newChapter && oldChapter.text === newChapter.text && oldChapter.html === newChapter.html) continue;
    const oldSections = oldChapter ? blockSections(oldChapter) : [];
    const newSections = newChapter ? blockSections(newChapter) : [];
    const oldBold = oldChapter ? emphasisOf(oldChapter) : undefined;
    const newBold = newChapter ? emphasisOf(newChapter) : undefined;
    renumbering ??= new Renumbering(before, after);
    const numbers = renumbering;
    const lines = redline(oldChapter?.text ?? '', newChapter?.text ?? '', {
      mayMove: (i, j) => oldSections[i] === newSections[j],
      ...(oldBold && newBold ? { emphasis: { old: oldBold.bold, now: newBold.bold } } : {}),
      ...(oldBold && newBold ? { renumbered: (i: number, j: number) => numbers.only(oldBold.blocks[i]!, newBold.blocks[j]!, oldSections[i], newSections[j]) } : {}),
    });
    if (!lines) continue;
    chapters.push({ id: pair.id, title: pair.title, status: pair.status, segments: lines.segments });
    evidence ??= new Evidence(context.changes, before, after, sectionRefs(before));
    // Per sentence (the edit's stretch): its signals, read from the whole sentences so that a term cut
    // across two word edits is still seen, and the edits nothing explains.
    const stretches = new Map<Edit['blocks'], { signals: Signal[]; edits: Array<ReturnType<typeof editText> & { edit: Edit }> }>();
    for (const edit of lines.edits) {
      const known = explained(edit.taken, (b) => evidence!.in(oldSections[b]!)) && explained(edit.put, (b) => evidence!.in(newSections[b]!));
      if (known) continue;
      const text = editText(edit, lines);
      if (sameWords(text, context.matcher)) continue;
      let stretch = stretches.get(edit.blocks);
      if (!stretch) stretches.set(edit.blocks, (stretch = { signals: signalsOf({ deleted: text.before, inserted: text.after, context: text.context }, context.matcher), edits: [] }));
      stretch.edits.push({ ...text, edit });
    }
    const unexplained: Array<{ edit: Edit; signals: Signal[] }> = [];
    for (const { signals, edits } of stretches.values()) {
      // A typo: all the sentence's edits together a slip of a character or two, and no signal.
      const typo = signals.length === 0 && typoLevel(edits.map((e) => e.deleted).join(''), edits.map((e) => e.inserted).join(''));
      if (!typo) unexplained.push(...edits.map(({ edit }) => ({ edit, signals })));
    }
    if (unexplained.length > 0) review.push(proseReview(chapter, unexplained));
  }
  return { chapters, review };
}

/** The edit's words, and the sentences (blocks) of its stretch on both sides as its context. */
function editText(edit: Edit, lines: Redline) {
  const before = edit.blocks.old.map((b) => lines.old[b]!).join('\n');
  const after = edit.blocks.now.map((b) => lines.now[b]!).join('\n');
  return { deleted: edit.taken.map((p) => p.text).join(''), inserted: edit.put.map((p) => p.text).join(''), context: `${before}\n${after}`, before, after };
}

function proseReview(chapter: Chapter, edits: Array<{ edit: Edit; signals: Signal[] }>): DetectedReview {
  const passages = (tokens: string[][]) => tokens.map((t) => t.join('').trim()).filter((text) => text !== '');
  return {
    id: `chapter/${chapter.id}`,
    kind: 'prose',
    record: refs.chapter(chapter),
    deleted: passages(edits.map(({ edit }) => edit.deleted)),
    inserted: passages(edits.map(({ edit }) => edit.inserted)),
    signals: mergeSignals(edits.map(({ signals }) => signals)),
    ...(chapter.categories ? { covers: chapter.categories } : {}),
  };
}
