import { execFileSync } from 'node:child_process';

/**
 * The build's clock when SOURCE_DATE_EPOCH is not set: the time of the commit being built, so the
 * same commit builds the same bytes; the current time outside a git checkout.
 */
export function commitSeconds(cwd: string): number {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%ct'], { cwd, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    if (/^\d+$/.test(out)) return Number(out);
  } catch {
    // not a checkout, or no git: fall through
  }
  return Math.floor(Date.now() / 1000);
}
