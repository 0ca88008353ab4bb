// One real process per command: the bin (src/cli/policy.ts) under the Node of node_modules/.bin,
// its exit code and its streams. Every other CLI test runs the same commands in-process
// (test/workspace.ts runPolicy → src/cli/run.ts); `policy build` runs as a process in
// test/site/address.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { tempDir } from '../helpers.ts';
import { released, runPolicyAsync, workspace, type Workspace } from '../workspace.ts';

let work: Awaited<ReturnType<typeof tempDir>>;
let ws: Workspace;

beforeAll(async () => {
  work = await tempDir();
  ws = await workspace(work.dir);
  await released(ws, '2021-10-13', { note: '首次发布' });
});
afterAll(() => work.cleanup());

describe('the policy bin as a process', () => {
  it('runs each command, exits with its code and writes its streams', async () => {
    const keys = path.join(work.dir, 'keys');
    const [help, check, compile, verify, diff, review, keygen, release, crash] = await Promise.all([
      runPolicyAsync([], ws.dir),
      runPolicyAsync(['check'], ws.dir),
      runPolicyAsync(['compile', '--out', 'policy.json'], ws.dir),
      runPolicyAsync(['verify'], ws.dir),
      runPolicyAsync(['diff', 'latest', 'working', '--format', 'json'], ws.dir),
      runPolicyAsync(['review'], ws.dir),
      runPolicyAsync(['keygen', '--out', keys], work.dir),
      runPolicyAsync(['release', '--id', '2021-10-13', '--note', 'again'], ws.dir),
      runPolicyAsync(['diff', 'no-such-release', 'working'], ws.dir),
    ]);
    expect(help.status).toBe(2);
    expect(help.stdout).toMatch(/^policy <command> \[options\]\n\nCommands:\n {2}policy init \[DIR\]\n {2}policy check/);
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).toMatch(/\d+ errors?, \d+ warnings?\n$/);
    expect(compile.status, compile.stderr).toBe(0);
    expect(JSON.parse(await readFile(path.join(ws.dir, 'policy.json'), 'utf8')).format).toBe('policy-press/policy@1');
    expect(verify).toMatchObject({ status: 0, stdout: 'versions: 1 release verified (2021-10-13)\n', stderr: '' });
    expect(diff.status, diff.stderr).toBe(0);
    expect(JSON.parse(diff.stdout).level).toBe('none');
    expect(review.status, review.stderr).toBe(0);
    expect(review.stdout).toContain('none');
    expect(keygen.status, keygen.stderr).toBe(0);
    expect(keygen.stdout).toMatch(/^policy keygen: wrote a new Ed25519 key pair/);
    // A refusal: exit 1, the command's name, the reason, the hint; never "internal error".
    expect(release.status).toBe(1);
    expect(release.stderr).toMatch(/^policy release: error: .*versions\/2021-10-13 already exists: a released version is never overwritten\n {2}hint: /);
    expect(crash.status).toBe(1);
    expect(crash.stderr).toMatch(/^policy diff: error: `no-such-release` is neither a release id, `latest`, `working`, nor a policy folder \(no policy.yaml in it\)\n {2}hint: /);
  });
});
