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
    return parseArgs({ args: withDashValues(argv, options), allowPositionals, options, strict: true });
  } catch (cause) {
    throw new UsageError('cli-bad-arguments', { detail: (cause as Error).message });
  }
}

/**
 * `--key -Xo9…`: a value may start with a dash (a base64url public key does one time in 64, a
 * negative number always), which parseArgs takes for an option and refuses. A string option's next
 * argument is its value unless it is one of the command's own options (or `--`): then it is passed
 * as `--key=-Xo9…`, which parseArgs reads as the value. `--key --versions x` stays an error.
 */
function withDashValues(argv: readonly string[], options: NonNullable<ParseArgsConfig['options']>): string[] {
  const isOption = (arg: string) =>
    arg === '--' || (arg.startsWith('--') ? arg.slice(2).split('=')[0]! in options : Object.values(options).some((o) => o.short !== undefined && arg.startsWith(`-${o.short}`)));
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    const name = arg.startsWith('--') && !arg.includes('=') ? arg.slice(2) : undefined;
    if (name !== undefined && options[name]?.type === 'string' && next !== undefined && next.startsWith('-') && !isOption(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

export { say };
