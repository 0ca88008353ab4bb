import { parseArgs, type ParseArgsConfig } from 'node:util';
import { say, sayKept, type Args, type Locale, type RuleId } from '../report/catalogue/index.ts';

/** Thrown for a command line that cannot be understood; the CLI prints it with usage, exit 2. Worded by a rule of the catalogue. */
export class UsageError extends Error {
  readonly ruleId: RuleId;
  readonly params: unknown;
  constructor(...[rule, ...params]: { [R in RuleId]: [R, ...Args<R>] }[RuleId]) {
    super(sayKept('en', rule, params[0]).message);
    this.ruleId = rule;
    this.params = params[0];
  }
}

/** A usage error's words in `locale`. */
export function usageText(error: UsageError, locale: Locale): string {
  return sayKept(locale, error.ruleId, error.params).message;
}

export function parse<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (cause) {
    throw new UsageError('cli-bad-arguments', { detail: (cause as Error).message });
  }
}

export { say };
