import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { showText } from '../util/characters.ts';

/** Sorted messages of all files: by file, then position. */
export function collectMessages(files: readonly VFile[]): VFileMessage[] {
  const all = files.flatMap((file) => file.messages);
  return all.sort(
    (a, b) =>
      String(a.file).localeCompare(String(b.file)) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.reason.localeCompare(b.reason),
  );
}

/**
 * `path:line:col: error: reason [rule]`, then the hint on its own indented line. Control and
 * invisible characters of user text in it are shown escaped (`<U+001B>`), never raw.
 */
export function formatMessage(message: VFileMessage): string {
  const where = `${message.file}:${message.line ?? 1}:${message.column ?? 1}`;
  const severity = message.fatal === true ? 'error' : 'warning';
  const head = `${where}: ${severity}: ${message.reason} [${message.ruleId}]`;
  return showText(message.note ? `${head}\n  hint: ${message.note}` : head);
}

/** The report printed by `policy check`: every message, then a count. */
export function formatReport(files: readonly VFile[]): string {
  const messages = collectMessages(files);
  const errors = messages.filter((m) => m.fatal === true).length;
  const warnings = messages.length - errors;
  const lines = messages.map(formatMessage);
  lines.push(`${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`);
  return lines.join('\n') + '\n';
}
