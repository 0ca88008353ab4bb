import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Thrown for a command line that cannot be understood; the CLI prints it with usage, exit 2. */
export class UsageError extends Error {}

export function parse<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (cause) {
    throw new UsageError((cause as Error).message);
  }
}
