// Verification of the archive: every hash recomputed, the chain of releases checked, and each
// release's decision recomputed from the documents (recompute.ts). A problem is reported at its
// path; nothing is ever rebuilt or repaired.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { checkChain } from './chain.ts';
import { checkDecisions } from './recompute.ts';
import type { ArchiveProblem } from './errors.ts';
import { compareReleaseIds, parseReleaseId } from './release-id.ts';
import { readVersion, type Link, type Release, type VersionFolder } from './version.ts';

export type { Release };

export interface VerifiedArchive {
  /** The versions that could be read, oldest first. */
  releases: Release[];
  problems: ArchiveProblem[];
  /** What later rules than a record's own see differently (recomputed decisions): told, never failing. */
  warnings: ArchiveProblem[];
}

/** Reads and checks every version under `versionsDir`; `cwd` only shortens the paths in problems. */
export async function verifyArchive(versionsDir: string, cwd = process.cwd()): Promise<VerifiedArchive> {
  const show = (file: string) => path.relative(cwd, file).split(path.sep).join('/') || '.';
  const problems: ArchiveProblem[] = [];
  const folders: VersionFolder[] = [];
  const entries = await readdir(versionsDir, { withFileTypes: true }).catch((cause: NodeJS.ErrnoException) => {
    if (cause.code === 'ENOENT') return [];
    throw cause;
  });
  for (const entry of entries) {
    const dir = path.join(versionsDir, entry.name);
    if (!entry.isDirectory() || !parseReleaseId(entry.name)) {
      problems.push({ path: show(dir), message: `extra ${entry.isDirectory() ? 'folder' : 'file'}: not a release (a version folder is named YYYY-MM-DD or YYYY-MM-DD.N)` });
      continue;
    }
    folders.push({ id: entry.name, dir, shown: show(dir), files: await listFiles(dir) });
  }
  folders.sort((a, b) => compareReleaseIds(a.id, b.id));

  const releases: Release[] = [];
  let previous: Link | undefined;
  for (const [i, folder] of folders.entries()) {
    const read = await readVersion(folder, problems);
    // After a version whose record cannot be read, its problems are reported already: the chain resumes.
    if (read.link && (i === 0 || previous)) checkChain(folder, read.link.record, previous, problems);
    if (read.release) releases.push(read.release);
    previous = read.link;
  }
  const warnings: ArchiveProblem[] = [];
  // Decisions are recomputed only on an archive whose files all verify: a changed file is the problem to fix first.
  if (problems.length === 0) checkDecisions(releases, (id) => folders.find((f) => f.id === id)!.shown, problems, warnings);
  return { releases, problems, warnings };
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const relative = prefix + entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(path.join(dir, entry.name), relative + '/')));
    else out.push(relative);
  }
  return out.sort();
}
