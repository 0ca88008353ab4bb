// What is bold in a chapter, block by block (the blocks the redline compares). Read from the
// chapter's HTML, which every compiled document of any age holds: bold is the policy's prominence
// mark (sensitive items, consequences), so a change of it is recorded and shown, though the plain
// text stays the same. The HTML is parsed back into a tree, whose plain text is computed as the
// compiler computed the chapter's `text`.
import type { ElementContent, Root } from 'hast';
import { fromHtmlIsomorphic } from 'hast-util-from-html-isomorphic';
import { toText } from 'hast-util-to-text';
import type { CompiledPolicy } from '../../model/index.ts';
import { normalizedBlocks } from '../../resolve/lexicon/normalize.ts';

type Chapter = CompiledPolicy['chapters'][number];

/** A private-use character standing for a bold character: not whitespace, so it survives normalization. */
const mark = '\ue000';

/** Replaces every non-space character inside `<strong>`/`<b>` with the mark (the tree is changed in place). */
export function markBold(node: Root | ElementContent, bold = false): void {
  if (node.type === 'text') {
    if (bold) node.value = node.value.replace(/\S/gu, mark);
    return;
  }
  if (node.type !== 'root' && node.type !== 'element') return;
  const inner = bold || (node.type === 'element' && (node.tagName === 'strong' || node.tagName === 'b'));
  for (const child of node.children) markBold(child as ElementContent, inner);
}

export interface Emphasis {
  /** The normalized blocks of the chapter's text. */
  blocks: string[];
  /** Per block, per character (as `Array.from` counts): whether it is bold. */
  bold: boolean[][];
}

const cache = new WeakMap<Chapter, Emphasis>();

/** The chapter's blocks and which of their characters are bold. */
export function emphasisOf(chapter: Chapter): Emphasis {
  let found = cache.get(chapter);
  if (!found) cache.set(chapter, (found = compute(chapter)));
  return found;
}

/** Where an element that makes text bold could start: `<strong` or `<b` then a space, `/` or `>`, in any case. */
const boldTag = /<(?:strong|b)[\s/>]/i;

function compute(chapter: Chapter): Emphasis {
  const blocks = normalizedBlocks(chapter.text);
  // No bold element can be in an HTML without such a tag: nothing is bold, as the parse would find.
  if (!boldTag.test(chapter.html)) return { blocks, bold: blocks.map((block) => Array.from(block, () => false)) };
  const tree = fromHtmlIsomorphic(chapter.html, { fragment: true });
  const plain = normalizedBlocks(toText(tree, { whitespace: 'normal' }).trim());
  markBold(tree);
  const marked = normalizedBlocks(toText(tree, { whitespace: 'normal' }).trim());
  // The blocks must be the document's own; when they are not (an HTML read otherwise), nothing is bold.
  const same = plain.length === blocks.length && plain.every((block, i) => block === blocks[i]) && marked.length === blocks.length;
  const bold = blocks.map((block, i) => (same ? boldFlags(block, marked[i]!) : Array.from(block, () => false)));
  return { blocks, bold };
}

/**
 * Per character of `text` (as `Array.from` counts), whether it is bold, given the same text with
 * its bold characters replaced by the mark (`markBold`). Normalization may treat spaces
 * differently on the two sides, so only the other characters are aligned; a space is bold when
 * the characters on both sides are.
 */
export function boldFlags(text: string, marked: string): boolean[] {
  const flags = Array.from(marked.replace(/\s+/g, '')).map((c) => c === mark);
  let k = 0;
  const out = Array.from(text, (c) => (/\s/.test(c) ? undefined : flags[k++] === true));
  // A space between two bold characters is bold: the nearest flag on each side, found in one pass each way.
  const after: boolean[] = new Array(out.length);
  let next = false;
  for (let n = out.length - 1; n >= 0; n--) {
    after[n] = next;
    if (out[n] !== undefined) next = out[n]!;
  }
  let previous = false;
  return out.map((flag, n) => {
    if (flag !== undefined) return (previous = flag);
    return previous && after[n]!;
  });
}

/** The bold runs of a block, as text. */
export function boldRuns(block: string, bold: readonly boolean[]): string[] {
  const chars = Array.from(block);
  const runs: string[] = [];
  let current = '';
  chars.forEach((c, i) => {
    if (bold[i]) current += c;
    else if (current) runs.push(current.trim()), (current = '');
  });
  if (current) runs.push(current.trim());
  return runs.filter((run) => run !== '');
}
