import { VFile } from 'vfile';
import { error } from '../report/messages.ts';
import { describeCharacter, findForbidden } from '../util/characters.ts';
import { formatBytes, readRegularFile, statInside, type FileRefusal } from '../util/regular-file.ts';
import type { CharacterKind } from '../report/catalogue/en/characters.ts';
import { limits } from './limits.ts';
import { decodeUtf8 } from '../util/utf8.ts';

/** What may still be read of the policy, in bytes: shared by every file of one run. */
export interface ReadBudget {
  remaining: number;
}

export function readBudget(): ReadBudget {
  return { remaining: limits.totalBytes };
}

/** One source to read: its path inside the policy folder, and as messages show it. */
export interface SourceEntry {
  relative: string;
  display: string;
}

export interface ReadSource {
  file: VFile;
  /** Undefined when the file cannot be used at all (missing, unreadable, too large, not UTF-8, a line too long). */
  text?: string;
}

/**
 * Reads several sources of the folder `root`, in order against the shared budget: the sizes are
 * looked up first (without opening anything), so the file that crosses the total limit is always
 * the same one, whatever order the reads finish in.
 */
export async function readSources(root: string, entries: readonly SourceEntry[], budget: ReadBudget): Promise<ReadSource[]> {
  const sizes = await Promise.all(entries.map(async (entry) => {
    const checked = await statInside(root, entry.relative);
    return 'stats' in checked ? checked.stats.size : 0;
  }));
  const allowed = sizes.map((size) => {
    if (size > limits.fileBytes) return true; // refused on its own, with its own message
    if (size > budget.remaining) return false;
    budget.remaining -= size;
    return true;
  });
  return Promise.all(entries.map((entry, i) => (allowed[i] ? readSource(root, entry) : overBudget(entry, sizes[i]!))));
}

function overBudget(entry: SourceEntry, size: number): ReadSource {
  const file = new VFile({ path: entry.display });
  error(file, { line: 1, column: 1 }, 'policy-too-large', { limit: formatBytes(limits.totalBytes), size: formatBytes(size) });
  return { file };
}

/**
 * Reads one source file as UTF-8 text, when it is a regular file inside the folder. Every problem
 * (missing, a link, a FIFO or device, unreadable, too large, not UTF-8, a line too long) becomes
 * an error on the returned file, and `text` is undefined. Forbidden characters are errors too,
 * but the text is still returned, so the rest of the file is checked in the same run.
 */
export async function readSource(root: string, entry: SourceEntry): Promise<ReadSource> {
  const { display } = entry;
  const file = new VFile({ path: display });
  const at = { line: 1, column: 1 };
  const read = await readRegularFile(root, entry.relative, limits.fileBytes);
  if ('refused' in read) {
    reportRefusal(file, display, read.refused);
    return { file };
  }
  const bytes = read.bytes;
  const invalidAt = firstInvalidUtf8(bytes);
  if (invalidAt !== -1) {
    error(file, pointAt(bytes, invalidAt), 'not-utf8', { byte: bytes[invalidAt]!.toString(16).padStart(2, '0') });
    return { file };
  }
  let text = decodeUtf8(bytes);
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (text.trim() === '') {
    error(file, at, 'empty-file', { display });
    return { file };
  }
  file.value = text;
  reportForbiddenCharacters(file, text);
  if (!checkLineLengths(file, text)) return { file };
  return { file, text };
}

function reportRefusal(file: VFile, display: string, refused: FileRefusal): void {
  const place = { line: 1, column: 1 };
  switch (refused.kind) {
    case 'missing':
      error(file, place, 'missing-file', { display });
      return;
    case 'not-regular':
      error(file, place, 'not-regular-file', { display, what: refused.what, link: refused.what.includes('symbolic link') });
      return;
    case 'too-large':
      error(file, place, 'file-too-large', { display, size: formatBytes(refused.size), limit: formatBytes(refused.limit), chapter: display.endsWith('.md') });
      return;
    case 'unreadable': {
      error(file, place, 'unreadable-file', { display, code: refused.code });
    }
  }
}

/** Reports each forbidden character at its place (the first few of a file, then how many more). */
function reportForbiddenCharacters(file: VFile, text: string): void {
  const found = findForbidden(text, { crlf: true });
  if (found.length === 0) return;
  const lines = lineStarts(text);
  found.slice(0, limits.repeatedMessages).forEach(({ offset, code }) => {
    error(file, pointAtOffset(lines, offset), 'forbidden-character', { form: 'raw', character: describeCharacter(code), kind: characterKind(code) });
  });
  if (found.length > limits.repeatedMessages) {
    error(file, pointAtOffset(lines, found[limits.repeatedMessages]!.offset), 'forbidden-character', { form: 'more', count: found.length - limits.repeatedMessages });
  }
}

/** What kind of forbidden character it is: its hint says why it is refused and how to get rid of it. */
export function characterKind(code: number): CharacterKind {
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code === 0x200e || code === 0x200f || code === 0x061c) return 'bidi';
  if (code < 0x20 || code === 0x7f || (code >= 0x80 && code <= 0x9f)) return 'control';
  return 'invisible';
}

/** Refuses a file with a line longer than the limit, at the first such line. */
function checkLineLengths(file: VFile, text: string): boolean {
  let start = 0;
  let line = 1;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end - start > limits.lineLength) {
      error(file, { line, column: limits.lineLength + 1 }, 'line-too-long', { line, length: end - start, limit: limits.lineLength });
      return false;
    }
    start = end + 1;
    line++;
  }
  return true;
}

/** Offsets at which each line starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Line and column (1-based, UTF-16 units as the parsers count them) of an offset. */
export function pointAtOffset(starts: readonly number[], offset: number): { line: number; column: number; offset: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1, offset };
}

/** Line and column (1-based, in characters) of a byte offset in valid UTF-8 before it. */
function pointAt(bytes: Buffer, offset: number): { line: number; column: number } {
  const before = bytes.subarray(0, offset).toString('utf8');
  const lines = before.split('\n');
  return { line: lines.length, column: [...lines[lines.length - 1]!].length + 1 };
}

/** Offset of the first byte that breaks UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) { i++; continue; }
    else if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    if (i + need >= bytes.length) return i;
    let code = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}
