import type { DirectiveHandler } from './types.ts';
import { itemWording, labelOf } from './types.ts';

/** `:item{#phone}`, `:item[手机号码]{#phone}`: a data item, bold when sensitive. */
export const item: DirectiveHandler = {
  name: 'item',
  type: 'textDirective',
  attributes: ['id'],
  render(node, ctx) {
    const record = ctx.lookup('item', node.attributes?.id ?? undefined, node);
    if (!record) return [];
    return [itemWording(ctx.wording(record, labelOf(node), 'item', node), record.sensitive === true)];
  },
};
