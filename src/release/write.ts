import { chmod, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { refusal, type Refusal } from '../report/refusal.ts';
import { temporaryPrefix } from './leftovers.ts';
import { makeFolder } from '../util/atomic.ts';

/**
 * Writes a version folder atomically: every file goes into a temporary sibling folder, which is
 * then renamed into place. Readers see no folder or the whole folder; an existing one is never replaced.
 */
export async function writeVersion(versionsDir: string, id: string, files: Record<string, string>): Promise<string> {
  await makeFolder(versionsDir);
  const target = path.join(versionsDir, id);
  const temporary = await mkdtemp(path.join(versionsDir, temporaryPrefix(id)));
  try {
    for (const [name, content] of Object.entries(files)) await writeFile(path.join(temporary, name), content, { flag: 'wx' });
    await chmod(temporary, 0o755); // mkdtemp makes it private; a version is public
    if (await exists(target)) throw alreadyReleased(target);
    await rename(temporary, target).catch((cause: NodeJS.ErrnoException) => {
      throw cause.code === 'ENOTEMPTY' || cause.code === 'EEXIST' ? alreadyReleased(target) : cause;
    });
  } catch (cause) {
    await rm(temporary, { recursive: true, force: true });
    throw cause;
  }
  return target;
}

export function alreadyReleased(target: string): Refusal {
  return refusal('already-released', { target });
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
