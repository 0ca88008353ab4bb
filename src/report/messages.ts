import type { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import type { Point, Position } from 'unist';

export interface ReportOptions {
  /** Where: a point or a range in the file. */
  place?: Point | Position | undefined;
  /** Stable id of the rule that found the problem, e.g. `unknown-id`. */
  ruleId: string;
  /** How to fix it. */
  hint?: string | undefined;
}

/**
 * The most messages one file carries: past them, one last message counts the rest (an error if
 * any of them is). A source pasted full of one mistake must not print a million lines.
 */
export const messagesPerFile = 200;

const omitted = new WeakMap<VFile, { count: number; fatal: boolean }>();

function record(file: VFile, reason: string, options: ReportOptions, fatal: boolean): VFileMessage {
  const message = file.messages.length < messagesPerFile
    ? file.message(reason, { place: options.place, ruleId: options.ruleId, source: 'policy' })
    : new VFileMessage(reason, { place: options.place, ruleId: options.ruleId, source: 'policy' });
  if (fatal) message.fatal = true;
  if (options.hint) message.note = options.hint;
  if (file.messages.includes(message)) return message;
  // Full: the last place holds a count of the messages that did not fit (the one it displaced too).
  const last = file.messages[messagesPerFile - 1]!;
  const before = omitted.get(file) ?? { count: 1, fatal: last.fatal === true };
  const now = { count: before.count + 1, fatal: before.fatal || fatal };
  omitted.set(file, now);
  const summary = new VFileMessage(`…and ${now.count} more problems in this file, not shown`, { place: { line: last.line ?? 1, column: last.column ?? 1 }, ruleId: 'too-many-messages', source: 'policy' });
  summary.file = last.file;
  summary.fatal = now.fatal ? true : false;
  summary.note = 'Fix the ones above, then run again to see the rest.';
  file.messages[messagesPerFile - 1] = summary;
  return message;
}

/** Records an error on the file: the run fails, and nothing is written. */
export function error(file: VFile, reason: string, options: ReportOptions): VFileMessage {
  return record(file, reason, options, true);
}

/** Records a warning: reported, but the run still succeeds. */
export function warn(file: VFile, reason: string, options: ReportOptions): VFileMessage {
  return record(file, reason, options, false);
}

/** True when any file carries an error. */
export function hasErrors(files: readonly VFile[]): boolean {
  return files.some((file) => file.messages.some((message) => message.fatal === true));
}
