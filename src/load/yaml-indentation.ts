// A YAML file that does not parse because one line is indented a space or two off: the parser
// reports the consequence (often on the line above, as a quoting problem); this finds the line
// itself, by trying to re-indent each line near the first error alone until the error goes away.
import { parseDocument } from 'yaml';

export interface IndentationFix {
  /** 1-based line whose indentation is off. */
  line: number;
  /** Its indentation, and the one that makes the file parse. */
  actual: number;
  expected: number;
  /** The key or item on the line, and a line of its block it then lines up with, when there is one. */
  text: string;
  sibling?: { line: number; text: string; /** `key`: the key after this line's `- ` lines up with it. */ by: 'line' | 'key' };
}

/** Tried in this order: a space too many first (the usual slip), then too few, then two. */
const deltas = [-1, 1, -2, 2];
/** Lines around the first error that may hold the mistake: it is at or above it, or just below. */
const above = 25;
const below = 2;
/** At most this many bytes are parsed in the search, and only in a file of a policy's size, so it stays fast on any input. */
const budgetBytes = 1_000_000;
const largestFile = 128 * 1024;
/**
 * One line a space or two off gives a few errors; a text with more is broken in more ways than
 * one re-indented line can explain (a paste repeated hundreds of times), and is not searched:
 * each try would parse all of it again.
 */
const mostErrors = 20;

const indentOf = (line: string) => /^ */.exec(line)![0].length;
const isContent = (line: string) => line.trim() !== '' && !line.trimStart().startsWith('#') && !line.startsWith('\t');

/** The first error's line and how many errors there are, or undefined when the text parses. */
function firstError(text: string): { line: number; count: number } | undefined {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length === 0) return undefined;
  return { line: Math.min(...doc.errors.map((e) => e.linePos?.[0].line ?? Infinity)), count: doc.errors.length };
}

/** What a line says, for a message: its key (`name:`) or the start of its item. */
function label(line: string): string {
  const content = line.trim().replace(/^- /, '');
  const key = /^([^:#]+?):(\s|$)/.exec(content)?.[1];
  return key ? `${key}:` : content.slice(0, 20);
}

const keyColumnOf = (line: string) => (line.slice(indentOf(line)).startsWith('- ') ? indentOf(line) + 2 : indentOf(line));

/** The nearest line of the same block, above then below, that starts (or has its key) in `column`. */
function lineAt(lines: readonly string[], index: number, column: number, step: -1 | 1): { line: number; text: string } | undefined {
  for (let i = index + step; i >= 0 && i < lines.length; i += step) {
    const line = lines[i]!;
    if (!isContent(line)) continue;
    if (indentOf(line) === column || keyColumnOf(line) === column) return { line: i + 1, text: label(line) };
    if (indentOf(line) < column && keyColumnOf(line) < column) return undefined;
  }
  return undefined;
}

/** A line the re-indented line then lines up with: a sibling, or for `- key:` what its key lines up with. */
function siblingOf(lines: readonly string[], index: number, column: number): IndentationFix['sibling'] {
  const same = lineAt(lines, index, column, -1) ?? lineAt(lines, index, column, 1);
  if (same) return { ...same, by: 'line' };
  if (!lines[index]!.trimStart().startsWith('- ')) return undefined;
  const key = lineAt(lines, index, column + 2, 1);
  return key && { ...key, by: 'key' };
}

/**
 * The lines whose indentation is off, one per error it explains, and the text with them
 * re-indented (its remaining errors are others). Empty when no single re-indented line helps.
 */
export function findIndentationFixes(text: string): { fixes: IndentationFix[]; repaired: string } {
  const fixes: IndentationFix[] = [];
  let current = text;
  let budget = budgetBytes;
  if (text.length > largestFile) return { fixes, repaired: text };
  for (let round = 0; round < 5; round++) {
    budget -= current.length;
    const first = firstError(current);
    if (first === undefined || !Number.isFinite(first.line) || first.count > mostErrors) break;
    const errorLine = first.line;
    const lines = current.split('\n');
    const candidates: number[] = [];
    for (let distance = 0; distance <= above; distance++) {
      for (const index of distance === 0 ? [errorLine - 1] : [errorLine - 1 - distance, ...(distance <= below ? [errorLine - 1 + distance] : [])]) {
        if (index >= 0 && index < lines.length && isContent(lines[index]!)) candidates.push(index);
      }
    }
    let found: { index: number; indent: number; repaired: string } | undefined;
    search: for (const delta of deltas) {
      for (const index of candidates) {
        const indent = indentOf(lines[index]!) + delta;
        if (indent < 0) continue;
        budget -= current.length;
        if (budget < 0) break search;
        const changed = [...lines];
        changed[index] = ' '.repeat(indent) + lines[index]!.trimStart();
        const repaired = changed.join('\n');
        const next = firstError(repaired)?.line;
        // Fixed: no error left, or the first error is now past this one and past the changed line.
        if (next === undefined || next > Math.max(errorLine, index + 1) + below) {
          found = { index, indent, repaired };
          break search;
        }
      }
    }
    if (!found) break;
    const line = lines[found.index]!;
    const sibling = siblingOf(lines, found.index, found.indent);
    fixes.push({ line: found.index + 1, actual: indentOf(line), expected: found.indent, text: label(line), ...(sibling ? { sibling } : {}) });
    current = found.repaired;
  }
  return { fixes, repaired: current };
}
