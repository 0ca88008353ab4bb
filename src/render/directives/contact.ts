import type { Link } from 'mdast';
import type { DirectiveHandler } from './types.ts';
import { text } from './types.ts';

const email = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * `:contact{#email}` renders the channel's value (an email becomes a mailto link, an https address
 * a link); `show=name` its name, `show=postcode` and `show=recipient` those of a postal address.
 */
export const contact: DirectiveHandler = {
  name: 'contact',
  type: 'textDirective',
  attributes: ['id', 'show'],
  render(node, ctx) {
    const record = ctx.lookup('contact', node.attributes?.id ?? undefined, node);
    if (!record) return [];
    const show = node.attributes?.show ?? 'value';
    if (show === 'name') return [text(record.name)];
    if (show === 'postcode' || show === 'recipient') {
      const value = record[show];
      if (value === undefined) {
        ctx.error(node, 'absent-fact', { fact: 'contact', id: record.id, show });
        return [];
      }
      return [text(value)];
    }
    if (show !== 'value') {
      ctx.error(node, 'bad-attribute', { case: 'contact-show', show });
    }
    if (/^https:\/\/\S+$/.test(record.value)) return [{ type: 'link', url: record.value, children: [text(record.value)] } satisfies Link];
    if (email.test(record.value)) {
      const link: Link = { type: 'link', url: `mailto:${record.value}`, children: [text(record.value)] };
      return [link];
    }
    return [text(record.value)];
  },
};
