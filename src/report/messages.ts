import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Point, Position } from 'unist';

export interface ReportOptions {
  /** Where: a point or a range in the file. */
  place?: Point | Position | undefined;
  /** Stable id of the rule that found the problem, e.g. `unknown-id`. */
  ruleId: string;
  /** How to fix it. */
  hint?: string | undefined;
}

/** Records an error on the file: the run fails, and nothing is written. */
export function error(file: VFile, reason: string, options: ReportOptions): VFileMessage {
  const message = file.message(reason, { place: options.place, ruleId: options.ruleId, source: 'policy' });
  message.fatal = true;
  if (options.hint) message.note = options.hint;
  return message;
}

/** Records a warning: reported, but the run still succeeds. */
export function warn(file: VFile, reason: string, options: ReportOptions): VFileMessage {
  const message = file.message(reason, { place: options.place, ruleId: options.ruleId, source: 'policy' });
  if (options.hint) message.note = options.hint;
  return message;
}

/** True when any file carries an error. */
export function hasErrors(files: readonly VFile[]): boolean {
  return files.some((file) => file.messages.some((message) => message.fatal === true));
}
