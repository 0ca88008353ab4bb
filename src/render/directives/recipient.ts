import { labelOf, recordDirective, text } from './types.ts';

/** `:recipient{#alipay}`, `:recipient[支付宝]{#alipay}`: a recipient of personal information. */
export const recipient = recordDirective('recipient', 'recipient', (record, node, ctx) => [text(ctx.wording(record, labelOf(node), 'recipient', node))]);
