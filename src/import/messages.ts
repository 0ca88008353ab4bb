// The messages of `policy import`, keyed by rule id in the one catalogue
// (src/report/catalogue/{en,zh-CN}/import.ts): errors and warnings at a place of the input, and
// refusals that are not about a place (the output folder, a missing date).
import type { VFile } from 'vfile';
import { error, warn, type Place } from '../report/messages.ts';
import { problem, Refusal } from '../report/refusal.ts';
import { say as sayIn, type Args, type Text } from '../report/catalogue/index.ts';
import { importing as importingWords } from '../report/catalogue/en/import.ts';

export type ImportRule = keyof typeof importingWords;

/** The English words of a message (the CLI's summary shows them in its language: `sayIn`). */
export function say<R extends ImportRule>(rule: R, ...params: Args<R>): Text {
  return sayIn('en', rule, ...params);
}

/** An error about the input, at its place: the import writes nothing. */
export function inputError<R extends ImportRule>(file: VFile, place: Place, rule: R, ...params: Args<R>): void {
  error(file, place, rule, ...params);
}

/** A warning about the input, at its place: what did not fit, or was guessed. */
export function inputWarning<R extends ImportRule>(file: VFile, place: Place, rule: R, ...params: Args<R>): void {
  warn(file, place, rule, ...params);
}

/** A refusal that is not about a place in the input (the output folder, a missing date); printed with its rule id. */
export class ImportError extends Refusal {
  declare readonly ruleId: ImportRule;
  override readonly tagged = true;
  constructor(...[rule, ...params]: { [R in ImportRule]: [R, ...Args<R>] }[ImportRule]) {
    super(problem(rule, ...(params as [never])));
    this.name = 'ImportError';
  }
}

export function refuse<R extends ImportRule>(rule: R, ...params: Args<R>): ImportError {
  return new ImportError(...([rule, ...params] as unknown as ConstructorParameters<typeof ImportError>));
}

/** Every rule id of `policy import`'s messages. */
export const importRules = Object.keys(importingWords) as ImportRule[];
