import { itemWording, labelOf, recordDirective } from './types.ts';

/** `:item{#phone}`, `:item[手机号码]{#phone}`: a data item, bold when sensitive. */
export const item = recordDirective('item', 'item', (record, node, ctx) => [itemWording(ctx.wording(record, labelOf(node), 'item', node), record.sensitive === true)]);
