// Reading the file to import: a regular file of bounded size, text (not binary), UTF-8, without
// the characters no policy may hold. Every problem is an error at its place in the file; the
// invisible characters a copy from a web page or a word processor brings are removed, with a
// warning, since the text reads the same without them.
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { limits } from '../load/limits.ts';
import { characterKind, firstInvalidUtf8, lineStarts, pointAtOffset } from '../load/read.ts';
import { describeCharacter, findForbidden } from '../util/characters.ts';
import { formatBytes, readRegularFile } from '../util/regular-file.ts';
import { hasErrors } from '../report/messages.ts';
import { inputError, inputWarning } from './messages.ts';
import { decodeUtf8 } from '../util/utf8.ts';

/** The most an input may be: what all the sources of a policy may hold together. */
export const inputLimit = limits.totalBytes;

export interface InputText {
  /** Carries the messages about the input, named as the user gave it. */
  file: VFile;
  /** Undefined when the input cannot be imported (the errors are on `file`). */
  text?: string;
}

/** Reads `input` (a path as the user gave it, relative to `cwd`). */
export async function readInput(input: string, cwd = process.cwd()): Promise<InputText> {
  const file = new VFile({ path: input });
  const start = { line: 1, column: 1 };
  const absolute = path.resolve(cwd, input);
  // A link to a file is followed (the user named it); the file itself must be regular.
  const real = await realpath(absolute).catch(() => absolute);
  const read = await readRegularFile(path.dirname(real), path.basename(real), inputLimit);
  if ('refused' in read) {
    const refused = read.refused;
    if (refused.kind === 'missing') inputError(file, start, 'import-missing-input');
    else if (refused.kind === 'not-regular') inputError(file, start, 'import-not-regular', { what: refused.what });
    else if (refused.kind === 'too-large') inputError(file, start, 'import-too-large', { size: formatBytes(refused.size), limit: formatBytes(refused.limit) });
    else inputError(file, start, 'import-unreadable', { code: refused.code });
    return { file };
  }
  const bytes = read.bytes;
  if (bytes.length === 0) {
    inputError(file, start, 'import-empty');
    return { file };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    inputError(file, start, 'import-utf16');
    return { file };
  }
  const binary = binaryKind(bytes);
  if (binary) {
    inputError(file, start, 'import-binary', { what: binary });
    return { file };
  }
  const invalid = firstInvalidUtf8(bytes);
  if (invalid !== -1) {
    const before = bytes.subarray(0, invalid).toString('utf8').split('\n');
    inputError(file, { line: before.length, column: [...before[before.length - 1]!].length + 1 }, 'import-not-utf8', { byte: bytes[invalid]!.toString(16).padStart(2, '0') });
    return { file };
  }
  let text = decodeUtf8(bytes);
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  // Line endings of any system are line endings.
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    inputError(file, start, 'import-empty');
    return { file };
  }
  text = withoutInvisible(file, text);
  if (hasErrors([file])) return { file };
  file.value = text;
  return { file, text };
}

/** What makes the bytes binary rather than text: a known file signature, or a NUL byte. */
function binaryKind(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, 8).toString('latin1');
  if (head.startsWith('%PDF')) return 'a PDF document';
  if (head.startsWith('PK\u0003\u0004')) return 'a ZIP archive (a .docx or .xlsx is one)';
  if (head.startsWith('\u00d0\u00cf\u0011\u00e0')) return 'an old Office document (.doc)';
  if (head.startsWith('{\\rtf')) return 'an RTF document';
  if (head.startsWith('\u0089PNG') || head.startsWith('\u00ff\u00d8\u00ff') || head.startsWith('GIF8')) return 'an image';
  const nul = bytes.indexOf(0);
  return nul === -1 ? undefined : `a NUL byte (at byte ${nul})`;
}

/** Zero-width and other invisible format characters: removed, since they change nothing a reader sees. */
const invisible = new Set([0x00ad, 0x034f, 0x115f, 0x1160, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x206a, 0x206b, 0x206c, 0x206d, 0x206e, 0x206f, 0x3164, 0xfeff, 0xffa0, 0xfff9, 0xfffa, 0xfffb]);

/**
 * The text without invisible characters (one warning, at the first); every other forbidden
 * character (controls, bidirectional overrides, tag characters, line separators) is an error at
 * its place: it could make the text show something else than it holds.
 */
function withoutInvisible(file: VFile, text: string): string {
  const found = findForbidden(text);
  if (found.length === 0) return text;
  const starts = lineStarts(text);
  const removed = found.filter((f) => invisible.has(f.code));
  const refused = found.filter((f) => !invisible.has(f.code));
  for (const f of refused.slice(0, limits.repeatedMessages)) {
    inputError(file, pointAtOffset(starts, f.offset), 'import-forbidden-character', { character: describeCharacter(f.code), kind: characterKind(f.code) });
  }
  if (removed.length === 0) return text;
  inputWarning(file, pointAtOffset(starts, removed[0]!.offset), 'import-invisible-removed', { count: removed.length, character: describeCharacter(removed[0]!.code) });
  let out = '';
  let from = 0;
  for (const f of removed) {
    out += text.slice(from, f.offset);
    from = f.offset + String.fromCodePoint(f.code).length;
  }
  return out + text.slice(from);
}

/** Refuses a line longer than a source line may be (not for HTML: its lines are not the policy's). */
export function checkLineLengths(file: VFile, text: string): void {
  let line = 1;
  for (let start = 0; start <= text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end - start > limits.lineLength) {
      inputError(file, { line, column: limits.lineLength + 1 }, 'import-line-too-long', { line, length: end - start, limit: limits.lineLength });
      return;
    }
    start = end + 1;
  }
}
