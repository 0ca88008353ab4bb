// Emphasis that still renders literally. The parser reads `**` next to Chinese punctuation as
// editors expect (remark-cjk-friendly), but a run that opens nothing and closes nothing (an
// unpaired `**`, a `*` left over, `__` between Han characters) stays as asterisks or underscores
// in the published text: bold is the policy's prominence mark (PIPL Art. 17: 显著方式), so a
// missed one is reported where it stands.
import type { Root, Text } from 'mdast';
import type { Node, Point, Position } from 'unist';
import type { VFile } from 'vfile';
import { walk } from '../util/walk.ts';
import { warn } from '../report/messages.ts';

/** A run of `*` or `_` that renders as itself: offsets into the source. */
export interface LiteralRun {
  start: number;
  end: number;
  run: string;
}

const asciiWord = /[A-Za-z0-9]/;

/**
 * The `*`/`_` runs of the parsed text that the parser left as text. Read from the source of each
 * text node, so an escaped `\*` (written to be literal) and a character reference are not counted;
 * `_` inside an ASCII word (`READ_EXTERNAL_STORAGE`, `user_id`) is a name, not emphasis.
 */
export function literalEmphasis(tree: Root, source: string): LiteralRun[] {
  const runs: LiteralRun[] = [];
  walk<Text>(tree, 'text', (node) => {
    const from = node.position?.start.offset;
    const to = node.position?.end.offset;
    if (from === undefined || to === undefined) return;
    const text = source.slice(from, to);
    for (const match of text.matchAll(/\\[\s\S]|\*+|_+/g)) {
      const run = match[0];
      if (run.startsWith('\\')) continue;
      const at = match.index;
      if (run[0] === '_' && asciiWord.test(text[at - 1] ?? '') && asciiWord.test(text[at + run.length] ?? '')) continue;
      runs.push({ start: from + at, end: from + at + run.length, run });
    }
  });
  return runs;
}

/** The line and column of an offset of `source` (1-based, in UTF-16 code units as unist counts). */
export function pointAt(source: string, offset: number): Point {
  let line = 1;
  let lineStart = 0;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1, offset };
}

/**
 * Warns at every literal emphasis run of a parsed Markdown text. `place` maps a range of the text
 * to a place in `file` (a definition's text sits inside definitions.yaml); by default the text is the file.
 */
export function checkLiteralEmphasis(tree: Root, source: string, file: VFile, place: (node: Node) => Position | undefined = (node) => node.position): void {
  for (const { start, end, run } of literalEmphasis(tree, source)) {
    const position = { start: pointAt(source, start), end: pointAt(source, end) };
    warn(file, place({ type: 'text', position } as Node), 'literal-emphasis', { run });
  }
}
