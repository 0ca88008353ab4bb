import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { error } from '../report/messages.ts';

/**
 * The checks that need no data: raw HTML and unsafe links. Used when the YAML is not valid yet, so
 * a run still reports every unsafe construct at once. The full pipeline makes the same checks in
 * render/markdown.ts with the same rule ids.
 */
export function checkMarkdownSafety(tree: Root, file: VFile): void {
  visit(tree, (node) => {
    if (node.type === 'html') {
      const reason = rawHtmlReason(node.value);
      if (reason) error(file, reason, { place: node.position, ruleId: 'raw-html', hint: rawHtmlHint });
    } else if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isAllowedUrl(node.url)) {
      error(file, `Link to \`${node.url}\` is not allowed`, { place: node.position, ruleId: 'unsafe-link', hint: linkHint });
    }
  });
}

export const rawHtmlHint =
  'Write Markdown instead (**bold**, [text](https://…)); the compiler renders all HTML itself, so <script>, <iframe>, event handlers and styles are never accepted.';
export const linkHint = 'Links may go to https: pages, mailto: addresses, or a heading of the policy (`#id`).';

export function isAllowedUrl(url: string): boolean {
  return url.startsWith('#') || /^(https|mailto):/i.test(url);
}

/**
 * What to say about a raw HTML node, naming its tag and any event handler; undefined for a closing
 * tag alone, whose opening tag was already reported.
 */
export function rawHtmlReason(html: string): string | undefined {
  const value = html.trim();
  if (/^<\/[a-z][^>]*>$/i.test(value)) return undefined;
  const tag = /^<([a-z][a-z0-9-]*)/i.exec(value)?.[1]?.toLowerCase();
  const handler = /\s(on[a-z]+)\s*=/i.exec(value)?.[1]?.toLowerCase();
  const what = tag ? `Raw HTML \`<${tag}>\`` : value.startsWith('<!--') ? 'An HTML comment' : 'Raw HTML';
  return `${what}${handler ? ` with event handler \`${handler}\`` : ''} is not allowed in the policy`;
}
