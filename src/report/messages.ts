import type { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import type { Point, Position } from 'unist';
import { say, sayKept, isRuleId, type Args, type Locale, type RuleId, type Text } from './catalogue/index.ts';

/** Where: a point or a range in the file. */
export type Place = Point | Position | undefined;

/**
 * A source problem as vfile carries it: `reason` and `note` (the hint) are the English words, so a
 * library user sees English; `ruleId` and `params` say which entry of the catalogue it is, so the
 * CLI can show it in another language (`wordsOf`).
 */
export interface PolicyMessage extends VFileMessage {
  params?: unknown;
}

/**
 * The most messages one file carries: past them, one last message counts the rest (an error if
 * any of them is). A source pasted full of one mistake must not print a million lines.
 */
export const messagesPerFile = 200;

const omitted = new WeakMap<VFile, { count: number; fatal: boolean }>();

function create(file: VFile | undefined, place: Place, rule: RuleId, params: unknown, fatal: boolean): PolicyMessage {
  const text = sayKept('en', rule, params);
  const options = { place, ruleId: rule, source: 'policy' };
  const message: PolicyMessage = file ? file.message(text.message, options) : new VFileMessage(text.message, options);
  message.fatal = fatal;
  if (text.hint) message.note = text.hint;
  if (params !== undefined) message.params = params;
  return message;
}

function record(file: VFile, place: Place, rule: RuleId, params: unknown, fatal: boolean): VFileMessage {
  const message = create(file.messages.length < messagesPerFile ? file : undefined, place, rule, params, fatal);
  if (file.messages.includes(message)) return message;
  // Full: the last place holds a count of the messages that did not fit (the one it displaced too).
  const last = file.messages[messagesPerFile - 1]!;
  const before = omitted.get(file) ?? { count: 1, fatal: last.fatal === true };
  const now = { count: before.count + 1, fatal: before.fatal || fatal };
  omitted.set(file, now);
  const summary = create(undefined, { line: last.line ?? 1, column: last.column ?? 1 }, 'too-many-messages', { count: now.count }, now.fatal);
  summary.file = last.file;
  file.messages[messagesPerFile - 1] = summary;
  return message;
}

/** Records an error on the file, worded by rule `rule` of the catalogue: the run fails, and nothing is written. */
export function error<R extends RuleId>(file: VFile, place: Place, rule: R, ...params: Args<R>): VFileMessage {
  return record(file, place, rule, params[0], true);
}

/** Records a warning, worded by rule `rule`: reported, but the run still succeeds. */
export function warn<R extends RuleId>(file: VFile, place: Place, rule: R, ...params: Args<R>): VFileMessage {
  return record(file, place, rule, params[0], false);
}

/** A problem found by a helper, to be recorded by its caller at a place it knows: a rule and its parameters. */
export type Said<R extends RuleId = RuleId> = { [K in R]: { rule: K; params: Args<K> } }[R];

/** Packs a rule and its parameters (`Said`) for a caller to record. */
export function said<R extends RuleId>(rule: R, ...params: Args<R>): Said<R> {
  return { rule, params } as unknown as Said<R>;
}

/** Records a `Said` problem as an error. */
export function errorSaid(file: VFile, place: Place, problem: Said): VFileMessage {
  return record(file, place, problem.rule, problem.params[0], true);
}

/** Gives a message new parameters of its own rule (a warning turned into an error says so): its English words follow. */
export function reword(message: VFileMessage, params: unknown): void {
  if (!isRuleId(message.ruleId)) return;
  const text = sayKept('en', message.ruleId, params);
  message.reason = text.message;
  message.message = text.message;
  message.note = text.hint;
  (message as PolicyMessage).params = params;
}

/** The words of a message in `locale`: from the catalogue when its rule is one of ours, else as it was made. */
export function wordsOf(message: VFileMessage, locale: Locale): Text {
  if (locale === 'en' || !isRuleId(message.ruleId)) return { message: message.reason, hint: message.note };
  return sayKept(locale, message.ruleId, (message as PolicyMessage).params);
}

/** True when any file carries an error. */
export function hasErrors(files: readonly VFile[]): boolean {
  return files.some((file) => file.messages.some((message) => message.fatal === true));
}

export { say };
