import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root. */
export const root = fileURLToPath(new URL('..', import.meta.url));
/** The seed policy text: the project's own copy (test/fixtures/seed/README.md). */
export const seedPath = path.join(root, 'test/fixtures/seed/000_b4bf405e1e31b9de.txt');

/** A fresh temporary folder, removed by the returned function. */
export async function tempDir(prefix = 'policy-press-'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Copies the real policy/ into `dir/policy`. */
export async function copyRealPolicy(dir: string): Promise<string> {
  const target = path.join(dir, 'policy');
  await cp(path.join(root, 'policy'), target, { recursive: true });
  return target;
}

/** Non-empty lines of a text with all whitespace removed. */
export function squashedLines(text: string): string[] {
  return text.split('\n').map((line) => line.replace(/\s+/g, '')).filter((line) => line !== '');
}

/**
 * Finds each needle in `haystack` in order, each search starting after the previous match.
 * Returns the needles not found.
 */
export function missingInOrder(needles: string[], haystack: string): string[] {
  const missing: string[] = [];
  let from = 0;
  for (const needle of needles) {
    const at = haystack.indexOf(needle, from);
    if (at === -1) missing.push(needle);
    else from = at + needle.length;
  }
  return missing;
}
