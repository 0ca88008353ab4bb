import { createHash } from 'node:crypto';

/**
 * Every feed document is written as `JSON.stringify(value, null, 2) + '\n'`, like the compiled
 * document: keys in the order the builders create them, two-space indent, a final newline. The
 * same releases and options give the same bytes (test/feed/determinism.test.ts).
 */
export function serializeFeedDocument(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** Lowercase hex sha256 and byte length of a text as served (UTF-8). */
export function digest(text: string): { sha256: string; length: number } {
  const bytes = Buffer.from(text, 'utf8');
  return { sha256: createHash('sha256').update(bytes).digest('hex'), length: bytes.length };
}
