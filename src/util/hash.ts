import { createHash } from 'node:crypto';

/** Lowercase hex sha256 of a text (as UTF-8) or of bytes: the one hash of the project. */
export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}
