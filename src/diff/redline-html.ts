// The one renderer of the reader's redline (src/diff/prose/display.ts) as a hast tree: the changes
// pages, /compare/ (in the browser) and `policy diff --format markdown` all use it. A numbered list
// of the changes first, each linking to its change; each change shows its blocks (a table row as
// its column names and values), inserted words in <ins>, deleted in <del>; unchanged text around
// it is a line of context, the rest folded in a <details> a reader opens without any script.
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { pageIdPrefixes, pageIds } from '../resolve/page-ids.ts';
import { changeCount, displayItems, linesOf, type DisplayChapter, type DisplayItem, type Line, type Piece } from './prose/display.ts';
import type { ChapterRedline } from './types.ts';
import { lineBreak } from './prose/html-blocks.ts';

export interface RedlineTreeOptions {
  /** The level of each chapter's heading (default 3: under the page's h2). */
  headingLevel?: 2 | 3 | 4;
}

const statusWords = { changed: '', added: '（新增章节）', removed: '（删除章节）' } as const;

/** The reader's redline: the list of changes, then each changed chapter. */
export function redlineTree(chapters: readonly DisplayChapter[], options: RedlineTreeOptions = {}): ElementContent[] {
  const level = options.headingLevel ?? 3;
  const total = chapters.reduce((n, c) => n + changeCount(c.items), 0);
  if (total === 0) return [h('p', '正文没有变化。')];
  return [changeList(chapters, total, level), ...chapters.map((chapter) => chapterSection(chapter, total, level))];
}

/** The tree as HTML. */
export function redlineTreeHtml(chapters: readonly DisplayChapter[], options: RedlineTreeOptions = {}): string {
  return toHtml(redlineTree(chapters, options));
}

/** One recorded chapter redline (its flat segments, `policy diff --format json`) rendered the same way: blocks as paragraphs. */
export function redlineHtml(chapter: ChapterRedline): string {
  const display: DisplayChapter = { id: chapter.id, title: chapter.title, status: chapter.status, items: displayItems(linesOf(chapter.segments)) };
  return toHtml(chapterSection(display, changeCount(display.items), 3));
}

const changeId = (n: number) => `${pageIdPrefixes.change}${n}`;

function changeList(chapters: readonly DisplayChapter[], total: number, level: number): Element {
  const entries = chapters.flatMap((chapter) =>
    chapter.items.flatMap((item) => (item.type === 'change' ? [h('li', [h('a', { href: `#${changeId(item.number)}` }, [h('span', { className: ['rl-where'] }, chapter.title), ' ', excerpt(item.lines)])])] : [])),
  );
  return h('nav', { className: ['rl-jump'], ariaLabelledBy: pageIds.changeList }, [
    h(`h${level}`, { id: pageIds.changeList }, `共 ${total} 处变更`),
    h('ol', entries),
  ]);
}

/**
 * What a change does, in a few words: 新增「…」, 删除「…」, 修改「…」, 移动「…」; when its only
 * edits are renumbered ordinals 编号「…」改为「…」, when only bold changed 「…」改为粗体.
 */
function excerpt(lines: readonly Line[]): string {
  const pieces = lines.flatMap((line) => line.cells.flat());
  const edits = pieces.filter((p) => p.op !== 'equal' && !p.renumbered);
  const words = (from: readonly Piece[], op: Piece['op']) => short(from.filter((p) => p.op === op).map((p) => p.text).join(' '));
  if (edits.length === 0) {
    const numbers = pieces.filter((p) => p.renumbered);
    if (numbers.length > 0) return `编号「${words(numbers, 'delete')}」改为「${words(numbers, 'insert')}」`;
    const bold = (mark: Piece['emphasis']) => short(pieces.filter((p) => p.emphasis === mark).map((p) => p.text).join(' '));
    const [added, removed] = [bold('added'), bold('removed')];
    return [added && `「${added}」改为粗体`, removed && `「${removed}」不再加粗`].filter(Boolean).join('，');
  }
  const [deleted, inserted] = [words(edits, 'delete'), words(edits, 'insert')];
  if (edits.some((p) => p.moved)) return `移动「${deleted || inserted}」`;
  if (deleted && inserted) return `「${deleted}」改为「${inserted}」`;
  return deleted ? `删除「${deleted}」` : `新增「${inserted}」`;
}

function short(text: string, max = 20): string {
  const chars = Array.from(text.replaceAll(lineBreak, ' ').trim());
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
}

function chapterSection(chapter: DisplayChapter, total: number, level: number): Element {
  const id = `${pageIdPrefixes.redline}${chapter.id}`;
  return h('section', { className: ['rl-chapter', `rl-${chapter.status}`], ariaLabelledBy: id }, [
    h(`h${level}`, { id }, `${chapter.title}${statusWords[chapter.status]}`),
    ...chapter.items.map((item) => itemNode(item, total)),
  ]);
}

function itemNode(item: DisplayItem, total: number): Element {
  if (item.type === 'context') return lineNode(item.line, ['rl-context']);
  if (item.type === 'fold') {
    return h('details', { className: ['rl-fold'] }, [h('summary', `未改动的 ${item.lines.length} 段（${item.chars} 字）`), ...item.lines.map((line) => lineNode(line))]);
  }
  const id = changeId(item.number);
  const nav: ElementContent[] = [
    h('span', { className: ['rl-number'] }, [`变更 ${item.number}`, h('span', { className: ['visually-hidden'] }, `（共 ${total} 处）`)]),
    { type: 'text', value: ' ' },
    item.number < total ? h('a', { href: `#${changeId(item.number + 1)}` }, '下一处') : h('a', { href: `#${pageIds.changeList}` }, '回到变更列表'),
  ];
  return h('div', { className: ['rl-change'], id, role: 'group', ariaLabelledBy: `${id}-label` }, [
    h('p', { className: ['rl-label'], id: `${id}-label` }, nav),
    ...item.lines.map((line) => lineNode(line)),
  ]);
}

function lineNode(line: Line, classes: string[] = []): Element {
  const { shape } = line;
  if (shape.kind === 'row') {
    return h('dl', { className: ['rl-row', ...(shape.header ? ['rl-head'] : []), ...classes] }, line.cells.map((cell, i) =>
      h('div', [h('dt', shape.header ? `表头第 ${i + 1} 列` : shape.columns[i] ?? `第 ${i + 1} 列`), h('dd', cell.length > 0 ? cell.map(pieceNode) : ['—'])]),
    ));
  }
  const pieces = line.cells[0]!.map(pieceNode);
  if (shape.kind === 'heading') return h('p', { className: ['rl-h', `rl-h${shape.depth}`, ...classes] }, pieces);
  if (shape.kind === 'item') return h('p', { className: ['rl-item', ...classes] }, pieces);
  return h('p', classes.length > 0 ? { className: classes } : {}, pieces);
}

/**
 * A piece as markup: inserted words in <ins>, deleted in <del> (a moved block or a renumbered
 * ordinal marked by its class), kept words whose bold changed in <strong>/<span> marked by theirs;
 * each mark is also said in words to screen readers by the stylesheet (site.css).
 */
function pieceNode(piece: Piece): ElementContent {
  if (piece.omitted) return h('span', { className: ['rl-omit'] }, piece.text);
  const text = withBreaks(piece.text);
  if (piece.op === 'equal') {
    if (piece.emphasis === 'added') return h('strong', { className: ['rl-bold-added'] }, text);
    if (piece.emphasis === 'removed') return h('span', { className: ['rl-bold-removed'] }, text);
    return text.length === 1 ? text[0]! : h('span', text);
  }
  const mark = piece.moved ? ['moved'] : piece.renumbered ? ['renumbered'] : [];
  return h(piece.op === 'insert' ? 'ins' : 'del', mark.length > 0 ? { className: mark } : {}, text);
}

/** A cell's line breaks (html-blocks.ts keeps them as U+2028) as <br>. */
function withBreaks(text: string): ElementContent[] {
  return text.split(lineBreak).flatMap((part, i): ElementContent[] => [...(i > 0 ? [h('br')] : []), ...(part ? [{ type: 'text' as const, value: part }] : [])]);
}

