import type { DirectiveHandler } from './types.ts';
import { labelOf, text } from './types.ts';

/** `:recipient{#alipay}`, `:recipient[支付宝]{#alipay}`: a recipient of personal information. */
export const recipient: DirectiveHandler = {
  name: 'recipient',
  type: 'textDirective',
  attributes: ['id'],
  render(node, ctx) {
    const record = ctx.lookup('recipient', node.attributes?.id ?? undefined, node);
    return record ? [text(ctx.wording(record, labelOf(node), 'recipient', node))] : [];
  },
};
