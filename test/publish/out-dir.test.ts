// `policy build --out DIR` never deletes what a user owns, never leaves the output folder missing,
// and two builds into one folder do not both run.
import { execFileSync, spawn } from 'node:child_process';
import { cp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openOutDir, outputMarker } from '../../src/publish/out-dir.ts';
import { Refusal } from '../../src/report/refusal.ts';
import { root, tempDir } from '../helpers.ts';
import { runPolicy } from '../workspace.ts';

const { dir: work, cleanup } = await tempDir();
afterAll(cleanup);

/** A project as users have it: a git work tree with policy/ and versions/. */
async function project(name: string): Promise<string> {
  const dir = path.join(work, name);
  await cp(path.join(root, 'policy'), path.join(dir, 'policy'), { recursive: true });
  await cp(path.join(root, 'versions'), path.join(dir, 'versions'), { recursive: true });
  execFileSync('git', ['init', '-q', dir]);
  return dir;
}

async function listing(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).sort();
}

describe('the output folder', () => {
  it('refuses --out that is, holds or lies inside the project, the policy, the archive or the git work tree, and deletes nothing', async () => {
    const dir = await project('refuse');
    await mkdir(path.join(dir, 'notes'));
    await writeFile(path.join(dir, 'notes/todo.md'), '我的笔记\n');
    const before = await listing(dir);
    const cases: Array<[string, RegExp]> = [
      ['.', /--out \. holds .*: the build would replace it/],
      ['..', /--out \.\. holds /],
      ['versions', /--out versions is .*versions: the build would replace it/],
      ['policy/site', /--out policy\/site lies inside .*policy/],
      ['.git/out', /lies inside .*\.git/],
      ['notes', /--out notes is not empty and was not made by `policy build` \(it has no \.policy-press-output\)/],
    ];
    for (const [out, message] of cases) {
      const result = await runPolicy(['build', '--no-pdf', '--out', out, '--versions', 'versions'], dir, { ...process.env, POLICY_DIR: path.join(dir, 'policy') });
      expect(result.status, `${out}: ${result.stderr}`).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).toContain('hint:');
    }
    expect(await listing(dir)).toEqual(before);
  });

  it('a build killed between its two renames leaves dist.old-*: the next run puts it back, then removes every leftover', async () => {
    const dir = path.join(work, 'swap');
    const out = path.join(dir, 'dist');
    await mkdir(path.join(dir, 'dist.old-0123abcd'), { recursive: true });
    await writeFile(path.join(dir, 'dist.old-0123abcd', outputMarker), '');
    await writeFile(path.join(dir, 'dist.old-0123abcd', 'index.html'), '上次的站点');
    await mkdir(path.join(dir, 'dist.tmp-89abcdef'));
    await writeFile(path.join(dir, 'dist.tmp-89abcdef', 'half.html'), '一半');
    await mkdir(path.join(dir, 'dist.tmp-mine'));
    const session = await openOutDir(out);
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('上次的站点');
    expect(session.notes).toEqual([
      'restored dist/ from dist.old-0123abcd, left by a build interrupted while it swapped its output',
      'removed dist.tmp-89abcdef, left over from an interrupted build',
    ]);
    // The swap: the output is never missing for longer than between two renames, and is marked.
    await mkdir(session.temporary);
    await writeFile(path.join(session.temporary, 'index.html'), '新的站点');
    await session.swap();
    await session.close();
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('新的站点');
    expect(existsSync(path.join(out, outputMarker))).toBe(true);
    expect((await readdir(dir)).sort()).toEqual(['dist', 'dist.tmp-mine']); // a folder not named as ours stays
  });

  it('a second build into the same folder fails at once; a lock left by a dead process is taken over', async () => {
    const dir = path.join(work, 'lock');
    await mkdir(dir);
    const out = path.join(dir, 'dist');
    const first = await openOutDir(out);
    await expect(openOutDir(out)).rejects.toThrow(Refusal);
    await expect(openOutDir(out)).rejects.toThrow(/Another build is writing to .*dist: `policy build` \(pid \d+ on .*, since .*\)/);
    await first.close();
    // A process that has exited: its pid is free.
    const dead = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => dead.on('exit', resolve));
    await writeFile(path.join(dir, 'dist.lock'), JSON.stringify({ pid: dead.pid, host: (await import('node:os')).hostname(), command: 'policy build', started: '2024-01-01T00:00:00Z' }));
    const taken = await openOutDir(out);
    await taken.close();
    expect(existsSync(path.join(dir, 'dist.lock'))).toBe(false);
  });
});
