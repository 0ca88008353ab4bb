// src/cli/run.ts, in-process: the one place a failure becomes an exit code.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { root } from '../helpers.ts';
import { runPolicy } from '../workspace.ts';

describe('run(argv, io)', () => {
  it('a usage error is exit 2 with the usage; an unknown command lists the commands', async () => {
    const bad = await runPolicy(['compile', '--nope'], root);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^policy compile: Unknown option '--nope'.*\n\npolicy compile \[--policy DIR\]/s);
    const unknown = await runPolicy(['compil'], root);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^policy: unknown command `compil`\n\npolicy <command> \[options\]/);
  });

  it('a value that starts with a dash is the value of its option (a base64url public key does one time in 64); a missing value is still an error', async () => {
    // Not one of the command's options: the value of --versions (a folder with no releases yet).
    const dashed = await runPolicy(['verify', '--versions', '-Xo9nowhere'], root);
    expect(dashed).toMatchObject({ status: 0, stdout: '-Xo9nowhere: 0 releases verified\n', stderr: '' });
    // The next argument is one of the command's options: --versions has no value.
    const missing = await runPolicy(['verify', '--versions', '--published', 'site'], root);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^policy verify: .*--versions/);
  });

  it('a file system that refuses is a refusal with a hint (exit 1), in bounded time even where a folder cannot have children', async () => {
    const missing = await runPolicy(['check', '--policy', 'no-such-folder'], root);
    expect(missing.status).toBe(1);
    if (!existsSync('/proc/self')) return;
    const proc = await runPolicy(['compile', '--out', '/proc/no-such/policy.json'], root);
    expect(proc).toMatchObject({ status: 1, stdout: '' });
    expect(proc.stderr).toMatch(/(^|\n)policy compile: error: cannot mkdir \/proc\/no-such: .*\n {2}hint: /);
  });

  it('runs in the folder it is given and gives the process its own folder back', async () => {
    const before = process.cwd();
    const verify = await runPolicy(['verify'], root);
    expect(verify).toMatchObject({ status: 0, stdout: 'versions: 1 release verified (2021-10-13)\n' });
    await runPolicy(['verify', '--versions', 'nowhere'], '/tmp');
    expect(process.cwd()).toBe(before);
  });
});
