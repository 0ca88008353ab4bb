import path from 'node:path';

/** The working folder of the Astro build process `pid` of the project at `root` (src/publish/astro-build.ts). */
export function buildFolder(root: string, pid: number): string {
  return path.join(root, '.astro', `policy-build-${pid}`);
}
