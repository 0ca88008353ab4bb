// Every HTML string of the diff (change lines, redlines) is serialized from a hast tree, by the
// compiler's own serializer: no markup is concatenated and no text is escaped by hand.
import type { ElementContent } from 'hast';
import { toHtml } from '../render/markdown.ts';

export function htmlOf(nodes: ElementContent | ElementContent[]): string {
  return toHtml({ type: 'root', children: Array.isArray(nodes) ? nodes : [nodes] });
}
