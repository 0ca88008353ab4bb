import type { Link } from 'mdast';
import type { DirectiveHandler } from './types.ts';
import { text } from './types.ts';

const email = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** `:contact{#email}` renders the channel's value (an email becomes a mailto link); `show=name` its name. */
export const contact: DirectiveHandler = {
  name: 'contact',
  type: 'textDirective',
  attributes: ['id', 'show'],
  render(node, ctx) {
    const record = ctx.lookup('contact', node.attributes?.id ?? undefined, node);
    if (!record) return [];
    const show = node.attributes?.show ?? 'value';
    if (show === 'name') return [text(record.name)];
    if (show !== 'value') {
      ctx.error(`Unknown \`show=${show}\` on :contact`, node, 'bad-attribute', 'Use `show=name` for the channel\'s name; leave it out for its value.');
    }
    if (email.test(record.value)) {
      const link: Link = { type: 'link', url: `mailto:${record.value}`, children: [text(record.value)] };
      return [link];
    }
    return [text(record.value)];
  },
};
