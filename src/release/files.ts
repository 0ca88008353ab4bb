// The names and the byte-exact serialization of the files of a version folder.
import { createHash } from 'node:crypto';
import type { ReleaseRecord } from '../model/generated/release.ts';

export const recordFile = 'release.json';
export const documentFile = 'policy.json';
export const recordFormat = 'policy-press/release@1';

export function sha256Hex(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/** sha256 of the record serialized without its sha256 property, keys in the order they come. */
export function recordSha256(record: Omit<ReleaseRecord, 'sha256'> & { sha256?: string }): string {
  const { sha256: _, ...body } = record;
  return sha256Hex(JSON.stringify(body));
}

/** release.json as written: two-space indent, final newline. */
export function serializeRecord(record: ReleaseRecord): string {
  return JSON.stringify(record, null, 2) + '\n';
}
