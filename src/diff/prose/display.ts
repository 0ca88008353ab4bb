// The redline as a reader sees it, before any markup: a chapter's redline cut back into its blocks
// (each with its shape: heading, paragraph, list item, table row with its column names), the
// changed blocks grouped into numbered changes, a little unchanged context around each, and the
// rest folded. The site's changes pages, /compare/ (in the browser) and `policy diff` render this
// one model (src/diff/redline-html.ts as HTML, src/diff/format/text.ts as text).
import type { Segment } from '../types.ts';
import type { BlockShape } from './html-blocks.ts';

/**
 * A run of a block's text: kept, inserted or deleted (`moved` when the whole block only moved,
 * `renumbered` when only its ordinal changed); kept words whose bold changed carry `emphasis`.
 */
export interface Piece {
  op: Segment['op'];
  text: string;
  moved?: true;
  renumbered?: true;
  emphasis?: 'added' | 'removed';
  /** Unchanged text left out (`text` is the marker, see `omitted`). */
  omitted?: true;
}

/** One block of the redline; a row's pieces are cut into its cells. */
export interface Line {
  shape: BlockShape;
  /** For a row: one list of pieces per cell; otherwise one list. */
  cells: Piece[][];
  changed: boolean;
}

export type DisplayItem =
  | { type: 'change'; number: number; lines: Line[] }
  | { type: 'context'; line: Line }
  | { type: 'fold'; lines: Line[]; chars: number };

export interface DisplayChapter {
  id: string;
  title: string;
  status: 'changed' | 'added' | 'removed';
  items: DisplayItem[];
}

export interface DisplayOptions {
  /** Characters of unchanged text kept on each side of an edit inside a block (default 50). */
  context?: number;
  /** The number of the first change (the changes are numbered across chapters; default 1). */
  firstNumber?: number;
}

const paragraph: BlockShape = { kind: 'paragraph' };

/**
 * A redline's segments cut into lines, one per block: every `\n` ends a block on the side(s) its
 * operation belongs to, so each line knows the block it shows on each side, and takes its shape
 * from the newer side (the older when the line holds only deleted text).
 */
export function linesOf(segments: readonly Segment[], shapes: { old: readonly BlockShape[]; now: readonly BlockShape[] } = { old: [], now: [] }): Line[] {
  const lines: Line[] = [];
  let pieces: Piece[] = [];
  let oi = 0;
  let ni = 0;
  const close = () => {
    if (pieces.length > 0) {
      const onlyDeleted = pieces.every((p) => p.op === 'delete');
      const shape = (onlyDeleted ? shapes.old[oi] : shapes.now[ni]) ?? paragraph;
      const cells = shape.kind === 'row' ? cut(pieces, '\t') : [pieces.map((p) => ({ ...p, text: p.text.replaceAll('\t', ' ') }))];
      lines.push({ shape, cells, changed: pieces.some((p) => p.op !== 'equal' || p.emphasis !== undefined) });
    }
    pieces = [];
  };
  for (const segment of segments) {
    const parts = segment.text.split('\n');
    for (const [k, text] of parts.entries()) {
      if (k > 0) {
        close();
        if (segment.op !== 'insert') oi++;
        if (segment.op !== 'delete') ni++;
      }
      if (text !== '') pieces.push(pieceOf(segment, text));
    }
  }
  close();
  return lines;
}

/** A piece of a segment's text, with the segment's marks. */
function pieceOf(segment: Segment, text: string): Piece {
  return {
    op: segment.op,
    text,
    ...(segment.moved ? { moved: true as const } : {}),
    ...(segment.renumbered ? { renumbered: true as const } : {}),
    ...(segment.emphasis ? { emphasis: segment.emphasis } : {}),
  };
}

/** Pieces cut at every `sep` into groups (a row's cells). */
function cut(pieces: readonly Piece[], sep: string): Piece[][] {
  const out: Piece[][] = [[]];
  for (const piece of pieces) {
    for (const [k, text] of piece.text.split(sep).entries()) {
      if (k > 0) out.push([]);
      if (text !== '') out.at(-1)!.push({ ...piece, text });
    }
  }
  return out;
}

/**
 * Groups a chapter's lines: adjacent changed lines are one numbered change; the unchanged line
 * just before and just after a change, and the nearest heading above it, stay as context; every
 * other unchanged stretch is folded. Long unchanged runs inside a changed line are shortened.
 */
export function displayItems(all: readonly Line[], options: DisplayOptions = {}): DisplayItem[] {
  const context = options.context ?? 50;
  // The chapter's own heading, unchanged, is the title the redline already shows.
  const lines = all[0] && !all[0].changed && all[0].shape.kind === 'heading' ? all.slice(1) : all;
  let number = options.firstNumber ?? 1;
  const visible = new Set<number>();
  for (const [i, line] of lines.entries()) {
    if (!line.changed) continue;
    if (i > 0 && !lines[i - 1]!.changed) visible.add(i - 1);
    if (i + 1 < lines.length && !lines[i + 1]!.changed) visible.add(i + 1);
    for (let k = i - 1; k >= 0 && !lines[k]!.changed; k--) {
      if (lines[k]!.shape.kind === 'heading') {
        visible.add(k);
        break;
      }
    }
  }
  const items: DisplayItem[] = [];
  for (const [i, line] of lines.entries()) {
    const last = items.at(-1);
    if (line.changed) {
      const shown = shorten(line, context);
      if (last?.type === 'change') last.lines.push(shown);
      else items.push({ type: 'change', number: number++, lines: [shown] });
    } else if (visible.has(i)) {
      const after = lines[i - 1]?.changed === true;
      const before = lines[i + 1]?.changed === true;
      items.push({ type: 'context', line: line.shape.kind === 'heading' || (after && before) ? line : clipContext(line, after, context * 2) });
    } else if (last?.type === 'fold') {
      last.lines.push(line);
      last.chars += charsOf(line);
    } else items.push({ type: 'fold', lines: [line], chars: charsOf(line) });
  }
  // A fold of one short paragraph hides nothing worth hiding: show it.
  return items.map((item) => (item.type === 'fold' && item.lines.length === 1 && item.chars <= 120 ? { type: 'context', line: item.lines[0]! } : item));
}

/** The number of changes in the items. */
export function changeCount(items: readonly DisplayItem[]): number {
  return items.filter((item) => item.type === 'change').length;
}

/** Characters of a line's text. */
export function charsOf(line: Line): number {
  return line.cells.reduce((n, cell) => n + cell.reduce((m, p) => m + Array.from(p.text).length, 0), 0);
}

/** The marker of omitted unchanged text: `…（省略 N 字）…`. */
export const omitted = (chars: number) => `…（省略 ${chars} 字）…`;

/** Unchanged runs longer than twice the context inside a changed line, cut to the context on each side. */
function shorten(line: Line, context: number): Line {
  return {
    ...line,
    cells: line.cells.map((cell) =>
      cell.flatMap((piece, i): Piece[] => {
        if (piece.op !== 'equal' || piece.emphasis) return [piece];
        const chars = Array.from(piece.text);
        const head = i === 0 ? 0 : context;
        const tail = i === cell.length - 1 ? 0 : context;
        if (chars.length <= head + tail + context) return [piece];
        const kept: Piece[] = [];
        if (head) kept.push({ op: 'equal', text: chars.slice(0, head).join('') });
        kept.push({ op: 'equal', text: omitted(chars.length - head - tail), omitted: true });
        if (tail) kept.push({ op: 'equal', text: chars.slice(-tail).join('') });
        return kept;
      }),
    ),
  };
}

/** A context paragraph cut to `max` characters, keeping the side next to the change (its start when the change is above). */
function clipContext(line: Line, keepStart: boolean, max: number): Line {
  if (line.shape.kind === 'row' || charsOf(line) <= max + 10) return line;
  const chars = Array.from(line.cells[0]!.map((p) => p.text).join(''));
  const cut: Piece = { op: 'equal', text: omitted(chars.length - max), omitted: true };
  const kept: Piece = { op: 'equal', text: keepStart ? chars.slice(0, max).join('') : chars.slice(-max).join('') };
  return { ...line, cells: [keepStart ? [kept, cut] : [cut, kept]] };
}
