import type { DirectiveHandler } from './types.ts';
import { text } from './types.ts';

/** `:sdk{#wechat-sdk}`: an SDK's name. */
export const sdk: DirectiveHandler = {
  name: 'sdk',
  type: 'textDirective',
  attributes: ['id'],
  render(node, ctx) {
    const record = ctx.lookup('sdk', node.attributes?.id ?? undefined, node);
    return record ? [text(record.name)] : [];
  },
};
