// The blocks of a chapter as a reader sees them, read from its rendered HTML: headings by level,
// paragraphs, list items, and table rows as one block each, labelled by their table's header
// cells. The compiled chapter text is flat (a table row's cells joined by tabs, a cell's line
// break a new line), so the redline a reader sees is made from these blocks instead: a table is
// compared row by row and each changed value shown under its column's name. The same module runs
// in the browser (the compare island), where the HTML is parsed by the browser itself.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtmlIsomorphic } from 'hast-util-from-html-isomorphic';
import { toText } from 'hast-util-to-text';
import { boldFlags, markBold } from './emphasis.ts';
import { normalizedInline } from '../../resolve/lexicon/normalize.ts';

export type BlockShape =
  | { kind: 'heading'; depth: number }
  | { kind: 'paragraph' }
  | { kind: 'item' }
  /** A table row; `columns` are the header's cell texts, `header` marks the header row itself. */
  | { kind: 'row'; columns: string[]; header?: true };

export interface Block {
  /** Normalized text; a row's cells joined by `\t`. Never contains `\n`. */
  text: string;
  shape: BlockShape;
  /** Per character of `text` (as `Array.from` counts), whether it is bold; absent when nothing is. */
  bold?: boolean[];
}

/** A line break inside a table cell (a company and its address), kept through the diff as U+2028. */
export const lineBreak = '\u2028';

const headingTag = /^h([1-6])$/;
const containers = new Set(['div', 'section', 'article', 'blockquote', 'figure', 'details', 'aside', 'header', 'footer', 'main', 'nav', 'dl']);
const lists = new Set(['ul', 'ol']);

/** The blocks of a chapter's HTML, in reading order. */
export function htmlBlocks(html: string): Block[] {
  const tree = fromHtmlIsomorphic(html, { fragment: true });
  const out: Block[] = [];
  collect(tree.children, out);
  return out;
}

function collect(nodes: readonly (RootContent | ElementContent)[], out: Block[]): void {
  let inline: Array<RootContent | ElementContent> = [];
  const flush = () => {
    push(out, inline, textOf, { kind: 'paragraph' });
    inline = [];
  };
  for (const node of nodes) {
    if (node.type !== 'element') {
      if (node.type === 'text') inline.push(node);
      continue;
    }
    const tag = node.tagName;
    const heading = headingTag.exec(tag);
    if (heading || tag === 'p' || tag === 'pre' || tag === 'dt' || tag === 'dd' || tag === 'figcaption' || tag === 'caption' || tag === 'summary') flush();
    if (heading) push(out, [node], textOf, { kind: 'heading', depth: Number(heading[1]) });
    else if (tag === 'p' || tag === 'pre' || tag === 'dt' || tag === 'dd' || tag === 'figcaption' || tag === 'summary') push(out, [node], textOf, { kind: 'paragraph' });
    else if (tag === 'table') flush(), table(node, out);
    else if (lists.has(tag)) flush(), list(node, out);
    else if (containers.has(tag)) flush(), collect(node.children, out);
    else if (tag === 'hr') flush();
    else inline.push(node);
  }
  flush();
}

/** A list item's own words are one block; its nested lists and paragraphs after the first follow. */
function list(node: Element, out: Block[]): void {
  for (const item of node.children) {
    if (item.type !== 'element' || item.tagName !== 'li') continue;
    const own: ElementContent[] = [];
    const rest: ElementContent[] = [];
    for (const child of item.children) {
      const block = child.type === 'element' && (lists.has(child.tagName) || child.tagName === 'table' || (child.tagName === 'p' && own.some(isBlock)));
      (block || rest.length > 0 ? rest : own).push(child);
    }
    push(out, own, textOf, { kind: 'item' });
    collect(rest, out);
  }
}

function isBlock(node: ElementContent): boolean {
  return node.type === 'element' && node.tagName === 'p';
}

function table(node: Element, out: Block[]): void {
  const rows: Array<{ row: Element; head: boolean }> = [];
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'tr') rows.push({ row: child, head: false });
    else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) {
      for (const row of child.children) if (row.type === 'element' && row.tagName === 'tr') rows.push({ row, head: child.tagName === 'thead' });
    }
  }
  const cells = (row: Element) => row.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
  const headRow = rows.filter((r) => r.head).at(-1) ?? (rows[0] && cells(rows[0].row).every((c) => c.tagName === 'th') ? { ...rows[0], head: true } : undefined);
  const columns = headRow ? cells(headRow.row).map((c) => textOf([c])) : [];
  const rowText = (nodes: ReadonlyArray<RootContent | ElementContent>) =>
    nodes.flatMap((row) => (row.type === 'element' ? cells(row) : [])).map(cellText).join('\t').replace(/^\t+|\t+$/g, '');
  for (const { row } of rows) push(out, [row], rowText, row === headRow?.row ? { kind: 'row', columns, header: true } : { kind: 'row', columns });
}

/** A cell's text, its lines normalized one by one and joined by `lineBreak`. */
function cellText(cell: Element): string {
  const root: Root = { type: 'root', children: [cell] };
  return toText(root, { whitespace: 'normal' }).split('\n').map((line) => normalizedInline(line.replace(/\t/g, ' '))).filter((line) => line !== '').join(lineBreak);
}

function textOf(nodes: ReadonlyArray<RootContent | ElementContent>): string {
  const root: Root = { type: 'root', children: nodes as RootContent[] };
  return normalizedInline(toText(root, { whitespace: 'normal' }).replace(/\t/g, ' '));
}

type Nodes = ReadonlyArray<RootContent | ElementContent>;

/** A block of `nodes`, its text as `textFn` reads it, and which of its characters are bold. */
function push(out: Block[], nodes: Nodes, textFn: (nodes: Nodes) => string, shape: BlockShape): void {
  const text = textFn(nodes);
  if (text === '') return;
  if (!nodes.some(hasBold)) return void out.push({ text, shape });
  const marked = structuredClone(nodes) as Array<RootContent | ElementContent>;
  for (const node of marked) markBold(node as ElementContent);
  const bold = boldFlags(text, textFn(marked));
  out.push(bold.some(Boolean) ? { text, shape, bold } : { text, shape });
}

function hasBold(node: RootContent | ElementContent): boolean {
  return node.type === 'element' && (node.tagName === 'strong' || node.tagName === 'b' || node.children.some(hasBold));
}
