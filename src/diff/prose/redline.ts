import { diffArrays } from 'diff';
import type { Segment } from '../types.ts';
import { normalizedBlocks } from './normalize.ts';
import { words } from './tokenize.ts';

/** One place where the texts differ: the tokens taken out and those put in. */
export interface Edit {
  deleted: string[];
  inserted: string[];
}

export interface Redline {
  segments: Segment[];
  edits: Edit[];
}

const blockBreak = '\n';

/**
 * The word-level redline of two texts, or undefined when they are the same after normalization.
 * Blocks are matched first; only the blocks that differ are cut into words, so the cost follows
 * the size of the edit, not of the chapter.
 */
export function redline(before: string, after: string): Redline | undefined {
  const old = normalizedBlocks(before);
  const now = normalizedBlocks(after);
  if (old.length === now.length && old.every((block, i) => block === now[i])) return undefined;
  const kept = keptBlocks(old, now);
  const parts = diffArrays(tokens(old, kept.old), tokens(now, kept.now));
  const segments: Segment[] = [];
  const edits: Edit[] = [];
  for (const [i, part] of parts.entries()) {
    const op = part.added ? 'insert' : part.removed ? 'delete' : 'equal';
    push(segments, op, part.value.join(''));
    if (part.removed) edits.push({ deleted: part.value, inserted: parts[i + 1]?.added ? parts[i + 1]!.value : [] });
    else if (part.added && !parts[i - 1]?.removed) edits.push({ deleted: [], inserted: part.value });
  }
  return { segments, edits };
}

/** Which blocks of each side the block-level diff keeps unchanged. */
function keptBlocks(old: string[], now: string[]): { old: Set<number>; now: Set<number> } {
  const kept = { old: new Set<number>(), now: new Set<number>() };
  let i = 0;
  let j = 0;
  for (const part of diffArrays(old, now)) {
    if (part.added) j += part.count;
    else if (part.removed) i += part.count;
    else for (let k = 0; k < part.count; k++) kept.old.add(i++), kept.now.add(j++);
  }
  return kept;
}

/** A side as tokens: a kept block is one token, a changed block its words; blocks separated by a break. */
function tokens(blocks: string[], kept: Set<number>): string[] {
  return blocks.flatMap((block, i) => [...(i > 0 ? [blockBreak] : []), ...(kept.has(i) ? [block] : words(block))]);
}

function push(segments: Segment[], op: Segment['op'], text: string): void {
  if (text === '') return;
  const last = segments.at(-1);
  if (last?.op === op) last.text += text;
  else segments.push({ op, text });
}
