import type { Root } from 'mdast';
import type { Point, Position } from 'unist';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { memoByText } from '../util/memo.ts';
import { cloneTree } from '../util/clone-tree.ts';

// CJK-friendly emphasis: `**如您不同意，**` next to full-width punctuation opens and closes as
// editors expect (CommonMark alone leaves the asterisks literal there).
const parser = unified().use(remarkParse).use(remarkDirective).use(remarkCjkFriendly);

const cachedLength = 128 * 1024;
// Pieces of texts (see `pieceStarts`): many small entries, bounded by their characters together.
const parseCached = memoByText((text) => parser.parse(text), 1024, cachedLength, 4 * 1024 * 1024);

/**
 * Parses Markdown with directives. The tree is the caller's to change: a fresh copy every call.
 * A text is parsed in pieces that each start at a heading (`pieceStarts`), each piece remembered
 * by its text: a long-lived process (the live preview, a benchmark) reparses only the sections
 * that changed, and the tree is the same as one parse of the whole text (test/load/markdown-pieces.test.ts).
 */
export function parseMarkdown(text: string): Root {
  if (text.length > cachedLength) return parseWhole(text);
  const starts = pieceStarts(text);
  if (starts.length === 0) return cloneTree(parseCached(text));
  const bounds = [0, ...starts, text.length];
  const root: Root = { type: 'root', children: [] };
  let lines = 0;
  let end: Point | undefined;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const piece = text.slice(bounds[i], bounds[i + 1]);
    const tree = parseCached(piece);
    for (const child of tree.children) root.children.push(shifted(child, lines, bounds[i]!));
    if (tree.position) end = shiftedPoint(tree.position.end, lines, bounds[i]!);
    lines += countLines(piece);
  }
  root.position = { start: { line: 1, column: 1, offset: 0 }, end: end ?? { line: 1, column: 1, offset: 0 } };
  return root;
}

/** One parse of the whole text, uncached: what `parseMarkdown` gives, the slow way. */
export function parseWhole(text: string): Root {
  return parser.parse(text);
}

/**
 * Where a text may be cut into pieces that parse alone exactly as they parse together: before an
 * ATX heading at the start of a line after a blank line, outside every directive container (a
 * heading there ends any list, quote, paragraph or indented code before it). None when the text
 * holds anything that reaches across blank lines or across the whole text: a code fence, a link
 * definition, an HTML block of the kinds that run past blank lines, a carriage return.
 */
export function pieceStarts(text: string): number[] {
  if (/```|~~~|\]:|\r|<(?:!|\?|script|pre|style|textarea)/i.test(text)) return [];
  const starts: number[] = [];
  const open: number[] = [];
  let blank = false;
  let offset = 0;
  for (const line of text.split('\n')) {
    if (open.length === 0 && blank && /^#{1,6}(?:[ \t]|$)/.test(line)) starts.push(offset);
    const fence = /^ {0,3}(:{3,})(.?)/.exec(line);
    if (fence) {
      const closes = /^ {0,3}:{3,}[ \t]*$/.test(line);
      if (closes && open.length > 0 && fence[1]!.length >= open.at(-1)!) open.pop();
      // Anything else after three colons may open a container (or is text): counted as open, which only cuts less.
      else if (!closes) open.push(fence[1]!.length);
    }
    blank = /^[ \t]*$/.test(line);
    offset += line.length + 1;
  }
  return starts;
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function shiftedPoint(point: Point, lines: number, offset: number): Point {
  return { line: point.line + lines, column: point.column, ...(point.offset === undefined ? {} : { offset: point.offset + offset }) };
}

/** A copy of a node of a piece, placed where the piece stands in the whole text. */
function shifted<T>(value: T, lines: number, offset: number): T {
  if (Array.isArray(value)) return value.map((v) => shifted(v, lines, offset)) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const key in value) {
    const field = (value as Record<string, unknown>)[key];
    if (key === 'position' && field !== null && typeof field === 'object' && 'start' in field) {
      const { start, end } = field as Position;
      copy[key] = { start: shiftedPoint(start, lines, offset), end: shiftedPoint(end, lines, offset) };
    } else copy[key] = shifted(field, lines, offset);
  }
  return copy as T;
}
