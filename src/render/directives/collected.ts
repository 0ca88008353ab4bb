import type { PhrasingContent } from 'mdast';
import type { DirectiveHandler } from './types.ts';
import { itemWording, joined, text } from './types.ts';

/** `:collected{#purpose}`: the purpose's items, then its permissions, joined by 、. */
export const collected: DirectiveHandler = {
  name: 'collected',
  type: 'textDirective',
  attributes: ['id'],
  render(node, ctx) {
    const purpose = ctx.lookup('purpose', node.attributes?.id ?? undefined, node);
    if (!purpose) return [];
    ctx.usage.collectedInPlace.add(purpose.id);
    const parts: PhrasingContent[] = [];
    for (const ref of purpose.items) {
      const id = typeof ref === 'string' ? ref : ref.id;
      const record = ctx.index.item.get(id);
      if (!record) continue; // reported by validate/references.ts
      ctx.use('item', id);
      parts.push(itemWording(typeof ref === 'string' || !ref.as ? record.name : ref.as, record.sensitive === true));
    }
    for (const id of purpose.permissions ?? []) {
      const record = ctx.index.permission.get(id);
      if (!record) continue;
      ctx.use('permission', id);
      parts.push(text(record.name));
    }
    return joined(parts, '、');
  },
};
