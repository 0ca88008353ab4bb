import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { showText } from '../util/characters.ts';
import { say, type Locale } from './catalogue/index.ts';
import { wordsOf } from './messages.ts';

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

/** `  hint: …` (`  提示：…`) on its own line, or nothing. */
export function hintLine(hint: string | undefined, locale: Locale): string {
  return hint ? `\n  ${say(locale, 'cli-hint', { hint }).message}` : '';
}

/**
 * `path:line:col: error: reason [rule]`, then the hint on its own indented line, in `locale`. The
 * words `error`/`warning` and the bracketed rule id are the same in every language (problem
 * matchers read them). Control and invisible characters of user text in it are shown escaped
 * (`<U+001B>`), never raw.
 */
export function formatMessageIn(message: VFileMessage, locale: Locale): string {
  const where = `${message.file}:${message.line ?? 1}:${message.column ?? 1}`;
  const severity = message.fatal === true ? 'error' : 'warning';
  const words = wordsOf(message, locale);
  return showText(`${where}: ${severity}: ${words.message} [${message.ruleId}]${hintLine(words.hint, locale)}`);
}

/** `formatMessageIn` in English. */
export function formatMessage(message: VFileMessage): string {
  return formatMessageIn(message, 'en');
}

/** The report printed by `policy check`: every message, then a count. */
export function formatReport(files: readonly VFile[], locale: Locale = 'en'): string {
  const messages = collectMessages(files);
  const errors = messages.filter((m) => m.fatal === true).length;
  const warnings = messages.length - errors;
  const lines = messages.map((m) => formatMessageIn(m, locale));
  lines.push(say(locale, 'cli-report-count', { errors, warnings }).message);
  return lines.join('\n') + '\n';
}
