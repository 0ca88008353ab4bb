// The names and the byte-exact serialization of the files of a version folder.
import type { ReleaseRecord } from '../model/generated/release.ts';
import { sha256 } from '../util/hash.ts';

export const recordFile = 'release.json';
export const documentFile = 'policy.json';
export const recordFormat = 'policy-press/release@1';

/** The most an archived file may weigh: a document is some 100 KB, a record less. */
export const archiveFileBytes = 16 * 1024 * 1024;

/** sha256 of the record serialized without its sha256 property, keys in the order they come. */
export function recordSha256(record: Omit<ReleaseRecord, 'sha256'> & { sha256?: string }): string {
  const { sha256: _, ...body } = record;
  return sha256(JSON.stringify(body));
}
