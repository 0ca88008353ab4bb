import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { VFile } from 'vfile';
import type { Position } from 'unist';
import { error } from '../report/messages.ts';
import { memoByText } from '../util/memo.ts';
import { findIndentationFixes, type IndentationFix } from './yaml-indentation.ts';
import { checkYamlData, scanYaml } from './yaml-limits.ts';

export type YamlPath = ReadonlyArray<string | number>;

/**
 * A parsed YAML file that can say where any value of it stands: its data and its position-keeping
 * Document come from one parse (the `yaml` package, YAML 1.2 core schema), so what the compiler
 * reads and what a message points at can never disagree.
 */
export class YamlSource {
  readonly file: VFile;
  readonly data: unknown;
  #doc?: Document;
  #lines?: LineCounter;

  constructor(file: VFile, data: unknown, doc?: Document, lines?: LineCounter) {
    this.file = file;
    this.data = data;
    this.#doc = doc;
    this.#lines = lines;
  }

  get doc(): Document {
    if (!this.#doc) this.#parse();
    return this.#doc!;
  }

  get lines(): LineCounter {
    if (!this.#lines) this.#parse();
    return this.#lines!;
  }

  #parse(): void {
    ({ doc: this.#doc, lines: this.#lines } = yamlDocument(String(this.file.value)));
  }
}

/**
 * The one YAML reading of the project: a Document with positions, YAML 1.2 core schema (`1_5`,
 * `0b101`, `yes` and `2021-10-13` stay text; `0o17` and `0x1f` are numbers), duplicate keys an
 * error. Read-only once made, so shared between runs on the same text.
 */
export const yamlDocument = memoByText((text: string) => {
  const lines = new LineCounter();
  return { doc: parseDocument(text, { lineCounter: lines, uniqueKeys: true, schema: 'core', resolveKnownTags: false, prettyErrors: true }), lines };
}, 16);

/** The plain data of a Document without problems; aliases are the anchored value itself (their expansion is bounded by checkYamlData). */
export function yamlData(doc: Document): unknown {
  return doc.toJS({ maxAliasCount: -1 });
}

/**
 * Parses YAML text (YAML 1.2 core schema); syntax errors and limits crossed become messages on the
 * file and `data` is undefined. The nesting depth and the aliases are checked before parsing.
 */
export function parseYaml(file: VFile, text: string): YamlSource {
  const scan = scanYaml(file, text);
  if (!scan) return new YamlSource(file, undefined);
  const { doc, lines } = yamlDocument(text);
  if (doc.errors.length > 0 || doc.warnings.length > 0) {
    // A line indented a space or two off is reported where it is; the other errors are those of
    // the text with those lines re-indented.
    const { fixes, repaired } = findIndentationFixes(text);
    for (const fix of fixes) reportIndentation(file, fix);
    const reported = reportSyntaxErrors(file, fixes.length > 0 ? yamlDocument(repaired).doc : doc) || fixes.length > 0;
    if (!reported) error(file, { line: 1, column: 1 }, 'yaml-syntax', { code: '' });
    return new YamlSource(file, undefined);
  }
  let data: unknown;
  try {
    data = yamlData(doc);
  } catch (cause) {
    if (!(cause instanceof RangeError)) throw cause;
    // The scan bounds the nesting; should the reader still run out of stack, say so at the file.
    error(file, { line: 1, column: 1 }, 'yaml-too-deep', {});
    return new YamlSource(file, undefined);
  }
  const source = new YamlSource(file, data, doc, lines);
  if (!checkYamlData(file, text, data, scan, (path, key) => locate(source, path, key))) return new YamlSource(file, undefined);
  return source;
}

/** Reports the syntax errors (and the warnings: an unknown tag) of a Document; false when it has none. */
function reportSyntaxErrors(file: VFile, doc: Document): boolean {
  const seen = new Set<string>();
  const problems = [...doc.errors, ...doc.warnings];
  for (const problem of problems) {
    const [start, end] = problem.linePos ?? [];
    // The parser often reports one mistake twice at the same place: keep the first.
    const key = `${start?.line}:${start?.col}`;
    if (seen.has(key)) continue;
    seen.add(key);
    error(file, start ? { start: { line: start.line, column: start.col }, end: end ? { line: end.line, column: end.col } : { line: start.line, column: start.col } } : { line: 1, column: 1 }, 'yaml-syntax', { detail: problem.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''), code: problem.code });
  }
  return problems.length > 0;
}

function reportIndentation(file: VFile, fix: IndentationFix): void {
  // Where the extra space is, or where the missing one goes.
  const place = { line: fix.line, column: Math.min(fix.actual, fix.expected) + 1 };
  error(file, place, 'yaml-indentation', { text: fix.text, actual: fix.actual, expected: fix.expected, ...(fix.sibling ? { sibling: { by: fix.sibling.by, text: fix.sibling.text, line: fix.sibling.line } } : {}) });
}

/** The YAML node at a path: the value node, or with `key` the key of the last step. */
export function nodeAt(source: YamlSource, path: YamlPath, key = false): YamlNode | undefined {
  let node: unknown = source.doc.contents;
  for (let i = 0; i < path.length; i++) {
    const step = path[i]!;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) return undefined;
      if (key && i === path.length - 1) return pair.key as YamlNode;
      node = pair.value;
    } else if (isSeq(node)) {
      node = node.items[Number(step)];
    } else return undefined;
  }
  return (node ?? undefined) as YamlNode | undefined;
}

/** Where the value at `path` stands; falls back to the nearest ancestor that exists, at last the file's start. */
export function locate(source: YamlSource, path: YamlPath, key = false): Position {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = nodeAt(source, path.slice(0, depth), key && depth === path.length);
    if (node?.range) return rangeToPosition(source, node.range[0], node.range[1]);
  }
  return { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
}

export function rangeToPosition(source: YamlSource, start: number, end: number): Position {
  const a = source.lines.linePos(start);
  const b = source.lines.linePos(end);
  return { start: { line: a.line, column: a.col, offset: start }, end: { line: b.line, column: b.col, offset: end } };
}

/**
 * Where each character of a scalar's value stands in the file, when the value appears verbatim: a
 * plain or simply quoted scalar on one line, or a literal block scalar (`|`) whose lines are the
 * value's lines indented. Inline Markdown problems can then point inside it.
 */
export function verbatimScalar(source: YamlSource, path: YamlPath): { at: (offset: number) => number } | undefined {
  const node = nodeAt(source, path);
  if (!isScalar(node) || !node.range || typeof node.value !== 'string') return undefined;
  const start = node.range[0];
  const raw = String(source.file.value).slice(start, node.range[1]);
  const value = node.value;
  if (raw === value) return { at: (offset) => start + offset };
  if ((raw.startsWith('"') || raw.startsWith("'")) && raw.slice(1, -1) === value) return { at: (offset) => start + 1 + offset };
  if (node.type !== 'BLOCK_LITERAL' || !/^\|[-+]?[ \t]*(#.*)?\n/.test(raw)) return undefined;
  const body = raw.slice(raw.indexOf('\n') + 1);
  const lines = body.split('\n');
  const indent = /^ */.exec(lines.find((line) => line.trim() !== '') ?? '')![0].length;
  const starts: number[] = [];
  let offset = start + raw.indexOf('\n') + 1;
  const valueLines = value.split('\n');
  for (const [k, line] of valueLines.entries()) {
    const sourceLine = lines[k];
    if (sourceLine === undefined) break;
    if (line !== '' && sourceLine.slice(indent) !== line) return undefined;
    starts.push(offset + Math.min(indent, sourceLine.length));
    offset += sourceLine.length + 1;
  }
  const lineStartsInValue = [0];
  for (let i = value.indexOf('\n'); i !== -1; i = value.indexOf('\n', i + 1)) lineStartsInValue.push(i + 1);
  return {
    at: (at) => {
      let k = lineStartsInValue.length - 1;
      while (k > 0 && lineStartsInValue[k]! > at) k--;
      return (starts[k] ?? starts.at(-1) ?? start) + (at - lineStartsInValue[k]!);
    },
  };
}
