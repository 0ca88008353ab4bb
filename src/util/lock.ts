// A lock file: one `policy release` per archive, one `policy build` per output folder. Taken with
// O_EXCL, so two processes cannot both hold it; it names its holder (pid, host, command, time),
// so a lock left by a process that died (a kill, a crash, a restart) is recognised and taken over.
import { hostname } from 'node:os';
import { readFile, rm, writeFile } from 'node:fs/promises';

export interface LockHolder {
  pid: number;
  host: string;
  command: string;
  started: string;
}

export interface Lock {
  file: string;
  release(): Promise<void>;
}

export type LockRefusal = { holder: LockHolder | undefined; file: string };

/** Whether the process that wrote `holder` still runs (on another host: assumed so). */
export function isAlive(holder: LockHolder): boolean {
  return holder.host !== hostname() || processRuns(holder.pid);
}

/** Whether a process of this host with this id runs (one of another user's counts). */
export function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (cause) {
    return (cause as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readHolder(file: string): Promise<LockHolder | undefined> {
  try {
    const holder = JSON.parse(await readFile(file, 'utf8')) as Partial<LockHolder>;
    return typeof holder.pid === 'number' && typeof holder.host === 'string' ? (holder as LockHolder) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the lock at `file`, or returns who holds it. A lock whose holder died on this host is
 * stale: it is removed and taken. A lock that cannot be read (half written, or by another tool)
 * is held: only a person can tell whether to remove it.
 */
export async function acquireLock(file: string, command: string): Promise<Lock | LockRefusal> {
  const me: LockHolder = { pid: process.pid, host: hostname(), command, started: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(file, JSON.stringify(me) + '\n', { flag: 'wx' });
      let released = false;
      return {
        file,
        release: async () => {
          if (released) return;
          released = true;
          await rm(file, { force: true });
        },
      };
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code !== 'EEXIST') throw cause;
    }
    const holder = await readHolder(file);
    if (!holder || isAlive(holder)) return { holder, file };
    await rm(file, { force: true });
  }
  return { holder: await readHolder(file), file };
}

/** The holder of the lock at `file` when it is held by a live process, else undefined. */
export async function liveHolder(file: string): Promise<LockHolder | undefined> {
  const holder = await readHolder(file);
  return holder && isAlive(holder) ? holder : undefined;
}

