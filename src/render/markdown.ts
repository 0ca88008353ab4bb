import type { Root } from 'mdast';
import type { Root as HastRoot, Element } from 'hast';
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { toText } from 'hast-util-to-text';
import { walk } from '../util/walk.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

const toHast = unified().use(remarkRehype).use(rehypeSanitize, sanitizeSchema);
const stringifier = unified().use(rehypeStringify);

/** Sanitized hast of resolved Markdown. */
export function toSanitizedHast(tree: Root): HastRoot {
  return toHast.runSync(tree) as HastRoot;
}

/** The one HTML serializer of the project: every page, pop-up and redline is a hast tree written here. */
export function toHtml(tree: HastRoot): string {
  return String(stringifier.stringify(tree));
}

/** Plain text of rendered HTML, as a browser's innerText gives it. */
export function toPlainText(tree: HastRoot): string {
  return toText(tree, { whitespace: 'normal' }).trim();
}

/** Headings of rendered HTML with their ids and text. */
export function headingsOf(tree: HastRoot): Array<{ id: string; depth: number; text: string }> {
  const out: Array<{ id: string; depth: number; text: string }> = [];
  walk<Element>(tree, 'element', (node) => {
    const match = /^h([1-6])$/.exec(node.tagName);
    if (match) out.push({ id: String(node.properties.id ?? ''), depth: Number(match[1]), text: toText(node).trim() });
  });
  return out;
}
