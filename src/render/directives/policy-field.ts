import type { PolicySource } from '../../model/index.ts';
import { hanziNumber } from '../format.ts';
import { durationText, responseTimeOf, retentionOf, venueOf } from '../../model/facts.ts';
import { closest } from '../../resolve/suggest.ts';
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
      ctx.error(node, 'unknown-policy-field', { path, guess: closest(path, known), known });
      return [];
    }
    ctx.mention(`field:${path}`);
    const value = field(ctx.data.policy);
    if (value === undefined) {
      ctx.error(node, 'absent-fact', { fact: 'policy-field', path, written: written[path], key: path.split('.').at(-1)!, under: path.split('.').slice(0, -1).join('.') });
      return [];
    }
    const numerals = attributes.numerals;
    if (numerals === undefined) return [text(String(value))];
    if (numerals !== 'hanzi') {
      ctx.error(node, 'bad-attribute', { case: 'numerals', numerals: String(numerals) });
      return [text(String(value))];
    }
    const hanzi = typeof value === 'number' ? hanziNumber(value) : undefined;
    if (hanzi === undefined) {
      ctx.error(node, 'bad-attribute', { case: 'not-hanzi', path, value: String(value) });
      return [text(String(value))];
    }
    return [text(hanzi)];
  },
};
