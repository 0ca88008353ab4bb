// The redline a reader sees between two versions: each chapter's blocks read from its HTML
// (src/diff/prose/html-blocks.ts), compared by the one redline algorithm (redline.ts), grouped into
// numbered changes with context and folds (display.ts). Runs at build time and in the browser.
import type { CompiledPolicy } from '../../model/index.ts';
import { chapterPairs } from './chapter-pairs.ts';
import { displayItems, linesOf, changeCount, type DisplayChapter, type DisplayOptions } from './display.ts';
import { blockSections } from './block-sections.ts';
import { htmlBlocks, type Block } from './html-blocks.ts';
import { redlineOfBlocks } from './redline.ts';
import { Renumbering } from './renumber.ts';
import { memoByText } from '../../util/memo.ts';

// A site redlines each version against the one before: every changed chapter's HTML is read into
// blocks once, as the later side of one pair and the earlier side of the next.
const blocksOf = memoByText(htmlBlocks, 32);

/** What the reader's redline needs of a version: its chapters' ids, titles, HTML and headings. */
export type RedlineSource = { chapters: ReadonlyArray<Pick<CompiledPolicy['chapters'][number], 'id' | 'title' | 'html' | 'headings'>> };

/** Every chapter whose blocks differ, with its changes numbered across the chapters. */
export function readerRedline(before: RedlineSource, after: RedlineSource, options: DisplayOptions = {}): DisplayChapter[] {
  const out: DisplayChapter[] = [];
  let next = options.firstNumber ?? 1;
  let renumbering: Renumbering | undefined;
  for (const pair of chapterPairs(before, after)) {
    if (pair.before && pair.after && pair.before.html === pair.after.html) continue;
    const old = pair.before ? blocksOf(pair.before.html) : [];
    const now = pair.after ? blocksOf(pair.after.html) : [];
    // As the review's redline does: a block counts as moved only within its section, an
    // ordinal-only edit of a heading (or of a reference to one) is renumbering, and bold added to
    // or taken from kept words is marked.
    const oldSections = pair.before ? blockSections(pair.before, old.map((b) => b.text)) : [];
    const newSections = pair.after ? blockSections(pair.after, now.map((b) => b.text)) : [];
    const numbers = (renumbering ??= new Renumbering(before, after));
    const lines = redlineOfBlocks(old.map((b) => b.text), now.map((b) => b.text), {
      mayMove: (i, j) => oldSections[i] === newSections[j],
      emphasis: { old: old.map(boldOf), now: now.map(boldOf) },
      renumbered: (i, j) => numbers.only(old[i]!.text, now[j]!.text, oldSections[i], newSections[j]),
    });
    if (!lines) continue;
    const items = displayItems(linesOf(lines.segments, { old: old.map((b) => b.shape), now: now.map((b) => b.shape) }), { ...options, firstNumber: next });
    next += changeCount(items);
    out.push({ id: pair.id, title: pair.title, status: pair.status, items });
  }
  return out;
}

/** Which characters of a block are bold (none when it has no bold). */
function boldOf(block: Block): boolean[] {
  return block.bold ?? Array.from(block.text, () => false);
}
