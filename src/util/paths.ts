import { existsSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import path from 'node:path';

/** The top folder of the git work tree around `dir` (where `.git` is, a folder or a worktree's file), or undefined. */
export function repositoryOf(dir: string): string | undefined {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    if (existsSync(path.join(at, '.git'))) return at;
    if (path.dirname(at) === at) return undefined;
  }
}

/** `dir` with its nearest existing ancestor resolved through symlinks (the rest need not exist yet). */
export async function realAncestor(dir: string): Promise<string> {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    const real = await realpath(at).catch(() => undefined);
    if (real) return path.join(real, path.relative(at, path.resolve(dir)));
    if (path.dirname(at) === at) return path.resolve(dir);
  }
}

/** True when `inner` is `outer` or lies inside it. */
export function isInside(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
