// Markdown (CommonMark, with CJK-friendly bold as the compiler reads it): headings, paragraphs,
// list items (an ordered list's numbers kept as text), pipe tables (read here: the compiler has
// no tables of its own), block quotes and code read as the text they hold, raw HTML through the
// HTML reader. Front matter is skipped; its `title:` is kept as a fallback title.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { fromHtml } from 'hast-util-from-html';
import type { Definition, List, PhrasingContent, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { text, tidy, type Block, type Cell, type Inline, type ReadInput } from './blocks.ts';
import { readHtmlTree } from './from-html.ts';
import { inputWarning } from './messages.ts';

const parser = unified().use(remarkParse).use(remarkCjkFriendly);

export function readMarkdown(source: string, file: VFile): ReadInput {
  const front = frontMatter(source);
  let body = source;
  if (front) {
    inputWarning(file, { line: 1, column: 1 }, 'import-front-matter', { lines: front.lines });
    // Blank lines in its place keep every later line where it was.
    body = '\n'.repeat(front.lines) + source.split('\n').slice(front.lines).join('\n');
  }
  const tree = parser.parse(body) as Root;
  const reader = new MarkdownReader(body, file, tree);
  reader.blocks(tree.children);
  return { blocks: reader.out, ...(front?.title ? { metaTitle: front.title } : {}) };
}

/** `---` … `---` at the very start (at most 100 lines): its line count and title. */
function frontMatter(source: string): { lines: number; title?: string } | undefined {
  if (!source.startsWith('---\n')) return undefined;
  const lines = source.split('\n');
  const end = lines.findIndex((line, i) => i > 0 && i <= 100 && /^(---|\.\.\.)\s*$/.test(line));
  if (end === -1) return undefined;
  const titleLine = lines.slice(1, end).find((line) => /^title:\s*\S/.test(line));
  const title = titleLine?.replace(/^title:\s*/, '').replace(/^(["'])(.*)\1$/, '$2').trim();
  return { lines: end + 1, ...(title ? { title } : {}) };
}

class MarkdownReader {
  readonly out: Block[] = [];
  private readonly source: string;
  private readonly file: VFile;
  private readonly definitions = new Map<string, string>();
  private imageWarned = false;

  constructor(source: string, file: VFile, tree: Root) {
    this.source = source;
    this.file = file;
    const collect = (nodes: readonly RootContent[]) => {
      for (const node of nodes) {
        if (node.type === 'definition') this.definitions.set((node as Definition).identifier, (node as Definition).url);
        if ('children' in node) collect(node.children as RootContent[]);
      }
    };
    collect(tree.children);
  }

  private lineOf(node: { position?: { start: { line: number } } }): number {
    return node.position?.start.line ?? 1;
  }

  blocks(nodes: readonly RootContent[]): void {
    for (const node of nodes) this.block(node);
  }

  private block(node: RootContent): void {
    switch (node.type) {
      case 'heading': {
        const inline = tidy(this.inline(node.children));
        if (inline.length > 0) this.out.push({ kind: 'heading', line: this.lineOf(node), depth: node.depth, inline });
        return;
      }
      case 'paragraph': {
        const table = this.pipeTable(node);
        if (table) return void this.out.push(table);
        const inline = tidy(this.inline(node.children));
        if (inline.length > 0) this.out.push({ kind: 'paragraph', line: this.lineOf(node), inline });
        return;
      }
      case 'blockquote':
        return this.blocks(node.children);
      case 'list':
        return this.list(node);
      case 'code': {
        // A fenced block's text starts on the line after its fence; an indented one's on its first line.
        const fenced = /^\s*(`{3,}|~{3,})/.test(this.source.slice(node.position?.start.offset ?? 0));
        node.value.split('\n').forEach((value, i) => {
          if (value.trim() !== '') this.out.push({ kind: 'paragraph', line: this.lineOf(node) + i + (fenced ? 1 : 0), inline: [text(value.trim())] });
        });
        return;
      }
      case 'html': {
        const fragment = fromHtml(node.value, { fragment: true });
        const read = readHtmlTree(fragment, this.file, this.lineOf(node) - 1);
        this.out.push(...read.blocks);
        return;
      }
      default:
        // Thematic breaks, link definitions: nothing a reader sees as text.
        return;
    }
  }

  private list(node: List): void {
    let n = node.start ?? 1;
    for (const item of node.children) {
      let first = true;
      for (const child of item.children) {
        if (child.type === 'paragraph' && first) {
          const inline = tidy(this.inline(child.children));
          if (inline.length > 0) {
            const line = this.lineOf(child);
            if (node.ordered) this.out.push({ kind: 'paragraph', line, inline: [text(`${n}. `), ...inline] });
            else this.out.push({ kind: 'item', line, inline });
          }
        } else this.block(child);
        first = false;
      }
      n++;
    }
  }

  /** A paragraph written as a pipe table (`| a | b |` lines, the second `|---|---|`), as a table. */
  private pipeTable(node: Extract<RootContent, { type: 'paragraph' }>): Block | undefined {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return undefined;
    const lines = this.source.slice(start, end).split('\n').map((line) => line.trim());
    if (lines.length < 2 || !lines.every((line) => line.includes('|'))) return undefined;
    if (!/^\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?$/.test(lines[1]!)) return undefined;
    const rows: Cell[][] = [lines[0]!, ...lines.slice(2)].map((line) =>
      splitPipes(line).map((cell) => {
        const parsed = parser.parse(cell) as Root;
        const paragraph = parsed.children[0];
        const inline = paragraph && paragraph.type === 'paragraph' ? tidy(this.inline(paragraph.children)) : cell === '' ? [] : [text(cell)];
        // `<br>` in a cell is a line break.
        const cellLines: Inline[][] = [[]];
        for (const part of inline) {
          if (part.type === 'break') cellLines.push([]);
          else cellLines[cellLines.length - 1]!.push(part);
        }
        return cellLines.filter((l) => l.length > 0);
      }),
    );
    return { kind: 'table', line: this.lineOf(node), rows };
  }

  private inline(nodes: readonly PhrasingContent[]): Inline[] {
    const out: Inline[] = [];
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          out.push(text(node.value));
          break;
        case 'inlineCode':
          out.push(text(node.value));
          break;
        case 'strong':
          out.push({ type: 'strong', children: this.inline(node.children) });
          break;
        case 'emphasis':
        case 'delete':
          out.push(...this.inline(node.children));
          break;
        case 'break':
          out.push({ type: 'break' });
          break;
        case 'link':
          out.push({ type: 'link', url: node.url, children: this.inline(node.children) });
          break;
        case 'linkReference': {
          const url = this.definitions.get(node.identifier);
          const children = this.inline(node.children);
          out.push(...(url ? [{ type: 'link', url, children } as Inline] : children));
          break;
        }
        case 'image':
        case 'imageReference':
          if (!this.imageWarned) inputWarning(this.file, node.position?.start && { line: this.lineOf(node), column: node.position.start.column }, 'import-image-dropped');
          this.imageWarned = true;
          break;
        case 'html':
          if (/^<br\s*\/?>$/i.test(node.value.trim())) out.push({ type: 'break' });
          break;
        default:
          if ('children' in node) out.push(...this.inline(node.children as PhrasingContent[]));
          else if ('value' in node && typeof node.value === 'string') out.push(text(node.value));
      }
    }
    return out;
  }
}

/** The cells of a pipe-table row (`\|` is a pipe inside a cell). */
function splitPipes(line: string): string[] {
  let row = line.trim();
  if (row.startsWith('|')) row = row.slice(1);
  if (row.endsWith('|') && !row.endsWith('\\|')) row = row.slice(0, -1);
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\' && row[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (row[i] === '|') {
      cells.push(cell.trim());
      cell = '';
    } else cell += row[i];
  }
  cells.push(cell.trim());
  return cells;
}
