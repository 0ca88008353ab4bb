// Limits on a YAML file, checked on its tokens before it is parsed (the parsers recurse once per
// level of nesting, and a few aliases of a large anchor expand into gigabytes), and on its data
// once parsed (the size the aliases expand it to; control characters written as escapes).
import { CST, Lexer } from 'yaml';
import type { VFile } from 'vfile';
import type { Position } from 'unist';
import { error, errorSaid, said, type Said } from '../report/messages.ts';
import { describeCharacter, findForbidden } from '../util/characters.ts';
import { memoByText } from '../util/memo.ts';
import { limits } from './limits.ts';
import { characterKind, lineStarts, pointAtOffset } from './read.ts';

/** Markers the lexer emits that stand for no text of the source. */
const markers = new Set([CST.DOCUMENT, CST.FLOW_END, CST.SCALAR]);

export interface YamlScan {
  /** Offset of the first alias, when there is one. */
  firstAlias?: number;
}

interface ScanResult {
  problem?: { offset: number; said: Said };
  firstAlias?: number;
}

/**
 * Reports nesting deeper than the limit, more lines and more aliases than the limits, each at the
 * token that crosses it; undefined when the file must not be parsed. Depth counts every block
 * level (by indentation, and each `- ` of a compact `- - x`) and every open flow collection.
 */
export function scanYaml(file: VFile, text: string): YamlScan | undefined {
  const { problem, firstAlias } = scanned(text);
  if (problem) {
    errorSaid(file, pointAtOffset(lineStarts(text), problem.offset), problem.said);
    return undefined;
  }
  return firstAlias === undefined ? {} : { firstAlias };
}

/** The scan of a text, kept for a text seen before (the live preview recompiles unchanged files). */
const scanned = memoByText((text: string): ScanResult => {
  let offset = 0;
  let flow = 0;
  const indents: number[] = [];
  let lineStart = 0;
  let atLineStart = true;
  let afterScalarMarker = false;
  let aliases = 0;
  let lines = 0;
  let firstAlias: number | undefined;
  const fail = (at: number, problem: Said): ScanResult => ({ problem: { offset: at, said: problem } });
  for (const token of new Lexer().lex(text)) {
    if (markers.has(token)) {
      afterScalarMarker = token === CST.SCALAR;
      continue;
    }
    const at = offset;
    offset += token.length;
    // The text of a scalar (a block scalar's lines too) follows its marker: content, not structure.
    const type = afterScalarMarker ? 'scalar' : CST.tokenType(token);
    afterScalarMarker = false;
    if (type === 'newline') {
      atLineStart = true;
      lineStart = offset;
      if (++lines > limits.yamlLines) {
        return fail(at, said('yaml-too-long', { limit: limits.yamlLines }));
      }
      continue;
    }
    if (type === 'space' || type === 'comment') continue;
    if (type === 'scalar' && token.includes('\n')) lineStart = at + token.lastIndexOf('\n') + 1;
    if (flow === 0 && (atLineStart || type === 'seq-item-ind' || type === 'explicit-key-ind')) {
      const column = at - lineStart;
      while (indents.length > 0 && indents.at(-1)! > column) indents.pop();
      if (indents.length === 0 || indents.at(-1)! < column) indents.push(column);
    }
    atLineStart = false;
    if (type === 'flow-map-start' || type === 'flow-seq-start') flow++;
    else if ((type === 'flow-map-end' || type === 'flow-seq-end') && flow > 0) flow--;
    if (indents.length + flow > limits.yamlDepth) {
      return fail(at, said('yaml-too-deep', { limit: limits.yamlDepth }));
    }
    if (type === 'alias') {
      firstAlias ??= at;
      if (++aliases > limits.yamlAliases) {
        return fail(at, said('yaml-too-many-aliases', { limit: limits.yamlAliases }));
      }
    }
  }
  return firstAlias === undefined ? {} : { firstAlias };
}, 16);

/**
 * Checks the parsed data: the number of characters it holds once aliases are expanded (at most a
 * multiple of the file's size), and the control characters its strings hold that the file does
 * not show (written as escapes such as `"\e"` or `"\u202E"`). `place(path)` finds a value's place.
 */
export function checkYamlData(
  file: VFile,
  text: string,
  data: unknown,
  scan: YamlScan,
  place: (path: Array<string | number>, key: boolean) => Position | undefined,
): boolean {
  const budget = limits.yamlExpansion * text.length + 4096;
  let size = 0;
  let reported = 0;
  const stack: Array<{ value: unknown; path: Array<string | number> }> = [{ value: data, path: [] }];
  const checkString = (value: string, path: Array<string | number>, key: boolean) => {
    if (reported >= limits.repeatedMessages) return;
    const found = findForbidden(value);
    if (found.length === 0) return;
    const position = place(path, key);
    const start = position?.start.offset;
    const codes = found.map((f) => f.code);
    // Written literally in the file: reported where it stands already (read.ts).
    if (start !== undefined && codes.every((code) => text.slice(start).split('\n', 1)[0]!.includes(String.fromCodePoint(code)))) return;
    reported++;
    const distinct = [...new Set(codes)].map(describeCharacter);
    error(file, position, 'forbidden-character', { form: 'escape', characters: distinct, kind: characterKind(codes[0]!) });
  };
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    size += 1;
    if (typeof value === 'string') {
      size += value.length;
      checkString(value, path, false);
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value).reverse()) {
        size += key.length;
        checkString(key, [...path, key], true);
        stack.push({ value: child, path: [...path, key] });
      }
    }
    if (size > budget) {
      error(file, scan.firstAlias !== undefined ? pointAtOffset(lineStarts(text), scan.firstAlias) : { line: 1, column: 1 }, 'yaml-alias-expansion', { budget });
      return false;
    }
  }
  return true;
}
