// The archive read for display where another process verifies it in full at the same time and
// stops on any problem (the Astro build under `policy build`, src/publish/build.ts): the version
// folders in order, each record read at once and each document only when it is first asked for.
// Every file is still read as a regular file within the archive's size limit, so a link or a FIFO
// cannot make it block or read outside the archive; nothing is hashed, nothing recomputed.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { CompiledPolicy } from '../model/index.ts';
import type { ReleaseRecord } from '../model/generated/release.ts';
import { readRegularFile } from '../util/regular-file.ts';
import { archiveFileBytes, documentFile, recordFile } from './files.ts';
import { isLeftoverName } from './leftovers.ts';
import { compareReleaseIds, parseReleaseId } from './release-id.ts';
import { decodeUtf8 } from '../util/utf8.ts';

/** One version folder: its record, and its document when asked for. */
export interface ArchiveEntry {
  id: string;
  record: ReleaseRecord;
  /** The archived document, read and parsed on the first call (its bytes are not kept: the pages need none). */
  document(): Promise<{ document: CompiledPolicy }>;
}

/** Every version folder of `versionsDir`, oldest first, with its record; throws on anything that cannot be read (the verification beside it says what is wrong). */
export async function openArchive(versionsDir: string): Promise<ArchiveEntry[]> {
  const names = (await readdir(versionsDir, { withFileTypes: true }).catch((cause: NodeJS.ErrnoException) => (cause.code === 'ENOENT' ? [] : Promise.reject(cause))))
    .filter((entry) => entry.isDirectory() && !isLeftoverName(entry.name) && parseReleaseId(entry.name))
    .map((entry) => entry.name)
    .sort(compareReleaseIds);
  return Promise.all(
    names.map(async (id) => {
      const dir = path.join(versionsDir, id);
      const record = JSON.parse(decodeUtf8(await readArchived(dir, recordFile))) as ReleaseRecord;
      let read: Promise<{ document: CompiledPolicy }> | undefined;
      const document = () => (read ??= readArchived(dir, documentFile).then((bytes) => ({ document: JSON.parse(decodeUtf8(bytes)) as CompiledPolicy })));
      return { id, record, document };
    }),
  );
}

async function readArchived(dir: string, file: string): Promise<Buffer> {
  const read = await readRegularFile(dir, file, archiveFileBytes);
  if ('bytes' in read) return read.bytes;
  throw new Error(`${path.join(dir, file)} cannot be read (${read.refused.kind}); \`policy verify\` says why`);
}
