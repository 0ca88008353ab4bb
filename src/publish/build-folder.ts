// The working folder of each Astro build process (src/publish/astro-build.ts): a folder of its own
// inside the project's .astro/, where Astro keeps its prerender chunks when the output lies
// outside the project, so that two builds at once never share them. `policy build` removes it
// when the process has ended, and the folders of processes that no longer run (a build killed
// midway) the next time it builds the project.
import { readdir, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { processRuns } from '../util/lock.ts';

/** Named by host and process, so that a project on a shared disk tells its hosts' builds apart. */
const prefix = `policy-build-${hostname().replace(/[^A-Za-z0-9.-]/g, '_')}-`;

/** The working folder of the Astro build process `pid` of the project at `root`. */
export function buildFolder(root: string, pid: number): string {
  return path.join(root, '.astro', `${prefix}${pid}`);
}

/** Removes the working folders of Astro build processes of the project that are not running. */
export async function removeStaleBuildFolders(root: string): Promise<void> {
  const names = await readdir(path.join(root, '.astro')).catch(() => [] as string[]);
  for (const name of names) {
    const pid = name.startsWith(prefix) ? Number(name.slice(prefix.length)) : NaN;
    if (Number.isInteger(pid) && pid > 0 && !processRuns(pid)) await rm(path.join(root, '.astro', name), { recursive: true, force: true });
  }
}
