import type { Paragraph, PhrasingContent } from 'mdast';
import { recordDirective, text } from './types.ts';
import { cloneTree } from '../../util/clone-tree.ts';

/** `::definition{#id}`: a paragraph `[number] <dfn>term</dfn>：definition[（note）]` from definitions.yaml. */
export const definition = recordDirective(
  'definition',
  'definition',
  (record, node, ctx) => {
    ctx.placeBlock('definition', record.id, node);
    for (const key of ctx.view.definitionMentions.get(`def-${record.id}`) ?? []) ctx.mention(key);
    const body = ctx.view.definitionBodies.get(record.id) ?? [text(record.text)];
    const dfn: PhrasingContent = { type: 'emphasis', children: [text(record.term)], data: { hName: 'dfn' } };
    const paragraph: Paragraph = {
      type: 'paragraph',
      children: [
        ...(record.number ? [text(/[\x21-\x7e]$/.test(record.number) ? `${record.number} ` : record.number)] : []),
        dfn,
        text('：'),
        ...cloneTree(body),
        ...(record.note ? [text(`（${record.note}）`)] : []),
      ],
      data: { hProperties: { id: `def-${record.id}` } },
    };
    return [paragraph];
  },
  { type: 'leafDirective' },
);
