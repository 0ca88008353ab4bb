// The real `policy release` and `policy verify` commands, run as processes.
import { rulesVersion } from '../../src/diff/rules.ts';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.ts';
import { dated, edit, runPolicy, workspace, type Workspace } from '../workspace.ts';

let ws: Workspace;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const temp = await tempDir('policy-cli-');
  cleanup = temp.cleanup;
  ws = await workspace(temp.dir);
});
afterAll(() => cleanup());

describe('policy release and policy verify (CLI)', () => {
  it('releases the seed with the default folders, relative to the working directory', async () => {
    const run = await runPolicy(['release', '--id', '2021-10-13', '--note', '首次发布'], ws.dir);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('released versions/2021-10-13: policy.json, release.json\nlevel: reconsent · pop-up: yes · consent epoch 1 · categories: service-model\n');
    expect(run.status).toBe(0);
    expect(await runPolicy(['verify'], ws.dir)).toEqual({ status: 0, stdout: 'versions: 1 release verified (2021-10-13)\n', stderr: '' });
  });

  it('refuses to overwrite, with the problem and a hint', async () => {
    const run = await runPolicy(['release', '--id', '2021-10-13', '--note', 'again'], ws.dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      'policy release: error: versions/2021-10-13 already exists: a released version is never overwritten\n  hint: Give this release a new id: the next day, or the same day with `.2`, `.3`, ….\n',
    );
  });

  it('refuses undecided review items, then releases with --decide', async () => {
    await dated(ws, '2022-01-10');
    await edit(ws, 'chapters/sharing.md', (t) => t.replace('我们不会将您的个人信息转让给任何公司', '我们可能会将您的个人信息转让给任何公司'));
    const refused = await runPolicy(['release', '--id', '2022-01-10', '--note', '调整转让条款'], ws.dir);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^policy release: error: 1 review item needs an editor's decision:\n {2}chapter\/sharing \(三、我们如何共享、转让、公开披露您的信息\)\n {2}hint: /);
    // 不会 taken back before 转让: the signals suggest separate-consent; a lower decision must say so.
    const below = await runPolicy(['release', '--id', '2022-01-10', '--note', '调整转让条款', '--decide', 'chapter/sharing=reconsent:转让条件放宽'], ws.dir);
    expect(below.status).toBe(1);
    expect(below.stderr).toBe(
      'policy release: error: 1 decision is below what the signals suggest:\n  chapter/sharing: decided reconsent, the signals suggest at least separate-consent (signal-negation: 不会→会)\n' +
        '  hint: Decide at least the suggested level, or, if the signals do not apply, confirm with --below-suggestion chapter/sharing (or `belowSuggestion: true` in --decisions) and say in the reason why they do not apply.\n',
    );
    const run = await runPolicy(['release', '--id', '2022-01-10', '--note', '调整转让条款', '--decide', 'chapter/sharing=reconsent:转让条件放宽，仅限合并收购情形，不向新的接收方提供', '--below-suggestion', 'chapter/sharing'], ws.dir);
    expect(run.stderr).toBe('');
    const record = JSON.parse(await readFile(path.join(ws.versionsDir, '2022-01-10/release.json'), 'utf8'));
    expect(record.decisions[0]).toMatchObject({ level: 'reconsent', belowSuggestion: true, review: { id: 'chapter/sharing', signals: [expect.objectContaining({ kind: 'negation', term: '不会→会', context: '转让' })] } });
    expect(record.rules).toBe(rulesVersion);
    expect(run.stdout).toContain('level: reconsent · pop-up: yes · consent epoch 2 · categories: recipients');
    expect(run.status).toBe(0);
  });

  it('a bad command line is a usage error (exit 2)', async () => {
    const run = await runPolicy(['release', '--id', '2022-02-01'], ws.dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^policy release: --note is required/);
    expect((await runPolicy(['release', '--id', '2022-02-01', '--note', 'x', '--level', 'notify'], ws.dir)).status).toBe(2);
  });

  it('verify names a tampered file and exits 1', async () => {
    const file = path.join(ws.versionsDir, '2021-10-13/policy.json');
    const original = await readFile(file);
    await writeFile(file, Buffer.concat([original, Buffer.from(' ')]));
    try {
      const run = await runPolicy(['verify'], ws.dir);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr.split('\n')[0]).toMatch(/^versions\/2021-10-13\/policy\.json: changed: sha256 [0-9a-f]{64} \(\d+ bytes\), release\.json records/);
      expect(run.stderr).toMatch(/\n1 problem\n$/);
      // A release on a tampered archive is refused too.
      expect((await runPolicy(['release', '--id', '2022-01-10.2', '--note', 'x'], ws.dir)).stderr).toMatch(/^policy release: error: The archive does not verify/);
    } finally {
      await writeFile(file, original);
    }
  });
});
