import type { PolicySource } from '../../model/index.ts';
import { hanziNumber } from '../format.ts';
import { durationText, responseTimeOf, retentionOf, venueOf } from '../../model/facts.ts';
import { didYouMean } from '../../resolve/suggest.ts';
import type { DirectiveHandler } from './types.ts';
import { text } from './types.ts';

/** The values of policy.yaml the prose may show, by path; undefined when the policy does not state it. */
export const policyFields: Record<string, (policy: PolicySource) => string | number | undefined> = {
  product: (p) => p.product,
  title: (p) => p.title,
  'controller.role': (p) => p.controller.role,
  'controller.name': (p) => p.controller.name,
  'controller.address': (p) => p.controller.address,
  responseDays: (p) => p.responseDays,
  responseTime: (p) => optional(responseTimeOf(p), durationText),
  disputeVenue: (p) => venueOf(p)?.name,
  minimumAge: (p) => p.minimumAge,
  childAge: (p) => p.childAge,
  'storage.location': (p) => p.storage.location,
  'retention.minimumMonths': (p) => p.retention?.minimumMonths,
  'retention.afterCancellationMonths': (p) => p.retention?.afterCancellationMonths,
  'retention.minimum': (p) => optional(retentionOf(p).minimum, durationText),
  'retention.afterCancellation': (p) => optional(retentionOf(p).afterCancellation, durationText),
  'retention.until': (p) => p.retention?.until,
};

/** Where in policy.yaml each path is written, for the hint on an absent one. */
const written: Record<string, string> = {
  responseTime: '`responseTime: { value: 15, unit: 工作日 }`',
  responseDays: '`responseDays: 15`',
  'retention.minimum': '`retention: { minimum: { value: 3, unit: 年 } }`',
  'retention.afterCancellation': '`retention: { afterCancellation: { value: 15, unit: 天 } }`',
  'retention.until': '`retention: { until: 直至您注销账户 }`',
};

function optional<T>(value: T | undefined, show: (value: T) => string): string | undefined {
  return value === undefined ? undefined : show(value);
}

/**
 * `:policy{#controller.name}`: a value of policy.yaml; `numerals=hanzi` writes a number in Chinese.
 * Directive attributes read `#a.b` as id `a` and class `b`, so the path is put back together here.
 */
export const policyField: DirectiveHandler = {
  name: 'policy',
  type: 'textDirective',
  attributes: ['id', 'class', 'numerals'],
  render(node, ctx) {
    const attributes = node.attributes ?? {};
    const path = [attributes.id, ...(attributes.class ?? '').split(/\s+/)].filter(Boolean).join('.');
    const field = policyFields[path];
    if (!field) {
      const known = Object.keys(policyFields);
      ctx.error(`Unknown policy field \`${path || '(none)'}\``, node, 'unknown-policy-field', `${didYouMean(path, known)}Fields: ${known.join(', ')}.`);
      return [];
    }
    ctx.mention(`field:${path}`);
    const value = field(ctx.data.policy);
    if (value === undefined) {
      const shape = written[path] ?? `\`${path.split('.').at(-1)}:\` under \`${path.split('.').slice(0, -1).join('.') || 'the top level'}\``;
      ctx.error(`\`${path}\` is not stated in policy.yaml, so there is nothing to show here`, node, 'absent-fact', `State it in policy.yaml (${shape}), or take the reference out of the sentence: the policy shows no value it does not state.`);
      return [];
    }
    const numerals = attributes.numerals;
    if (numerals === undefined) return [text(String(value))];
    if (numerals !== 'hanzi') {
      ctx.error(`Unknown \`numerals=${numerals}\``, node, 'bad-attribute', 'The only choice is `numerals=hanzi`; leave it out for Arabic digits.');
      return [text(String(value))];
    }
    const hanzi = typeof value === 'number' ? hanziNumber(value) : undefined;
    if (hanzi === undefined) {
      ctx.error(`\`${path}\` (${value}) cannot be written in Chinese numerals`, node, 'bad-attribute', 'numerals=hanzi takes whole numbers from 0 to 99.');
      return [text(String(value))];
    }
    return [text(hanzi)];
  },
};
