import type { PhrasingContent } from 'mdast';
import { itemWording, joined, recordDirective, text } from './types.ts';

/** `:collected{#purpose}`: the purpose's items, then its permissions, joined by 、. */
export const collected = recordDirective('collected', 'purpose', (purpose, _node, ctx) => {
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
});
