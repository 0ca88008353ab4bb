import type { DirectiveHandler } from './types.ts';
import { labelOf, text } from './types.ts';

/** `:permission{#microphone}`: a device permission. */
export const permission: DirectiveHandler = {
  name: 'permission',
  type: 'textDirective',
  attributes: ['id'],
  render(node, ctx) {
    const record = ctx.lookup('permission', node.attributes?.id ?? undefined, node);
    return record ? [text(ctx.wording(record, labelOf(node), 'permission', node))] : [];
  },
};
