// Limits on Markdown, checked on its lines before it is parsed: the parser's work grows with the
// square of the nesting depth and of the emphasis markers in one paragraph, and deep trees exhaust
// the stack of every tool after it.
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { VFile } from 'vfile';
import type { Point, Position } from 'unist';
import { error, said, type Said } from '../report/messages.ts';
import { describeCharacter, forbiddenCharacter } from '../util/characters.ts';
import { characterKind } from './read.ts';
import { memoByText } from '../util/memo.ts';
import { limits } from './limits.ts';

export interface MarkdownLimitProblem {
  /** Offset in the text where the limit is crossed. */
  offset: number;
  /** The problem, for the caller to record there. */
  said: Said<'markdown-too-deep' | 'markdown-too-long' | 'markdown-too-complex'>;
}

const inlineMarkers = new Set(['*', '_', '[', ']']);
/** The characters that can open a Markdown element within a line. */
const markupCharacters = new Set(['*', '_', '[', ']', '`', '<', '&', ':', '\\', '!']);

/** What the chapters of one policy may still hold, shared by all of them. */
export interface MarkdownBudget {
  lines: number;
  markup: number;
}

/**
 * The first limit the text crosses, or undefined. Nesting is estimated from each line's prefix:
 * one level per `>` and list marker, one per two columns of indentation, one per open `:::`
 * container; it is never below the real depth.
 */
export function markdownLimitProblem(text: string, budget?: MarkdownBudget): MarkdownLimitProblem | undefined {
  // The scan of a text alone is kept; the shared budget only adds its counts, unless this text crosses it.
  const alone = scannedAlone(text);
  if (alone.problem || !budget) return alone.problem;
  if (budget.lines + alone.lines <= limits.totalLines && budget.markup + alone.markup <= limits.totalMarkup) {
    budget.lines += alone.lines;
    budget.markup += alone.markup;
    return undefined;
  }
  return scan(text, budget).problem;
}

const scannedAlone = memoByText((text: string) => scan(text), 64);

function scan(text: string, budget?: MarkdownBudget): { problem?: MarkdownLimitProblem; lines: number; markup: number } {
  let containers = 0;
  let markers = 0;
  let lineStart = 0;
  let lines = 0;
  let markup = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let i = lineStart;
    let depth = 0;
    let columns = 0;
    for (;;) {
      const c = text[i];
      if (c === ' ') columns += 1;
      else if (c === '\t') columns += 4 - (columns % 4);
      else if (c === '>') depth += 1;
      else if ((c === '-' || c === '*' || c === '+') && isSpace(text[i + 1], i + 1, lineEnd)) depth += 1;
      else if (c !== undefined && c >= '0' && c <= '9') {
        let j = i;
        while (j < lineEnd && j - i < 10 && text[j]! >= '0' && text[j]! <= '9') j++;
        if ((text[j] === '.' || text[j] === ')') && isSpace(text[j + 1], j + 1, lineEnd)) {
          depth += 1;
          i = j;
        } else break;
      } else break;
      if (depth + Math.floor(columns / 2) + containers > limits.markdownDepth) {
        return { lines, markup, problem: {
          offset: i,
          said: said('markdown-too-deep', { limit: limits.markdownDepth }),
        } };
      }
      i++;
      if (i >= lineEnd) break;
    }
    const rest = text.slice(i, Math.min(lineEnd, i + 64));
    if (/^:{3,}[A-Za-z]/.test(rest)) containers++;
    else if (/^:{3,}\s*$/.test(rest) && containers > 0) containers--;
    if (text.slice(lineStart, lineEnd).trim() === '') markers = 0;
    else {
      lines++;
      if (lines > limits.markdownLines || (budget && ++budget.lines > limits.totalLines)) {
        return { lines, markup, problem: {
          offset: lineStart,
          said: said('markdown-too-long', lines > limits.markdownLines ? { limit: limits.markdownLines, scope: 'text' } : { limit: limits.totalLines, scope: 'policy' }),
        } };
      }
      for (let k = lineStart; k < lineEnd; k++) {
        if (markupCharacters.has(text[k]!) && (++markup > limits.markdownMarkup || (budget && ++budget.markup > limits.totalMarkup))) {
          return { lines, markup, problem: {
            offset: k,
            said: said('markdown-too-complex', markup > limits.markdownMarkup ? { limit: limits.markdownMarkup, scope: 'text' } : { limit: limits.totalMarkup, scope: 'policy' }),
          } };
        }
        if (!inlineMarkers.has(text[k]!)) continue;
        if (++markers > limits.inlineMarkers) {
          return { lines, markup, problem: {
            offset: k,
            said: said('markdown-too-complex', { limit: limits.inlineMarkers, scope: 'paragraph' }),
          } };
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  return { lines, markup };
}

function isSpace(c: string | undefined, at: number, lineEnd: number): boolean {
  return at >= lineEnd || c === ' ' || c === '\t';
}

const reference = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

/**
 * Character references (`&#x202E;`, `&zwj;`) that Markdown would turn into a forbidden character
 * (src/util/characters.ts): the character itself is refused where it stands, so is its reference.
 */
export function forbiddenReferences(text: string): Array<{ offset: number; code: number; written: string }> {
  const found: Array<{ offset: number; code: number; written: string }> = [];
  if (!text.includes('&')) return found;
  reference.lastIndex = 0;
  for (let match = reference.exec(text); match; match = reference.exec(text)) {
    const [written, hex, decimal, name] = match;
    const decoded = hex !== undefined ? String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff)) : decimal !== undefined ? String.fromCodePoint(Math.min(Number(decimal), 0x10ffff)) : decodeNamedCharacterReference(name!);
    const code = typeof decoded === 'string' && decoded !== '' ? decoded.codePointAt(0)! : undefined;
    if (code !== undefined && code !== 0 && forbiddenCharacter(code)) found.push({ offset: match.index, code, written });
  }
  return found;
}

/** Reports each forbidden character reference of Markdown `text` (the first few), placed by `place`. */
export function reportForbiddenReferences(file: VFile, text: string, place: (offset: number, end: number) => Position | Point | undefined): void {
  for (const { offset, code, written } of forbiddenReferences(text).slice(0, limits.repeatedMessages)) {
    error(file, place(offset, offset + written.length), 'forbidden-character', { form: 'reference', written, character: describeCharacter(code), kind: characterKind(code) });
  }
}
