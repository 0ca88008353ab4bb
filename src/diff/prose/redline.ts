import { diffArrays } from 'diff';
import type { Segment } from '../types.ts';
import { normalizedBlocks } from '../../resolve/lexicon/normalize.ts';
import { words } from '../../resolve/lexicon/tokenize.ts';

/** Text of one block taken out or put in by an edit. */
export interface Piece {
  text: string;
  /** Index of the block on its side. */
  block: number;
}

/** One place where the texts differ: the tokens taken out and those put in, by block. */
export interface Edit {
  deleted: string[];
  inserted: string[];
  /** The deleted text block by block (old side), and the inserted (new side). */
  taken: Piece[];
  put: Piece[];
  /** The changed blocks of the stretch the edit is in, on each side: its sentences before and after. */
  blocks: { old: number[]; now: number[] };
}

export interface Redline {
  segments: Segment[];
  /** Every edit but whole blocks that only moved. */
  edits: Edit[];
  /** The normalized blocks of each side. */
  old: string[];
  now: string[];
}

export interface RedlineOptions {
  /** Whether a block may move from old block `i` to new block `j` and still count as moved (default: anywhere). */
  mayMove?: (i: number, j: number) => boolean;
  /** Which characters of each block are bold on each side (emphasis.ts): kept words whose bold changed are marked. */
  emphasis?: { old: readonly boolean[][]; now: readonly boolean[][] };
  /**
   * Whether the change from old block `i` to new block `j` only renumbers them (renumber.ts): its
   * edits are marked `renumbered` and are no edits.
   */
  renumbered?: (i: number, j: number) => boolean;
}

interface Token {
  text: string;
  /** -1 for a block break. */
  block: number;
  kind: 'word' | 'break';
}

const blockBreak = '\n';

/**
 * The word-level redline of two texts, or undefined when they are the same after normalization.
 * Blocks are matched first; a block deleted in one place and inserted unchanged in another is
 * moved (shown, never an edit); only the blocks that differ are cut into words, so the cost
 * follows the size of the edit, not of the chapter.
 */
export function redline(before: string, after: string, options: RedlineOptions = {}): Redline | undefined {
  return redlineOfBlocks(normalizedBlocks(before), normalizedBlocks(after), options);
}

/**
 * The same redline of two texts already cut into normalized blocks (no `\n` inside a block; a
 * table row's cells joined by `\t`): the reader's redline cuts them from a chapter's HTML, where
 * a table row is one block (src/diff/prose/html-blocks.ts).
 */
export function redlineOfBlocks(old: string[], now: string[], options: RedlineOptions = {}): Redline | undefined {
  const bold = options.emphasis;
  const boldChanged = (i: number, j: number) => bold !== undefined && !sameFlags(bold.old[i], bold.now[j]);
  if (old.length === now.length && old.every((block, i) => block === now[i] && !boldChanged(i, i))) return undefined;
  const matched = matchBlocks(old, now, options.mayMove ?? (() => true));
  const { moved } = matched;
  const hunks = options.renumbered ? matched.hunks.flatMap((hunk) => splitRenumbered(hunk, moved, options.renumbered!)) : matched.hunks;
  const segments: Segment[] = [];
  const edits: Edit[] = [];
  let started = false;
  const emit = (op: Segment['op'], text: string, isMoved = false) => {
    if (started) push(segments, op, blockBreak, isMoved);
    started = true;
    push(segments, op, text, isMoved);
  };
  for (const hunk of hunks) {
    if (hunk.equal) {
      hunk.old.forEach((i, k) => {
        const j = hunk.now[k]!;
        if (!boldChanged(i, j)) return emit('equal', old[i]!);
        // The same words, bold added or taken away: split where it changes.
        emit('equal', '');
        const chars = Array.from(old[i]!);
        chars.forEach((c, n) => {
          const was = bold!.old[i]![n] === true;
          const is = bold!.now[j]![n] === true;
          push(segments, 'equal', c, false, was === is ? undefined : is ? 'added' : 'removed');
        });
      });
      continue;
    }
    for (const i of hunk.old) if (moved.old.has(i)) emit('delete', old[i]!, true);
    const changedOld = hunk.old.filter((i) => !moved.old.has(i));
    const changedNow = hunk.now.filter((j) => !moved.now.has(j));
    if (changedOld.length + changedNow.length > 0) {
      if (started) push(segments, changedOld.length && changedNow.length ? 'equal' : changedOld.length ? 'delete' : 'insert', blockBreak, false);
      started = true;
      const parts = diffArrays(tokens(old, changedOld), tokens(now, changedNow), { comparator: (a, b) => a.text === b.text });
      // The stretch of an edit: its own sentence on each side when the hunk changed as many blocks as it kept places for, else the hunk.
      const paired = changedOld.length === changedNow.length;
      const stretches = new Map<number, Edit['blocks']>();
      const stretchOf = (deleted: readonly Token[], inserted: readonly Token[]): Edit['blocks'] => {
        if (!paired) return { old: changedOld, now: changedNow };
        const at = new Set<number>();
        for (const t of deleted) if (t.kind === 'word') at.add(changedOld.indexOf(t.block));
        for (const t of inserted) if (t.kind === 'word') at.add(changedNow.indexOf(t.block));
        const key = [...at].sort((a, b) => a - b);
        if (key.length === 1) {
          const cached = stretches.get(key[0]!) ?? { old: [changedOld[key[0]!]!], now: [changedNow[key[0]!]!] };
          stretches.set(key[0]!, cached);
          return cached;
        }
        return { old: key.map((k) => changedOld[k]!), now: key.map((k) => changedNow[k]!) };
      };
      // Blocks paired one to one whose change is only renumbering: their words are marked, not edits.
      const renumberedOld = new Set<number>();
      const renumberedNow = new Set<number>();
      if (paired && options.renumbered) {
        changedOld.forEach((i, k) => {
          if (options.renumbered!(i, changedNow[k]!)) renumberedOld.add(i), renumberedNow.add(changedNow[k]!);
        });
      }
      const renumbering = (part: { value: Token[]; added?: boolean; removed?: boolean }) =>
        (part.added || part.removed) && part.value.every((t) => t.kind === 'break' || (part.removed ? renumberedOld : renumberedNow).has(t.block));
      for (const [k, part] of parts.entries()) {
        const op = part.added ? 'insert' : part.removed ? 'delete' : 'equal';
        const renumbered = renumbering(part);
        for (const token of part.value) push(segments, op, token.text, false, undefined, renumbered);
        if (renumbered) continue;
        let edit: Edit | undefined;
        if (part.removed) {
          const inserted = parts[k + 1]?.added && !renumbering(parts[k + 1]!) ? parts[k + 1]!.value : [];
          edit = editOf(part.value, inserted, stretchOf(part.value, inserted));
        } else if (part.added && (!parts[k - 1]?.removed || renumbering(parts[k - 1]!))) edit = editOf([], part.value, stretchOf([], part.value));
        if (edit) edits.push(edit);
      }
    }
    for (const j of hunk.now) if (moved.now.has(j)) emit('insert', now[j]!, true);
  }
  return { segments, edits, old, now };
}

/** An edit of some tokens; undefined when none of them is a word. */
function editOf(deleted: readonly Token[], inserted: readonly Token[], blocks: Edit['blocks']): Edit | undefined {
  const taken = deleted.filter((t) => t.kind === 'word');
  const put = inserted.filter((t) => t.kind === 'word');
  if (taken.length === 0 && put.length === 0) return undefined;
  return {
    deleted: deleted.map((t) => t.text),
    inserted: inserted.map((t) => t.text),
    taken: pieces(taken),
    put: pieces(put),
    blocks,
  };
}

function pieces(list: readonly Token[]): Piece[] {
  const out: Piece[] = [];
  for (const token of list) {
    const last = out.at(-1);
    if (last?.block === token.block) last.text += token.text;
    else out.push({ text: token.text, block: token.block });
  }
  return out;
}

interface Hunk {
  equal: boolean;
  old: number[];
  now: number[];
}

/** The block-level diff as hunks (kept blocks, or the blocks between two kept runs), and which changed blocks only moved. */
function matchBlocks(old: string[], now: string[], mayMove: (i: number, j: number) => boolean) {
  const hunks: Hunk[] = [];
  let i = 0;
  let j = 0;
  for (const part of diffArrays(old, now)) {
    const range = (from: number) => Array.from({ length: part.count }, (_, k) => from + k);
    if (!part.added && !part.removed) {
      hunks.push({ equal: true, old: range(i), now: range(j) });
      i += part.count;
      j += part.count;
      continue;
    }
    let hunk = hunks.at(-1);
    if (!hunk || hunk.equal) hunks.push((hunk = { equal: false, old: [], now: [] }));
    if (part.added) hunk.now.push(...range(j)), (j += part.count);
    else hunk.old.push(...range(i)), (i += part.count);
  }
  const moved = { old: new Set<number>(), now: new Set<number>() };
  const loose = new Map<string, number[]>();
  for (const hunk of hunks) {
    if (hunk.equal) continue;
    for (const index of hunk.old) {
      const list = loose.get(old[index]!);
      if (list) list.push(index);
      else loose.set(old[index]!, [index]);
    }
  }
  for (const hunk of hunks) {
    if (hunk.equal) continue;
    for (const index of hunk.now) {
      const candidates = loose.get(now[index]!);
      const at = candidates?.findIndex((from) => mayMove(from, index)) ?? -1;
      if (at === -1) continue;
      moved.old.add(candidates!.splice(at, 1)[0]!);
      moved.now.add(index);
    }
  }
  return { hunks, moved };
}

/**
 * A changed hunk with blocks inserted or deleted among renumbered ones (a chapter inserted before
 * them): the blocks that only renumber are paired in order, each pair a hunk of its own, so that
 * the rest are compared as they are.
 */
function splitRenumbered(hunk: Hunk, moved: { old: Set<number>; now: Set<number> }, renumbered: (i: number, j: number) => boolean): Hunk[] {
  if (hunk.equal) return [hunk];
  const oldBlocks = hunk.old.filter((i) => !moved.old.has(i));
  const nowBlocks = hunk.now.filter((j) => !moved.now.has(j));
  if (oldBlocks.length === nowBlocks.length && oldBlocks.every((i, k) => renumbered(i, nowBlocks[k]!))) return [hunk];
  const pairs = diffArrays(oldBlocks, nowBlocks, { comparator: (i, j) => renumbered(i, j) });
  if (!pairs.some((part) => !part.added && !part.removed)) return [hunk];
  // Moved blocks stay with the first piece; the pieces follow the order of the blocks.
  const out: Hunk[] = [];
  let rest: Hunk = { equal: false, old: hunk.old.filter((i) => moved.old.has(i)), now: hunk.now.filter((j) => moved.now.has(j)) };
  let i = 0;
  let j = 0;
  for (const part of pairs) {
    if (part.added) rest.now.push(...nowBlocks.slice(j, (j += part.count!)));
    else if (part.removed) rest.old.push(...oldBlocks.slice(i, (i += part.count!)));
    else {
      if (rest.old.length + rest.now.length > 0) out.push(rest);
      for (let k = 0; k < part.count!; k++) out.push({ equal: false, old: [oldBlocks[i + k]!], now: [nowBlocks[j + k]!] });
      i += part.count!;
      j += part.count!;
      rest = { equal: false, old: [], now: [] };
    }
  }
  if (rest.old.length + rest.now.length > 0) out.push(rest);
  return out;
}

/** The words of some blocks of a side, blocks separated by a break. */
function tokens(blocks: string[], indexes: number[]): Token[] {
  return indexes.flatMap((i, k): Token[] => [...(k > 0 ? [{ text: blockBreak, block: -1, kind: 'break' as const }] : []), ...words(blocks[i]!).map((text) => ({ text, block: i, kind: 'word' as const }))]);
}

function push(segments: Segment[], op: Segment['op'], text: string, moved: boolean, emphasis?: Segment['emphasis'], renumbered = false): void {
  if (text === '') return;
  const last = segments.at(-1);
  if (last?.op === op && (last.moved === true) === moved && last.emphasis === emphasis && (last.renumbered === true) === renumbered) last.text += text;
  else segments.push({ op, text, ...(moved ? { moved: true as const } : {}), ...(emphasis ? { emphasis } : {}), ...(renumbered ? { renumbered: true as const } : {}) });
}

function sameFlags(a: readonly boolean[] | undefined, b: readonly boolean[] | undefined): boolean {
  if (!a || !b) return true;
  return a.length === b.length && a.every((flag, i) => flag === b[i]);
}
