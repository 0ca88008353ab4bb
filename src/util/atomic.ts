import { mkdirSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * The one atomic file write: a hidden temporary sibling, then a rename, so readers see the old file
 * or the whole new one, never half a file.
 */
export async function writeFileAtomic(file: string, content: string | Uint8Array): Promise<void> {
  await makeFolder(path.dirname(file));
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, content);
    await rename(temporary, file);
  } catch (cause) {
    await rm(temporary, { force: true });
    throw cause;
  }
}

/**
 * Makes a folder and its missing parents. Node's own recursive mkdir never returns where a folder
 * exists but refuses children (it spins on `/proc/x`): this makes one level at a time and gives
 * up with the file system's error. Synchronous underneath: a mkdir takes microseconds, and many
 * at once on the thread pool contend in the kernel (src/publish/beside.ts).
 */
export async function makeFolder(dir: string): Promise<void> {
  makeFolderSync(dir);
}

/** makeFolder, for a caller that writes synchronously. */
export function makeFolderSync(dir: string): void {
  try {
    mkdirSync(dir);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    const parent = path.dirname(dir);
    if (code !== 'ENOENT' || parent === dir) throw cause;
    makeFolderSync(parent);
    try {
      mkdirSync(dir);
    } catch (again) {
      if ((again as NodeJS.ErrnoException).code !== 'EEXIST') throw again;
    }
  }
}
