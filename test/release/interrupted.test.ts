// Interrupted and concurrent releases, and an archive folder that is not what it must be.
import { spawn } from 'node:child_process';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyArchive } from '../../src/release/verify.ts';
import { tempDir } from '../helpers.ts';
import { dated, released, runPolicy, workspace } from '../workspace.ts';
import { createRelease } from '../../src/release/create.ts';

const { dir: work, cleanup } = await tempDir();
afterAll(cleanup);

const release = (ws: { versionsDir: string; policyDir: string }, id: string) =>
  createRelease({ id, note: `发布 ${id}`, rulings: new Map(), highRisk: false, versionsDir: ws.versionsDir, policyDir: ws.policyDir });

describe('releases under a lock', () => {
  it('two concurrent releases: one is refused at once, and the archive verifies', async () => {
    const ws = await workspace(path.join(work, 'concurrent'));
    await released(ws, '2021-10-13');
    await dated(ws, '2021-10-14');
    const outcomes = await Promise.allSettled([release(ws, '2021-10-14'), release(ws, '2021-10-14.2')]);
    const refused = outcomes.filter((o) => o.status === 'rejected').map((o) => String((o as PromiseRejectedResult).reason.message));
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatch(/^Another release is writing to .*versions: `policy release` \(pid \d+/);
    const { problems } = await verifyArchive(ws.versionsDir);
    expect(problems).toEqual([]);
  });

  it('a release killed before its rename leaves `.<id>.tmp-*`: verify passes and names it with the command that removes it; the next release removes it', async () => {
    const ws = await workspace(path.join(work, 'leftover'));
    await released(ws, '2021-10-13');
    const leftover = path.join(ws.versionsDir, '.2021-10-14.tmp-AbC123');
    await mkdir(leftover);
    await writeFile(path.join(leftover, 'policy.json'), '{"half":');
    const verify = await runPolicy(['verify', '--versions', 'versions'], ws.dir);
    expect(verify.status).toBe(0);
    expect(verify.stderr).toBe("note: versions/.2021-10-14.tmp-AbC123 is the temporary folder of a `policy release` that did not finish; it is not part of the archive. Remove it with `rm -r -- 'versions/.2021-10-14.tmp-AbC123'` (the next `policy release` removes it too).\n");
    await dated(ws, '2021-10-14');
    const next = await runPolicy(['release', '--id', '2021-10-14', '--note', '修订', '--versions', 'versions', '--policy', 'policy'], ws.dir);
    expect(next.status, next.stderr).toBe(0);
    expect(next.stderr).toContain('removed versions/.2021-10-14.tmp-AbC123, left over from a release that did not finish');
    expect(existsSync(leftover)).toBe(false);
    expect(await runPolicy(['verify', '--versions', 'versions'], ws.dir)).toMatchObject({ status: 0, stderr: '' });
  });

  it('a lock left by a release that died is taken over; one held by a live process refuses with its pid and the command to remove it', async () => {
    const ws = await workspace(path.join(work, 'stale'));
    await released(ws, '2021-10-13');
    const dead = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => dead.on('exit', resolve));
    const lock = path.join(ws.versionsDir, '.policy-press.lock');
    await writeFile(lock, JSON.stringify({ pid: dead.pid, host: hostname(), command: 'policy release', started: '2024-01-01T00:00:00Z' }));
    await dated(ws, '2021-10-14');
    expect((await release(ws, '2021-10-14')).record).toBeDefined();
    await writeFile(lock, JSON.stringify({ pid: process.pid, host: hostname(), command: 'policy release', started: '2024-01-01T00:00:00Z' }));
    await dated(ws, '2021-10-15');
    const refused = await runPolicy(['release', '--id', '2021-10-15', '--note', '修订', '--versions', 'versions', '--policy', 'policy'], ws.dir);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`Another release is writing to versions: \`policy release\` (pid ${process.pid}`);
    expect(refused.stderr).toContain("remove the lock: rm -- 'versions/.policy-press.lock'");
    await rm(lock);
  });
});

describe('an archive folder that is not what it must be', () => {
  it('`versions` being a file: verify, release and build exit 1 with the problem, never 70', async () => {
    const ws = await workspace(path.join(work, 'file'));
    await writeFile(ws.versionsDir, 'not a folder\n');
    const verify = await runPolicy(['verify', '--versions', 'versions'], ws.dir);
    expect(verify).toMatchObject({ status: 1 });
    expect(verify.stderr).toContain('versions: is a file, not a folder: the archive is a folder of version folders');
    for (const args of [['release', '--id', '2021-10-13', '--note', '首次', '--versions', 'versions', '--policy', 'policy'], ['build', '--no-pdf', '--versions', 'versions', '--out', 'out']]) {
      const result = await runPolicy(args, ws.dir);
      expect(result.status, result.stderr).toBe(1);
      expect(result.stderr).not.toContain('internal error');
    }
  });

  it('a symbolic link, or a FIFO, in a version folder is a problem named by path; nothing is read through it', async () => {
    const ws = await workspace(path.join(work, 'link'));
    await released(ws, '2021-10-13');
    const document = path.join(ws.versionsDir, '2021-10-13/policy.json');
    await rm(document);
    await symlink('/dev/zero', document);
    const { problems } = await verifyArchive(ws.versionsDir, ws.dir);
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toContain('versions/2021-10-13/policy.json: is a symbolic link: an archive holds only folders and regular files');
  });
});
