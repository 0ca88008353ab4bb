// What `policy diff` and `policy review` compare: a release id, `latest`, `working`, or a policy folder.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { VFile } from 'vfile';
import { compilePolicy } from '../compile/compile.ts';
import type { CompiledPolicy } from '../model/index.ts';
import { hasErrors } from '../report/messages.ts';
import { closest } from '../resolve/suggest.ts';
import { readArchive } from './archive.ts';
import { Refusal } from '../report/refusal.ts';
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
    if (!latest) throw new Refusal('no-release-yet', `There is no release in ${places.versionsDir} yet, so there is no \`latest\``, 'Make the first release with `policy release --id YYYY-MM-DD --note "…"`.');
    return { label: latest.id, document: latest.document, files: [] };
  }
  if (parseReleaseId(name)) {
    const all = await releases();
    const release = all.find((r) => r.id === name);
    if (release) return { label: release.id, document: release.document, files: [] };
    const guess = closest(name, all.map((r) => r.id));
    throw new Refusal('unknown-release', `No release \`${name}\` in ${places.versionsDir}`, guess ? `Did you mean \`${guess}\`?` : `Released: ${all.map((r) => r.id).join(', ') || 'none yet'}.`);
  }
  const dir = path.resolve(places.cwd ?? process.cwd(), name);
  if (await stat(path.join(dir, 'policy.yaml')).then(() => true, () => false)) return compiled(name, name, places);
  throw new Refusal('bad-version-name',
    `\`${name}\` is neither a release id, \`latest\`, \`working\`, nor a policy folder (no policy.yaml in it)`,
    'Name a version as YYYY-MM-DD (see `ls versions/`), `latest`, `working`, or the path of a policy folder.',
  );
}

async function compiled(label: string, policyDir: string, places: Places): Promise<Resolved> {
  const { files, document } = await compilePolicy({ policyDir, ...(places.cwd ? { cwd: places.cwd } : {}) });
  return document && !hasErrors(files) ? { label, document, files } : { label, files };
}
