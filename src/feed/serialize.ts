import { sha256 } from '../util/hash.ts';

/** Lowercase hex sha256 and byte length of a text as served (UTF-8). */
export function digest(text: string): { sha256: string; length: number } {
  const bytes = Buffer.from(text, 'utf8');
  return { sha256: sha256(bytes), length: bytes.length };
}
