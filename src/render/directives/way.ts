import type { DirectiveHandler } from './types.ts';
import { text } from './types.ts';

/** `:way{#change-phone}`: a way to exercise a right, as the policy writes it. */
export const way: DirectiveHandler = {
  name: 'way',
  type: 'textDirective',
  attributes: ['id'],
  render(node, ctx) {
    const record = ctx.lookup('way', node.attributes?.id ?? undefined, node);
    return record ? [text(record.text)] : [];
  },
};
