import type { Paragraph } from 'mdast';
import type { DirectiveHandler } from './types.ts';
import { itemWording, text } from './types.ts';

/**
 * `::field-definitions{items="device-mac unique-device-id"}`: one paragraph `名称：定义` per item,
 * in the order given; `id:wording` shows another of the item's wordings.
 */
export const fieldDefinitions: DirectiveHandler = {
  name: 'field-definitions',
  type: 'leafDirective',
  attributes: ['items'],
  render(node, ctx) {
    const list = (node.attributes?.items ?? '').split(/\s+/).filter(Boolean);
    if (list.length === 0) {
      ctx.error(node, 'missing-id', { directive: 'field-definitions' });
      return [];
    }
    const paragraphs: Paragraph[] = [];
    for (const entry of list) {
      const [id, wanted] = entry.split(':');
      const record = ctx.lookup('item', id, node);
      if (!record) continue;
      if (!record.definition) {
        ctx.error(node, 'missing-definition', { id: record.id });
        continue;
      }
      ctx.placeBlock('field-definitions', record.id, node);
      const name = ctx.wording(record, wanted, 'item', node);
      paragraphs.push({ type: 'paragraph', children: [itemWording(name, record.sensitive === true), text(`：${record.definition}`)] });
    }
    return paragraphs;
  },
};
