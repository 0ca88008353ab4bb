// What every reader (plain text, Markdown, HTML) turns a policy into: a flat list of blocks of
// inline content, each with the line of the input it starts on. The later steps (facts, SDK
// tables, headings) work on these alone, whatever the input's format was.

export type Inline =
  | { type: 'text'; value: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'link'; url: string; children: Inline[] }
  | { type: 'break' }
  /** A reference to a fact of the sources (`:contact{#email}`) that renders as `value`. */
  | { type: 'directive'; markdown: string; value: string };

export type Block =
  /** A paragraph; a `break` in it is a line break the reader sees. */
  | { kind: 'paragraph'; line: number; inline: Inline[] }
  /** A heading of the input's own markup (Markdown `#`, HTML h1–h6): its depth, 1 to 6. */
  | { kind: 'heading'; line: number; depth: number; inline: Inline[] }
  /** An item of a bulleted list (an ordered one is read as paragraphs that keep their numbers). */
  | { kind: 'item'; line: number; inline: Inline[] }
  /** A table: rows of cells. */
  | { kind: 'table'; line: number; rows: Cell[][] }
  /** Where the SDK table read from the input stands: `::sdk-table`. */
  | { kind: 'sdk-table'; line: number };

/** A table cell: its lines, each inline content. */
export type Cell = Inline[][];

/** An input read into blocks, with what its reader learned on the way. */
export interface ReadInput {
  blocks: Block[];
  /** The title its markup states (HTML `<title>`, Markdown front matter `title:`), a fallback for the text's own. */
  metaTitle?: string;
}

export function text(value: string): Inline {
  return { type: 'text', value };
}

/** The text a reader sees, line breaks as `\n`. */
export function plain(inline: readonly Inline[]): string {
  let out = '';
  for (const node of inline) {
    if (node.type === 'text') out += node.value;
    else if (node.type === 'directive') out += node.value;
    else if (node.type === 'break') out += '\n';
    else out += plain(node.children);
  }
  return out;
}

/** Splits inline content at its line breaks. */
export function splitLines(inline: readonly Inline[]): Inline[][] {
  const lines: Inline[][] = [[]];
  const walk = (nodes: readonly Inline[], wrap: (node: Inline[]) => Inline[]) => {
    for (const node of nodes) {
      if (node.type === 'break') lines.push([]);
      else if (node.type === 'text' || node.type === 'directive') lines[lines.length - 1]!.push(...wrap([node]));
      else {
        // A line break inside bold or a link splits it into one piece on each line.
        const children = node.children;
        const make = node.type === 'strong' ? (c: Inline[]): Inline[] => [{ type: 'strong', children: c }] : (c: Inline[]): Inline[] => [{ type: 'link', url: node.url, children: c }];
        if (!children.some((c) => c.type === 'break' || (c.type !== 'text' && containsBreak(c)))) lines[lines.length - 1]!.push(...wrap([node]));
        else walk(children, (c) => wrap(make(c)));
      }
    }
  };
  walk(inline, (nodes) => nodes);
  return lines;
}

function containsBreak(node: Inline): boolean {
  return node.type === 'break' || ((node.type === 'strong' || node.type === 'link') && node.children.some(containsBreak));
}

/** Joins lines back with breaks. */
export function joinLines(lines: readonly Inline[][]): Inline[] {
  return lines.flatMap((line, i) => (i === 0 ? line : [{ type: 'break' } as Inline, ...line]));
}

/** Inline content with its whitespace tidied: runs of spaces to one, none at the ends of lines, empty lines dropped. */
export function tidy(inline: readonly Inline[]): Inline[] {
  const lines = splitLines(inline).map(trimLine).filter((line) => plain(line) !== '');
  return joinLines(lines);
}

function trimLine(line: Inline[]): Inline[] {
  const out = mergeText(line.map(collapse));
  trimEdge(out, 'start');
  trimEdge(out, 'end');
  return out.filter((node) => !(node.type === 'text' && node.value === '') && !((node.type === 'strong' || node.type === 'link') && plain(node.children) === ''));
}

function collapse(node: Inline): Inline {
  if (node.type === 'text') return { type: 'text', value: node.value.replace(/[ \t\n\r\f]+/g, ' ') };
  if (node.type === 'break' || node.type === 'directive') return node;
  return { ...node, children: mergeText(node.children.map(collapse)) };
}

function mergeText(nodes: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (node.type === 'text' && last?.type === 'text') out[out.length - 1] = { type: 'text', value: last.value + node.value };
    else out.push(node);
  }
  return out;
}

function trimEdge(nodes: Inline[], edge: 'start' | 'end'): void {
  const i = edge === 'start' ? 0 : nodes.length - 1;
  const node = nodes[i];
  if (!node) return;
  if (node.type === 'text') nodes[i] = { type: 'text', value: edge === 'start' ? node.value.trimStart() : node.value.trimEnd() };
  else if (node.type === 'strong' || node.type === 'link') {
    const children = [...node.children];
    trimEdge(children, edge);
    nodes[i] = { ...node, children };
  }
}
