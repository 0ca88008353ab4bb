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
  const named = ['paragraph', 'heading', 'list', 'blockquote', 'code', 'thematicBreak'] as const;
  const what = named.find((type) => type === extra.type) ?? { other: extra.type };
  error(file, place(extra), 'not-inline', { what });
}
