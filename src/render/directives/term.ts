import type { Link } from 'mdast';
import type { DirectiveHandler } from './types.ts';
import { text } from './types.ts';

/** `:term{#children}`: a defined term, linked to its definition. */
export const term: DirectiveHandler = {
  name: 'term',
  type: 'textDirective',
  attributes: ['id'],
  render(node, ctx) {
    const record = ctx.lookup('definition', node.attributes?.id ?? undefined, node);
    if (!record) return [];
    const link: Link = { type: 'link', url: `#def-${record.id}`, children: [text(record.term)] };
    return [link];
  },
};
