import type { Root } from 'mdast';
import type { Node, Position } from 'unist';
import type { VFile } from 'vfile';
import { error } from '../report/messages.ts';

/**
 * A definition's text is inline Markdown: one paragraph. Anything else (a second paragraph, a
 * list, a heading) is refused where it starts, never dropped.
 */
export function checkInline(tree: Root, file: VFile, place: (node: Node) => Position | undefined): void {
  const first = tree.children[0];
  const extra = first?.type === 'paragraph' ? tree.children[1] : first;
  if (!extra) return;
  const what = extra.type === 'paragraph' ? 'a second paragraph' : extra.type === 'heading' ? 'a heading' : extra.type === 'list' ? 'a list' : extra.type === 'blockquote' ? 'a block quote' : extra.type === 'code' ? 'a code block' : extra.type === 'thematicBreak' ? 'a horizontal rule' : `a ${extra.type}`;
  error(file, `A definition's text is one paragraph of inline Markdown; this is ${what}`, {
    place: place(extra),
    ruleId: 'not-inline',
    hint: 'Join it into one paragraph, or move the longer explanation into the chapter prose after `::definition{#id}`. A line starting with `-`, `#`, `>` or a number and a dot is read as a list, heading or quote: escape it with `\\`.',
  });
}
