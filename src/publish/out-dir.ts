// The output folder of `policy build`: which folders it may be, the lock on it, the swap of a
// finished build into it, and the recovery of an interrupted swap. A build never deletes what a
// user owns: it replaces only a folder an earlier build made (it holds the marker file), and
// never one that is, holds or lies inside the project, the policy, the archive or a git work tree.
import { randomBytes } from 'node:crypto';
import { lstat, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { refusal } from '../report/refusal.ts';
import { say, type Locale } from '../report/catalogue/index.ts';
import { acquireLock } from '../util/lock.ts';
import { removeTree } from '../util/remove-tree.ts';
import { isInside, realAncestor, repositoryOf } from '../util/paths.ts';

/** Written at the top of every build output: what a later build may replace. */
export const outputMarker = '.policy-press-output';
const markerText = 'This folder is the output of `policy build` (PolicyPress); the next build replaces it whole.\n';

export interface OutDirGuards {
  /** Folders the output may neither be, hold, nor lie inside. */
  sources: readonly string[];
  /** Folders the output may neither be nor hold (it may lie inside them, as dist/ lies in the project). */
  roots: readonly string[];
}

/** The folders of a run to protect: the policy, the archive, the project and the git work trees around them and the output. */
export function defaultGuards(options: { outDir: string; versionsDir: string; policyDir: string; projectRoot: string; cwd?: string }): OutDirGuards {
  const cwd = options.cwd ?? process.cwd();
  const repositories = [cwd, options.projectRoot, path.dirname(path.resolve(options.outDir)), options.versionsDir, options.policyDir].map(repositoryOf).filter((r): r is string => r !== undefined);
  return {
    sources: [options.policyDir, options.versionsDir, ...repositories.map((r) => path.join(r, '.git'))],
    roots: [cwd, options.projectRoot, ...repositories],
  };
}

/** Refuses an output folder that would destroy something, with what it is and a hint. */
export async function checkOutDir(outDir: string, guards: OutDirGuards): Promise<void> {
  const out = await realAncestor(outDir);
  for (const source of guards.sources) {
    const real = await realAncestor(source);
    if (isInside(out, real) || isInside(real, out)) {
      const relation = out === real ? 'is' : isInside(out, real) ? 'lies inside' : 'holds';
      throw refusal('out-dir-holds-sources', { outDir, relation, source });
    }
  }
  for (const root of guards.roots) {
    const real = await realAncestor(root);
    if (isInside(real, out)) throw refusal('out-dir-holds-sources', { outDir, relation: out === real ? 'is' : 'holds', source: root });
  }
  const stats = await lstat(outDir).catch(() => undefined);
  if (!stats) return;
  if (stats.isSymbolicLink()) throw refusal('out-dir-is-link', { outDir });
  if (!stats.isDirectory()) throw refusal('out-dir-is-file', { outDir });
  const names = await readdir(outDir);
  if (names.length === 0 || (await isMarked(outDir))) return;
  throw refusal('out-dir-not-ours', { outDir, marker: outputMarker });
}

async function isMarked(dir: string): Promise<boolean> {
  return (await lstat(path.join(dir, outputMarker)).catch(() => undefined))?.isFile() === true;
}

/** Marks a finished build's folder as the output of a build. */
export function markOutput(dir: string): Promise<void> {
  return writeFile(path.join(dir, outputMarker), markerText);
}

export interface OutDirSession {
  /** The temporary sibling to build into. */
  temporary: string;
  /** Lines for the log: what was restored or removed from an interrupted build. */
  notes: string[];
  /** Moves the finished temporary folder into place: the old output is renamed aside first, removed last. */
  swap(): Promise<void>;
  /** Removes the temporary folder and the lock (after a failure, or after the swap). */
  close(): Promise<void>;
}

/**
 * Locks the output folder (a second build into it fails at once), recovers from an interrupted
 * build, and names the temporary sibling to build into. Under the lock no other build can be
 * using `<out>.tmp-*` or `<out>.old-*`, so those left over are stale: removed, or, when the output
 * itself went missing between the two renames of a swap, the old one is put back first.
 */
export async function openOutDir(outDir: string, locale: Locale = 'en'): Promise<OutDirSession> {
  const out = path.resolve(outDir);
  const parent = path.dirname(out);
  const base = path.basename(out);
  const lock = await acquireLock(path.join(parent, `${base}.lock`), 'policy build');
  if (!('release' in lock)) {
    throw refusal('out-dir-locked', { outDir, holder: lock.holder, lock: lock.file });
  }
  const notes: string[] = [];
  const suffix = randomBytes(4).toString('hex');
  const temporary = `${out}.tmp-${suffix}`;
  try {
    await recover(out, notes, locale);
  } catch (cause) {
    await lock.release();
    throw cause;
  }
  return {
    temporary,
    notes,
    swap: async () => {
      await markOutput(temporary);
      const old = `${out}.old-${suffix}`;
      const hadOld = await rename(out, old).then(() => true, (cause: NodeJS.ErrnoException) => {
        if (cause.code === 'ENOENT') return false;
        throw cause;
      });
      // A kill here leaves no `out`, but `out.old-*` and the finished `out.tmp-*`: the next build restores the old one.
      await rename(temporary, out);
      if (hadOld) await removeTree(old);
    },
    close: async () => {
      await rm(temporary, { recursive: true, force: true });
      await lock.release();
    },
  };
}

const leftoverName = (base: string) => new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(tmp|old)-[0-9a-f]{8}$`);

/** Restores an output lost between the renames of a swap, and removes every leftover of interrupted builds. */
async function recover(out: string, notes: string[], locale: Locale): Promise<void> {
  const parent = path.dirname(out);
  const pattern = leftoverName(path.basename(out));
  const leftovers = (await readdir(parent).catch(() => [] as string[])).filter((name) => pattern.test(name)).map((name) => path.join(parent, name));
  if (leftovers.length === 0) return;
  const present = await lstat(out).then(() => true, () => false);
  if (!present) {
    const olds: Array<{ dir: string; time: number }> = [];
    for (const dir of leftovers.filter((d) => /\.old-[0-9a-f]{8}$/.test(d))) {
      if (await isMarked(dir)) olds.push({ dir, time: (await stat(dir)).mtimeMs });
    }
    const newest = olds.sort((a, b) => b.time - a.time)[0];
    if (newest) {
      await rename(newest.dir, out);
      notes.push(say(locale, 'cli-build-restored', { out: path.basename(out), from: path.basename(newest.dir) }).message);
    }
  }
  for (const dir of leftovers) {
    if (!(await lstat(dir).then(() => true, () => false))) continue;
    await rm(dir, { recursive: true, force: true });
    notes.push(say(locale, 'cli-build-leftover', { dir: path.basename(dir) }).message);
  }
}
