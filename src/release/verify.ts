// Verification of the archive: every hash recomputed, the chain of releases checked, and each
// release's decision recomputed from the documents (recompute.ts). A problem is reported at its
// path; nothing is ever rebuilt or repaired.
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { checkChain } from './chain.ts';
import { checkDecisions } from './recompute.ts';
import { problemAt, type Problem } from '../report/refusal.ts';
import { compareReleaseIds, parseReleaseId } from './release-id.ts';
import { readVersion, type Link, type Release, type VersionFolder } from './version.ts';
import { findLeftovers, isLeftoverName, type Leftover } from './leftovers.ts';
import { errnoRefusal, fileKind, unread } from '../util/regular-file.ts';

export type { Release };

export interface VerifiedArchive {
  /** The versions that could be read, oldest first. */
  releases: Release[];
  problems: Problem[];
  /** What later rules than a record's own see differently (recomputed decisions): told, never failing. */
  warnings: Problem[];
  /** What interrupted releases left behind: not part of the archive, named with the command that removes it. */
  leftovers: Leftover[];
}

/** Reads and checks every version under `versionsDir`; `cwd` only shortens the paths in problems. */
export async function verifyArchive(versionsDir: string, cwd = process.cwd()): Promise<VerifiedArchive> {
  const show = (file: string) => path.relative(cwd, file).split(path.sep).join('/') || '.';
  const problems: Problem[] = [];
  const folders: VersionFolder[] = [];
  const entries = await readArchiveFolder(versionsDir, show, problems);
  const leftovers = await findLeftovers(versionsDir, entries.map((entry) => entry.name), show);
  for (const entry of entries) {
    if (isLeftoverName(entry.name)) continue;
    const dir = path.join(versionsDir, entry.name);
    if (!entry.isDirectory() || !parseReleaseId(entry.name)) {
      const kind = entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : (fileKind(entry) ?? 'file');
      problems.push(problemAt(show(dir), 'archive-extra', { case: 'entry', kind }));
      continue;
    }
    folders.push({ id: entry.name, dir, shown: show(dir), files: await listFiles(dir, show, problems) });
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
  const warnings: Problem[] = [];
  // Decisions are recomputed only on an archive whose files all verify: a changed file is the problem to fix first.
  if (problems.length === 0) checkDecisions(releases, (id) => folders.find((f) => f.id === id)!.shown, problems, warnings);
  return { releases, problems, warnings, leftovers };
}

/** The entries of the archive folder; none when it does not exist yet, a problem when it is not a readable folder. */
async function readArchiveFolder(versionsDir: string, show: (file: string) => string, problems: Problem[]): Promise<Dirent[]> {
  try {
    const stats = await stat(versionsDir);
    if (!stats.isDirectory()) {
      problems.push(problemAt(show(versionsDir), 'archive-not-regular', { case: 'archive', what: fileKind(stats) }));
      return [];
    }
    return await readdir(versionsDir, { withFileTypes: true });
  } catch (cause) {
    const refusal = errnoRefusal(cause, versionsDir);
    if (refusal.kind === 'missing') return [];
    problems.push(problemAt(show(versionsDir), 'archive-unreadable', { why: unread(refusal) }));
    return [];
  }
}

/** Every regular file of a version folder; anything else (a link, a FIFO, a device) is a problem. */
async function listFiles(dir: string, show: (file: string) => string, problems: Problem[], prefix = ''): Promise<string[]> {
  const out: string[] = [];
  let entries: Dirent[];
  try {
    entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  } catch (cause) {
    const refusal = errnoRefusal(cause, dir);
    problems.push(problemAt(show(path.join(dir, prefix)), 'archive-unreadable', { why: unread(refusal) }));
    return out;
  }
  for (const entry of entries) {
    const relative = prefix + entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(dir, show, problems, relative + '/')));
    else if (entry.isFile()) out.push(relative);
    else problems.push(problemAt(show(path.join(dir, relative)), 'archive-not-regular', { case: 'entry', what: fileKind(entry) }));
  }
  return out.sort();
}
