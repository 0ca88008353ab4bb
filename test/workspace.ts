// Policy workspaces for tests and benchmarks: a copy of the real policy, released with the real
// code into a temporary archive, and the real `policy` command.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { createRelease, type ReleaseOptions } from '../src/release/create.ts';
import { formatReport } from '../src/report/format.ts';
import { run } from '../src/cli/run.ts';
import { copyRealPolicy, root } from './helpers.ts';

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

export interface PolicyRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `policy` in this process (src/cli/run.ts, what the bin runs), in `cwd` with `env`, capturing its output. */
export async function runPolicy(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<PolicyRun> {
  let stdout = '';
  let stderr = '';
  const status = await run(args, { cwd, env, stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) } });
  return { status, stdout, stderr };
}

/** Runs the real `policy` command as a process, with node from node_modules/.bin (the smoke tests: test/cli/smoke.test.ts). */
export function runPolicyProcess(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): PolicyRun {
  const withNode = { ...env, PATH: `${path.join(root, 'node_modules/.bin')}${path.delimiter}${env.PATH ?? ''}` };
  const result = spawnSync('node', [path.join(root, 'src/cli/policy.ts'), ...args], { cwd, env: withNode, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same, without blocking the test's event loop (for a command that talks to a server the test runs). */
export function runPolicyAsync(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const withNode = { ...env, PATH: `${path.join(root, 'node_modules/.bin')}${path.delimiter}${env.PATH ?? ''}` };
  const child = spawn('node', [path.join(root, 'src/cli/policy.ts'), ...args], { cwd, env: withNode });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  return new Promise((resolve, reject) => child.on('error', reject).on('close', (status) => resolve({ status, stdout, stderr })));
}

/**
 * The real policy released twice: 2021-10-13 as it is, then 2022-01-10 with the answer time
 * doubled (15 → 30 days) and whatever `more` edits besides; `options` goes to the second release.
 */
export async function twoReleases(dir: string, more: (ws: Workspace) => Promise<void> = async () => {}, options: Partial<ReleaseOptions> = {}): Promise<Workspace> {
  const ws = await workspace(dir);
  await released(ws, '2021-10-13');
  await dated(ws, '2022-01-10');
  await edit(ws, 'policy.yaml', (t) => t.replace('responseDays: 15', 'responseDays: 30'));
  await more(ws);
  await released(ws, '2022-01-10', options);
  return ws;
}

/**
 * A history of `count` releases of the real policy, one a day from 2021-10-13; after the first,
 * each toggles one punctuation mark of the preamble (，↔；: a quiet update with no review item). For benchmarks of long histories.
 */
export async function syntheticHistory(dir: string, count: number): Promise<Workspace> {
  const ws = await workspace(dir);
  const preamble = path.join(ws.policyDir, 'chapters/preamble.md');
  const original = await readFile(preamble, 'utf8');
  for (let i = 0; i < count; i++) {
    const date = new Date(Date.UTC(2021, 9, 13) + i * 86_400_000).toISOString().slice(0, 10);
    if (i > 0) {
      await dated(ws, date);
      await writeFile(preamble, i % 2 === 1 ? original.replace('您的信任对我们非常重要，', '您的信任对我们非常重要；') : original);
    }
    await released(ws, date, { note: i === 0 ? '首次发布' : `第${i}次修订` });
  }
  return ws;
}
