// HTML: the blocks of the page's body, read as a browser shows them. Headings h1–h6, paragraphs,
// list items (an ordered list's numbers kept as text, as the reader sees them), tables; bold
// (<strong>, <b>) and links kept; scripts, styles, forms and media left out.
import { fromHtml } from 'hast-util-from-html';
import type { Element, ElementContent, Nodes, Root } from 'hast';
import type { VFile } from 'vfile';
import { text, tidy, type Block, type Cell, type Inline, type ReadInput } from './blocks.ts';
import { inputWarning } from './messages.ts';

const skipped = new Set(['nav', 'script', 'style', 'template', 'noscript', 'head', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'button', 'input', 'select', 'textarea', 'map', 'meta', 'link']);
const blockTags = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'html', 'caption',
]);

export function readHtml(source: string, file: VFile): ReadInput {
  const tree = fromHtml(source);
  return readHtmlTree(tree, file);
}

/** Blocks of an HTML tree (a whole page, or a fragment found inside Markdown), lines offset by `lineOffset`. */
export function readHtmlTree(tree: Root, file: VFile, lineOffset = 0): ReadInput {
  const blocks: Block[] = [];
  const reader = new HtmlReader(blocks, file, lineOffset);
  const title = findElement(tree, 'title');
  const body = findElement(tree, 'body') ?? tree;
  reader.container(body);
  reader.flush();
  const metaTitle = title ? tidyText(textOf(title)) : undefined;
  return { blocks, ...(metaTitle ? { metaTitle } : {}) };
}

class HtmlReader {
  private buffer: Inline[] = [];
  private bufferLine = 0;
  private imageWarned = false;
  private readonly blocks: Block[];
  private readonly file: VFile;
  private readonly lineOffset: number;

  constructor(blocks: Block[], file: VFile, lineOffset: number) {
    this.blocks = blocks;
    this.file = file;
    this.lineOffset = lineOffset;
  }

  private lineOf(node: Nodes): number {
    return (node.position?.start.line ?? 1) + this.lineOffset;
  }

  /** The running text so far, as one paragraph. */
  flush(): void {
    const inline = tidy(this.buffer);
    if (inline.length > 0) this.blocks.push({ kind: 'paragraph', line: this.bufferLine, inline });
    this.buffer = [];
  }

  /** Children of a block container: running text collects into paragraphs, blocks stand alone. */
  container(node: Root | Element): void {
    for (const child of node.children) this.flow(child as ElementContent);
  }

  private flow(node: ElementContent): void {
    if (node.type === 'comment') return;
    if (node.type === 'text') {
      if (this.buffer.length === 0) {
        if (node.value.trim() === '') return;
        this.bufferLine = this.lineOf(node);
      }
      this.buffer.push(text(node.value));
      return;
    }
    if (node.type !== 'element') return;
    const tag = node.tagName;
    if (skipped.has(tag)) return;
    if (tag === 'img') return this.image(node);
    if (!blockTags.has(tag)) {
      if (this.buffer.length === 0) this.bufferLine = this.lineOf(node);
      this.buffer.push(...this.inline(node));
      return;
    }
    this.flush();
    const line = this.lineOf(node);
    if (/^h[1-6]$/.test(tag)) {
      const inline = tidy(this.inlineChildren(node));
      if (inline.length > 0) this.blocks.push({ kind: 'heading', line, depth: Number(tag[1]), inline });
    } else if (tag === 'ul' || tag === 'ol' || tag === 'menu' || tag === 'dir') {
      this.list(node);
    } else if (tag === 'table') {
      this.table(node);
    } else if (tag === 'pre') {
      for (const [i, value] of textOf(node).split('\n').entries()) {
        if (value.trim() !== '') this.blocks.push({ kind: 'paragraph', line: line + i, inline: [text(value.trim())] });
      }
    } else if (tag !== 'hr') {
      this.container(node);
      this.flush();
    }
  }

  private list(node: Element): void {
    const ordered = node.tagName === 'ol';
    const start = ordered ? Number(node.properties?.start ?? 1) || 1 : 1;
    let n = start;
    for (const child of node.children) {
      if (child.type !== 'element' || child.tagName !== 'li') {
        this.flow(child as ElementContent);
        continue;
      }
      const value = Number(child.properties?.value);
      if (ordered && Number.isInteger(value) && value > 0) n = value;
      // The item's own text up to its first block; nested blocks after it, flattened.
      const own: ElementContent[] = [];
      let i = 0;
      for (; i < child.children.length; i++) {
        const c = child.children[i]!;
        if (c.type === 'element' && blockTags.has(c.tagName) && !(c.tagName === 'p' && own.every((o) => o.type === 'text' && o.value.trim() === ''))) break;
        if (c.type === 'element' && c.tagName === 'p') own.push(...c.children);
        else own.push(c);
      }
      const inline = tidy(own.flatMap((c) => this.inlineNode(c)));
      const line = this.lineOf(child);
      if (inline.length > 0) {
        if (ordered) this.blocks.push({ kind: 'paragraph', line, inline: [text(`${n}. `), ...inline] });
        else this.blocks.push({ kind: 'item', line, inline });
      }
      for (const rest of child.children.slice(i)) this.flow(rest);
      this.flush();
      n++;
    }
  }

  private table(node: Element): void {
    const rows: Cell[][] = [];
    const caption = findElement(node, 'caption');
    if (caption) {
      const inline = tidy(this.inlineChildren(caption));
      if (inline.length > 0) this.blocks.push({ kind: 'paragraph', line: this.lineOf(caption), inline });
    }
    const visit = (parent: Element) => {
      for (const child of parent.children) {
        if (child.type !== 'element') continue;
        if (child.tagName === 'tr') {
          const cells = child.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
          rows.push(cells.map((cell) => lines(tidy(this.inlineChildren(cell)))));
        } else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') visit(child);
      }
    };
    visit(node);
    if (rows.length > 0) this.blocks.push({ kind: 'table', line: this.lineOf(node), rows });
  }

  private image(node: Element): void {
    if (this.imageWarned) return;
    this.imageWarned = true;
    inputWarning(this.file, node.position?.start && { line: this.lineOf(node), column: node.position.start.column }, 'import-image-dropped');
  }

  /** An element's content as inline nodes; a block inside it is a line break. */
  private inlineChildren(node: Element): Inline[] {
    return node.children.flatMap((child) => this.inlineNode(child));
  }

  private inlineNode(node: ElementContent): Inline[] {
    if (node.type === 'text') return [text(node.value)];
    if (node.type !== 'element' || skipped.has(node.tagName)) return [];
    if (node.tagName === 'img') {
      this.image(node);
      return [];
    }
    if (blockTags.has(node.tagName)) return [{ type: 'break' }, ...this.inlineChildren(node), { type: 'break' }];
    return this.inline(node);
  }

  private inline(node: Element): Inline[] {
    const children = this.inlineChildren(node);
    switch (node.tagName) {
      case 'br':
        return [{ type: 'break' }];
      case 'strong':
      case 'b':
        return [{ type: 'strong', children }];
      case 'a': {
        const href = typeof node.properties?.href === 'string' ? node.properties.href.trim() : undefined;
        return href ? [{ type: 'link', url: href, children }] : children;
      }
      default:
        return children;
    }
  }
}

/** A cell's content as lines. */
function lines(inline: Inline[]): Inline[][] {
  const out: Inline[][] = [[]];
  for (const node of inline) {
    if (node.type === 'break') out.push([]);
    else out[out.length - 1]!.push(node);
  }
  return out.filter((line) => line.length > 0);
}

function findElement(node: Nodes, tag: string): Element | undefined {
  if (node.type === 'element' && node.tagName === tag) return node;
  if (!('children' in node)) return undefined;
  for (const child of node.children) {
    const found = findElement(child as Nodes, tag);
    if (found) return found;
  }
  return undefined;
}

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (!('children' in node)) return '';
  return node.children.map((c) => textOf(c as Nodes)).join('');
}

function tidyText(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}
