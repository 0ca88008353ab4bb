import { readFile } from 'node:fs/promises';
import { VFile } from 'vfile';
import { error } from '../report/messages.ts';

/**
 * Reads a source file as UTF-8 text. A missing, empty or non-UTF-8 file becomes an error on the
 * returned file and `text` is undefined.
 */
export async function readSource(absolutePath: string, displayPath: string): Promise<{ file: VFile; text?: string }> {
  const file = new VFile({ path: displayPath });
  let bytes: Buffer;
  try {
    bytes = await readFile(absolutePath);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'EISDIR') throw cause;
    error(file, `Missing required file \`${displayPath}\``, {
      ruleId: 'missing-file',
      hint: 'Create it (see docs/authoring.md for what it holds), or restore it from git.',
    });
    return { file };
  }
  const invalidAt = firstInvalidUtf8(bytes);
  if (invalidAt !== -1) {
    error(file, `File is not valid UTF-8: byte 0x${bytes[invalidAt]!.toString(16).padStart(2, '0')} cannot start or continue a character`, {
      place: pointAt(bytes, invalidAt),
      ruleId: 'not-utf8',
      hint: 'Save the file as UTF-8 (editors often offer "Save with encoding"); GBK and UTF-16 are not accepted.',
    });
    return { file };
  }
  let text = bytes.toString('utf8');
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (text.trim() === '') {
    error(file, `Required file \`${displayPath}\` is empty`, {
      place: { line: 1, column: 1 },
      ruleId: 'empty-file',
      hint: 'Fill it in (see docs/authoring.md), or restore it from git.',
    });
    return { file };
  }
  file.value = text;
  return { file, text };
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
