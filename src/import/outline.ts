// The outline of a policy: which blocks are headings (the input's own, and the short numbered
// lines of a text), how deep each is, which of them start chapters, and the ids they get. Levels
// follow the numbering: a style met for the first time goes one level below the heading before
// it, a style met again is a sibling of its last heading. Chapters start at the level that holds
// the chapters of GB/T 35273-2020 Appendix D (一、我们如何收集和使用您的个人信息 …), and at every
// level above it. A contents list (the chapter titles, each repeated as a heading further on)
// stays text, its lines linked to their chapters.
import type { Category } from '../model/index.ts';
import { plain, text, type Block, type Inline } from './blocks.ts';
import { appendixChapter, headingLike, numbering, openingChapter, standaloneTitle } from './headings.ts';
import { IdRegistry } from './ids.ts';

export type Part =
  | Block
  | { kind: 'section'; line: number; depth: number; id: string; inline: Inline[] }
  | { kind: 'toc'; line: number; inline: Inline[]; target: string };

export interface Chapter {
  id: string;
  categories?: Category[];
  /** The chapter's heading: depth 2 or more (the title is the page's h1). */
  heading: { depth: number; inline: Inline[]; line: number };
  parts: Part[];
}

interface Candidate {
  index: number;
  /** The heading's text, numbering included. */
  text: string;
  /** The title after the numbering. */
  title: string;
  /** What makes headings siblings: the markup depth, or the numbering style. */
  key: string;
  markup?: number;
  /** The numbering style of its text, for markup headings too. */
  style?: string;
  ordinal?: number;
  standalone?: boolean;
  level: number;
}

/** The most heading levels below the title (h2–h6). */
const maxLevel = 5;

export function outline(blocks: readonly Block[], documentTitle: string): Chapter[] {
  const candidates = findCandidates(blocks);
  const toc = contentsLines(candidates);
  const headings = candidates.filter((c) => !toc.has(c.index));
  assignLevels(headings);
  const chapterLevel = chooseChapterLevel(headings);
  const byIndex = new Map(headings.map((h) => [h.index, h]));
  const ids = new IdRegistry();
  const chapters: Chapter[] = [];
  const chapterIds: string[] = [];

  // Ids first, so a contents line can link to the heading it names.
  const headingIds = new Map<number, string>();
  let chapter: { id: string; counters: number[] } | undefined;
  let chapterCount = 0;
  if (blocks.length > 0 && (headings[0]?.index !== 0 || headings[0]!.level > chapterLevel)) {
    chapter = { id: ids.take(openingChapter, openingChapter), counters: [] };
    chapterCount++;
  }
  for (const h of headings) {
    if (h.level <= chapterLevel) {
      chapterCount++;
      const known = appendixChapter(h.title);
      // 第二部分 → part-2, 第三章 → chapter-3; other chapters by their place.
      const numbered = /^(part|chapter|article)$/.exec(h.style ?? '')?.[1];
      const generic = numbered && h.ordinal !== undefined ? `${numbered}-${h.ordinal}` : `chapter-${chapterCount}`;
      const id = known && !ids.has(known.id) ? ids.take(known.id, generic) : ids.take(undefined, generic);
      chapter = { id, counters: [] };
      headingIds.set(h.index, id);
      chapterIds.push(id);
    } else {
      const depth = h.level - chapterLevel;
      const counters = chapter!.counters.slice(0, depth);
      while (counters.length < depth) counters.push(0);
      counters[depth - 1]!++;
      chapter!.counters = counters;
      headingIds.set(h.index, ids.take(undefined, `${chapter!.id}-${counters.map((n) => n || 1).join('-')}`));
    }
  }
  // A contents line links to the heading with its words, else to the next heading with its number.
  const targetOf = (entry: { text: string; key: string; ordinal?: number }, after: number) => {
    const h = headings.find((c) => c.index > after && c.text === entry.text) ?? headings.find((c) => c.index > after && c.ordinal !== undefined && c.ordinal === entry.ordinal && (c.key === entry.key || c.markup !== undefined) && alike(c.text, entry.text));
    return h ? headingIds.get(h.index) : undefined;
  };

  let current: Chapter | undefined;
  blocks.forEach((block, index) => {
    const h = byIndex.get(index);
    if (h && h.level <= chapterLevel) {
      const known = appendixChapter(h.title);
      const id = headingIds.get(index)!;
      current = { id, ...(known && known.id === id && known.categories.length > 0 ? { categories: known.categories } : {}), heading: { depth: h.level + 1, inline: inlineOf(block), line: block.line }, parts: [] };
      chapters.push(current);
      return;
    }
    if (!current) {
      current = { id: openingChapter, heading: { depth: 2, inline: [text(documentTitle)], line: block.line }, parts: [] };
      chapters.push(current);
    }
    if (h) {
      current.parts.push({ kind: 'section', line: block.line, depth: Math.min(h.level, maxLevel) + 1, id: headingIds.get(index)!, inline: inlineOf(block) });
      return;
    }
    const entry = toc.get(index);
    if (entry) {
      const target = targetOf(entry, index);
      if (target) return void current.parts.push({ kind: 'toc', line: block.line, inline: inlineOf(block), target });
    }
    current.parts.push(block);
  });
  return chapters;
}

/** Two titles that share most of their characters (a contents line worded a little differently from its heading). */
function alike(a: string, b: string): boolean {
  const chars = new Set(a);
  const shared = [...b].filter((c) => chars.has(c)).length;
  return shared >= 0.6 * Math.max([...a].length, [...b].length);
}

function inlineOf(block: Block): Inline[] {
  return block.kind === 'table' || block.kind === 'sdk-table' ? [] : block.inline;
}

function findCandidates(blocks: readonly Block[]): Candidate[] {
  const out: Candidate[] = [];
  blocks.forEach((block, index) => {
    if (block.kind === 'heading') {
      const t = plain(block.inline).trim();
      const n = numbering(t);
      out.push({ index, text: t, title: n?.rest ?? t, key: `h${block.depth}`, markup: block.depth, ...(n ? { ordinal: n.ordinal, style: n.style } : {}), level: 0 });
      return;
    }
    if (block.kind !== 'paragraph') return;
    const t = plain(block.inline).trim();
    if (t.includes('\n')) return;
    const n = numbering(t);
    if (n && headingLike(n.rest)) out.push({ index, text: t, title: n.rest, key: n.style, style: n.style, ordinal: n.ordinal, level: 0 });
    else if (!n && standaloneTitle(t)) out.push({ index, text: t, title: t, key: 'standalone', standalone: true, level: 0 });
  });
  return out;
}

/**
 * Numbered lines that come two or more in a row, each repeated by a heading after them: a
 * contents list. The run may go on into the first real heading (一、… right after the list of
 * 一、… to 九、…), which is no entry: the list is the longest start of the run whose lines all
 * come again after it. A contents list may also word its lines a little differently from the
 * headings: three or more lines numbered 1, 2, 3… with nothing between them, whose numbering
 * starts again further on, are one too.
 */
function contentsLines(candidates: readonly Candidate[]): Map<number, { text: string; key: string; ordinal?: number }> {
  const toc = new Map<number, { text: string; key: string; ordinal?: number }>();
  // Where each text and each style's 1 last stand, so that each run is judged in one pass.
  const lastText = new Map<string, number>();
  const lastFirst = new Map<string, number>();
  for (const c of candidates) {
    lastText.set(c.text, c.index);
    if (c.ordinal === 1) lastFirst.set(c.key, c.index);
  }
  let run: Candidate[] = [];
  const close = () => {
    while (run.length >= 2) {
      const list = contentsPrefix(run, lastText, lastFirst);
      for (const c of list) toc.set(c.index, { text: c.text, key: c.key, ...(c.ordinal !== undefined ? { ordinal: c.ordinal } : {}) });
      run = run.slice(Math.max(list.length, 1));
    }
    run = [];
  };
  for (const c of candidates) {
    if (c.markup !== undefined || c.standalone) {
      close();
      continue;
    }
    const last = run[run.length - 1];
    // A contents list is short: a long run of numbered lines is a list of points.
    if (last && (c.index !== last.index + 1 || c.key !== last.key || run.length >= maxContents)) close();
    run.push(c);
  }
  close();
  return toc;
}

/** The most lines a contents list has. */
const maxContents = 60;

function contentsPrefix(run: readonly Candidate[], lastText: ReadonlyMap<string, number>, lastFirst: ReadonlyMap<string, number>): Candidate[] {
  // Numbered 1, 2, 3… with the numbering starting again after them.
  let length = 1;
  while (length < run.length && run[length]!.ordinal === run[length - 1]!.ordinal! + 1) length++;
  if (length >= 2 && run[0]!.ordinal === 1 && (lastFirst.get(run[0]!.key) ?? -1) > run[length - 1]!.index) return run.slice(0, length);
  // Or each line repeated word for word further on: the longest start of the run whose lines all come again after it.
  let best = 0;
  let soonest = Infinity;
  run.forEach((c, i) => {
    soonest = Math.min(soonest, lastText.get(c.text)!);
    if (soonest > c.index) best = i + 1;
  });
  return best >= 2 ? run.slice(0, best) : [];
}

function assignLevels(headings: Candidate[]): void {
  let stack: Candidate[] = [];
  for (const h of headings) {
    if (h.standalone) {
      // 提示条款, 引言, 定义…: a chapter of the top level.
      h.level = 1;
      stack = [];
      continue;
    }
    if (h.markup !== undefined) {
      while (stack.length > 0 && (stack[stack.length - 1]!.markup === undefined || stack[stack.length - 1]!.markup! >= h.markup)) stack.pop();
    } else {
      // A style seen since the last markup heading: back to its level.
      let floor = stack.length;
      while (floor > 0 && stack[floor - 1]!.markup === undefined) floor--;
      const same = stack.findIndex((s, i) => i >= floor && s.key === h.key);
      if (same !== -1) stack = stack.slice(0, same);
    }
    h.level = Math.min((stack[stack.length - 1]?.level ?? 0) + 1, maxLevel);
    stack.push(h);
  }
}

/** The level of the Appendix D chapters: the one whose headings name most of them; else the top. */
function chooseChapterLevel(headings: readonly Candidate[]): number {
  const counts = new Map<number, Set<string>>();
  for (const h of headings) {
    const known = appendixChapter(h.title);
    if (!known || h.standalone) continue;
    const set = counts.get(h.level) ?? new Set<string>();
    set.add(known.id);
    counts.set(h.level, set);
  }
  let best = 1;
  let most = 1;
  for (const [level, set] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (set.size > most) {
      best = level;
      most = set.size;
    }
  }
  return best;
}
