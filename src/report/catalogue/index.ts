// The one key set of every message PolicyPress shows: source problems, refusals, the CLI's usage
// and summaries, the review's framing. `en` is the reference; `zh-CN` is typed to have exactly its
// keys and parameters (./zh-CN/index.ts). A message or refusal keeps its rule id and parameters;
// only the CLI, where text is shown, picks the language (src/cli/locale.ts).
import { en } from './en/index.ts';
import { zhCN } from './zh-CN/index.ts';
import type { Text, Translation } from './types.ts';

export type { Text };
export type Catalogue = typeof en;
export type RuleId = keyof Catalogue;
export type ParamsOf<R extends RuleId> = Parameters<Catalogue[R]>[0];
/** The parameters of a rule as trailing arguments: none for a rule without parameters. */
export type Args<R extends RuleId> = ParamsOf<R> extends undefined ? [] : [ParamsOf<R>];

export const locales = ['en', 'zh-CN'] as const;
export type Locale = (typeof locales)[number];

export const catalogues: { readonly [L in Locale]: Translation<Catalogue> } = { en, 'zh-CN': zhCN };

/** True when `id` is a key of the catalogues. */
export function isRuleId(id: unknown): id is RuleId {
  return typeof id === 'string' && Object.hasOwn(en, id);
}

/** The words of rule `rule` with its parameters, in `locale`. */
export function say<R extends RuleId>(locale: Locale, rule: R, ...params: Args<R>): Text {
  return (catalogues[locale][rule] as (p: unknown) => Text)(params[0]);
}

/** Like `say`, for parameters kept as data (a message's or refusal's own). */
export function sayKept(locale: Locale, rule: RuleId, params: unknown): Text {
  return (catalogues[locale][rule] as (p: unknown) => Text)(params);
}
