// Placeholders (src/model/placeholder.ts: the gaps `policy init` and `policy import` leave,
// `【待填写：what goes here】`): `policy check` warns at each one, in YAML values and Markdown text
// alike; `policy release` refuses while any remains (src/release/create.ts), so a template or an
// unfinished import is never published.
import type { VFile } from 'vfile';
import { warn } from '../report/messages.ts';
import { placeholderOpening, placeholderPattern } from '../model/placeholder.ts';

export const placeholderRule = 'placeholder' as const;

/** Warns at every placeholder of every source file (not in a YAML comment). */
export function checkPlaceholders(files: readonly VFile[]): void {
  for (const file of files) {
    const text = typeof file.value === 'string' ? file.value : String(file.value ?? '');
    if (!text.includes(placeholderOpening)) continue;
    const yaml = /\.ya?ml$/.test(file.path ?? '');
    let line = 1;
    let lineStart = 0;
    let scanned = 0;
    for (const match of text.matchAll(placeholderPattern)) {
      for (let at = text.indexOf('\n', scanned); at !== -1 && at < match.index; at = text.indexOf('\n', at + 1)) {
        line++;
        lineStart = at + 1;
      }
      scanned = match.index;
      if (yaml && /(^|\s)#/.test(text.slice(lineStart, match.index))) continue;
      const column = match.index - lineStart + 1;
      warn(file, { start: { line, column, offset: match.index }, end: { line, column: column + match[0].length, offset: match.index + match[0].length } }, placeholderRule, { text: match[0], asks: match[1]?.trim() || undefined });
    }
  }
}
