// What an interrupted `policy release` can leave in the archive folder: its temporary version
// folder (`.<id>.tmp-XXXXXX`, written before the rename into place) and its lock. Neither is part
// of the archive: `policy verify` names them with the command that removes them, and the next
// `policy release`, holding the lock, removes them.
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { acquireLock, liveHolder } from '../util/lock.ts';
import { refusal } from '../report/refusal.ts';

export const lockFile = '.policy-press.lock';
const temporaryFolder = /^\.(.+)\.tmp-[A-Za-z0-9]{6}$/;

/** The temporary folder name a release of `id` writes into (mkdtemp adds six characters). */
export function temporaryPrefix(id: string): string {
  return `.${id}.tmp-`;
}

export function isLeftoverName(name: string): boolean {
  return name === lockFile || temporaryFolder.test(name);
}

export interface Leftover {
  path: string;
  /** Why it is there, and the shell command that removes it. */
  note: string;
}

/** The leftovers in `versionsDir` (paths shown relative to `cwd`), none when a release is running now. */
export async function findLeftovers(versionsDir: string, names: readonly string[], show: (file: string) => string): Promise<Leftover[]> {
  if (!names.some(isLeftoverName)) return [];
  const running = await liveHolder(path.join(versionsDir, lockFile));
  if (running) return [];
  return names.filter(isLeftoverName).map((name) => {
    const shown = show(path.join(versionsDir, name));
    const what = name === lockFile ? 'the lock of a `policy release` that did not finish' : 'the temporary folder of a `policy release` that did not finish';
    return { path: shown, note: `${what}; it is not part of the archive. Remove it with \`rm -r -- '${shown}'\` (the next \`policy release\` removes it too).` };
  });
}

/**
 * Holds the archive's lock while `work` runs: a second `policy release` fails at once. Removes
 * the leftovers of interrupted releases first (provably stale: no other release can be running).
 */
export async function withArchiveLock<T>(versionsDir: string, work: (cleaned: string[]) => Promise<T>): Promise<T> {
  const lock = await acquireLock(path.join(versionsDir, lockFile), 'policy release');
  if (!('release' in lock)) {
    throw refusal('release-in-progress', { versionsDir, holder: lock.holder, lock: lock.file });
  }
  try {
    const cleaned: string[] = [];
    for (const name of await readdir(versionsDir)) {
      if (!temporaryFolder.test(name)) continue;
      await rm(path.join(versionsDir, name), { recursive: true, force: true });
      cleaned.push(path.join(versionsDir, name));
    }
    return await work(cleaned);
  } finally {
    await lock.release();
  }
}
