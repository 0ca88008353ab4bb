import type { DirectiveHandler } from './types.ts';
import { text } from './types.ts';
import { durationText, responseTimeOf, type Duration } from '../../model/facts.ts';

/**
 * `:response-time`: within how long requests are answered (policy.yaml `responseTime`, with its
 * unit: 15天, 15个工作日); `:response-time{#rights-cancel}`: that right's own, else the policy's.
 */
export const responseTime: DirectiveHandler = {
  name: 'response-time',
  type: 'textDirective',
  attributes: ['id'],
  render(node, ctx) {
    const id = node.attributes?.id ?? undefined;
    const right = id === undefined ? undefined : ctx.lookup('right', id, node);
    if (id !== undefined && !right) return [];
    const own = right?.responseTime as Duration | undefined;
    const policy = responseTimeOf(ctx.data.policy);
    if (own) ctx.mention(`right:${right!.id}`);
    else ctx.mention(ctx.data.policy.responseDays !== undefined ? 'field:responseDays' : 'field:responseTime');
    const shown = own ?? policy;
    if (!shown) {
      ctx.error(node, 'absent-fact', { fact: 'response-time', right: right?.id });
      return [];
    }
    return [text(durationText(shown))];
  },
};
