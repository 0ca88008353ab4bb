// End to end with the real release tool: `policy release` twice into a temporary archive,
// readArchive, the feed, then the reference client's decision on it.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArchive } from '../../src/release/archive.ts';
import { buildFeedFiles, feedClock, feedPaths } from '../../src/feed/index.ts';
import { check, memoryStorage, storageKeys } from '../../src/client/index.ts';
import { copyRealPolicy, root, tempDir } from '../helpers.ts';
import { schemaErrors } from './ajv.ts';
import { runPolicy } from '../workspace.ts';
import { testKey } from './fixtures.ts';
import { formatProblem } from '../../src/report/refusal.ts';

async function release(args: string[]) {
  const run = await runPolicy(['release', ...args], root);
  if (run.status !== 0) throw new Error(run.stderr + run.stdout);
}

describe('the feed of a real archive', () => {
  it('publishes what `policy release` recorded, and the client asks for the separate consent it names', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const policy = await copyRealPolicy(dir);
      const versions = path.join(dir, 'versions');
      await release(['--id', '2021-10-13', '--note', '首次发布', '--versions', versions, '--policy', policy]);
      // The second version collects the (sensitive) location for one more purpose, effective a week later.
      const edit = async (file: string, from: string, to: string) => writeFile(path.join(policy, file), (await readFile(path.join(policy, file), 'utf8')).replace(from, to));
      await edit('policy.yaml', 'updated: 2021-10-13', 'updated: 2022-03-01');
      await edit('policy.yaml', 'effective: 2021-10-13', 'effective: 2022-03-08');
      await edit('purposes.yaml', 'items: [cell-info]', 'items: [cell-info, location]');
      await release(['--id', '2022-03-01', '--effective', '2022-03-08', '--note', '检测不同区域的服务新增收集位置信息', '--versions', versions, '--policy', policy]);

      const releases = await readArchive(versions);
      const key = testKey();
      const clock = feedClock({ SOURCE_DATE_EPOCH: '1646128800' });
      if (clock.problem !== undefined) throw new Error(formatProblem(clock.problem));
      const { files, errors, warnings } = await buildFeedFiles(releases, { generatedAt: clock.generatedAt, serial: clock.serial, now: new Date('2022-03-01T10:00:00Z'), env: key.env });
      expect([errors, warnings]).toEqual([[], []]);
      expect(schemaErrors('feed-version.schema.json', JSON.parse(files.get(feedPaths.version('2022-03-01'))!))).toBe('');
      const index = JSON.parse(files.get(feedPaths.index)!);
      expect(index).toMatchObject({ serial: 1646128800, generatedAt: '2022-03-01T10:00:00Z', expires: '2022-03-15T10:00:00Z', current: { id: '2022-03-01', effective: '2022-03-08', consentEpoch: 2, level: 'separate-consent' } });
      const version = JSON.parse(files.get(feedPaths.version('2022-03-01'))!);
      expect(version.documentSha256).toBe(releases[1]!.document.sha256);
      expect(version.separateConsent.map((i: { id: string }) => i.id)).toEqual(['item/location']);

      const fetch = async (url: string) => {
        const text = files.get(new URL(url).pathname.slice(1));
        return text === undefined ? new Response(null, { status: 404 }) : new Response(text);
      };
      const accepted = { format: 'policy-press/consent-receipt@1', policyId: '2021-10-13', consentEpoch: 1, sha256: releases[0]!.document.sha256, policyUrl: '', controller: '', action: 'consent', acceptedAt: '2021-10-13T04:00:00.000Z', shown: { from: null, releases: ['2021-10-13'] }, separateConsent: [] };
      const storage = memoryStorage({ [storageKeys.receipt]: JSON.stringify(accepted) });
      // Served anywhere: the feed's URLs are relative to the index.
      const options = { baseUrl: 'https://privacy.example.com/', storage, trustedKeys: [key.published], fetch };
      expect(await check({ ...options, now: new Date('2022-03-07T23:59:00+08:00') })).toMatchObject({ ok: true, action: 'none', reason: 'not-yet-effective' });
      const due = await check({ ...options, now: new Date('2022-03-08T00:00:00+08:00') });
      expect(due).toMatchObject({ ok: true, action: 'separate-consent', popup: { consent: [{ id: 'item/location', required: true }] } });
      expect(due.ok && due.action !== 'none' && due.popup.sections[0]!.lines[0]!.runs).toEqual([{ text: '“为检测不同区域的服务”：新增收集' }, { text: '位置信息', sensitive: true }]);
    } finally {
      await cleanup();
    }
  });
});
