// Archives made with the real release code, in temporary folders.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRelease, type ReleaseOptions } from '../../src/release/create.ts';
import { formatReport } from '../../src/report/format.ts';
import { copyRealPolicy, root } from '../helpers.ts';

export interface Workspace {
  dir: string;
  policyDir: string;
  versionsDir: string;
}

export async function workspace(dir: string): Promise<Workspace> {
  return { dir, policyDir: await copyRealPolicy(dir), versionsDir: path.join(dir, 'versions') };
}

/** Releases the workspace's policy; the release must succeed. */
export async function released(ws: Workspace, id: string, options: Partial<ReleaseOptions> = {}) {
  const result = await createRelease({ id, note: `发布 ${id}`, rulings: new Map(), highRisk: false, versionsDir: ws.versionsDir, policyDir: ws.policyDir, ...options });
  if (!result.record) throw new Error(`release ${id} failed:\n${formatReport(result.files)}`);
  return result;
}

/** Sets policy.yaml's update date, and its effective date (the same unless given). */
export async function dated(ws: Workspace, updated: string, effective = updated): Promise<void> {
  const file = path.join(ws.policyDir, 'policy.yaml');
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace(/^updated: .*$/m, `updated: ${updated}`).replace(/^effective: .*$/m, `effective: ${effective}`));
}

/** Edits a file of the workspace's policy as text; the edit must change it. */
export async function edit(ws: Workspace, file: string, change: (text: string) => string): Promise<void> {
  const at = path.join(ws.policyDir, file);
  const before = await readFile(at, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the edit changed nothing in ${file}`);
  await writeFile(at, after);
}

/** Runs the real `policy` command with node from node_modules/.bin. */
export function runPolicy(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env, PATH: `${path.join(root, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}` };
  const result = spawnSync('node', [path.join(root, 'src/cli/policy.ts'), ...args], { cwd, env, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
