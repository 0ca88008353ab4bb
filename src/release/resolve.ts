// What `policy diff` and `policy review` compare: a release id, `latest`, `working`, or a policy folder.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { VFile } from 'vfile';
import { compilePolicy } from '../compile/compile.ts';
import type { CompiledPolicy } from '../model/index.ts';
import { hasErrors } from '../report/messages.ts';
import { closest } from '../resolve/suggest.ts';
import { readArchive } from './archive.ts';
import { refusal } from '../report/refusal.ts';
import { parseReleaseId } from './release-id.ts';
import type { Release } from './verify.ts';

export interface Places {
  versionsDir: string;
  /** The working sources (`working`). */
  policyDir: string;
  cwd?: string;
}

export type Resolved = { label: string; document: CompiledPolicy; files: VFile[] } | { label: string; document?: undefined; files: VFile[] };

/** Resolves several names against one reading of the archive (read only when a name needs it, unless given). */
export async function resolveVersions(names: readonly string[], places: Places, read?: Release[]): Promise<Resolved[]> {
  let archive: Promise<Release[]> | undefined = read && Promise.resolve(read);
  const releases = () => (archive ??= readArchive(places.versionsDir));
  return Promise.all(names.map((name) => resolveVersion(name, places, releases)));
}

async function resolveVersion(name: string, places: Places, releases: () => Promise<Release[]>): Promise<Resolved> {
  if (name === 'working') return compiled('working', places.policyDir, places);
  if (name === 'latest') {
    const latest = (await releases()).at(-1);
    if (!latest) throw refusal('no-release-yet', { versionsDir: places.versionsDir });
    return { label: latest.id, document: latest.document, files: [] };
  }
  if (parseReleaseId(name)) {
    const all = await releases();
    const release = all.find((r) => r.id === name);
    if (release) return { label: release.id, document: release.document, files: [] };
    const guess = closest(name, all.map((r) => r.id));
    throw refusal('unknown-release', { name, versionsDir: places.versionsDir, guess, released: all.map((r) => r.id) });
  }
  const dir = path.resolve(places.cwd ?? process.cwd(), name);
  if (await stat(path.join(dir, 'policy.yaml')).then(() => true, () => false)) return compiled(name, name, places);
  throw refusal('bad-version-name', { name });
}

async function compiled(label: string, policyDir: string, places: Places): Promise<Resolved> {
  const { files, document } = await compilePolicy({ policyDir, ...(places.cwd ? { cwd: places.cwd } : {}) });
  return document && !hasErrors(files) ? { label, document, files } : { label, files };
}
