// The index's time fields: dated by the build (or SOURCE_DATE_EPOCH), valid for its whole period,
// never written already expired or about to expire, and a serial greater than the published one.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFeedFiles, feedClock, feedPaths, loadPreviousIndex, timeProblems } from '../../src/feed/index.ts';
import { tempDir } from '../helpers.ts';
import { serveStatic } from '../static-server.ts';
import { clock, firstRelease, newSdkRelease, releaseChain, testKey } from './fixtures.ts';
import { formatProblem, type Problem } from '../../src/report/refusal.ts';

const head = (problems: Problem[]) => problems.map((p) => p.reason);

describe('the build clock', () => {
  it('is the real time, or SOURCE_DATE_EPOCH when set; a SOURCE_DATE_EPOCH that is not seconds is refused', () => {
    const now = new Date('2026-12-01T09:10:11.789Z');
    expect(feedClock({}, now)).toEqual({ generatedAt: '2026-12-01T09:10:11Z', serial: 1796116211, fixed: false });
    expect(feedClock({ SOURCE_DATE_EPOCH: ' ' }, now)).toMatchObject({ generatedAt: '2026-12-01T09:10:11Z', fixed: false });
    expect(feedClock({ SOURCE_DATE_EPOCH: '1646128800' }, now)).toEqual({ generatedAt: '2022-03-01T10:00:00Z', serial: 1646128800, fixed: true });
    expect(formatProblem(feedClock({ SOURCE_DATE_EPOCH: '2022-03-01' }, now).problem!)).toMatch(/^SOURCE_DATE_EPOCH `2022-03-01` is not a time in whole seconds since 1970\.\n  hint: Unset it/);
  });
});

describe('expiry', () => {
  const now = new Date('2026-12-01T12:00:00Z');
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000).toISOString();

  it('refuses an index that has already expired: a SOURCE_DATE_EPOCH from an old commit', () => {
    const problems = timeProblems({ generatedAt: '2022-03-01T10:00:00Z', serial: 1646128800, now });
    expect(head(problems)).toEqual(['The feed index would be built at 2022-03-01T10:00:00Z and expire at 2022-03-15T10:00:00Z: it has already expired (now 2026-12-01T12:00:00Z), so every app would refuse it.']);
    expect(formatProblem(problems[0]!)).toContain('hint: The build time is 1736 days ago: SOURCE_DATE_EPOCH is probably set from an old commit. Unset it (the build then uses the current time) or set it to now: SOURCE_DATE_EPOCH=$(date +%s).');
  });

  it('refuses a build time in the future: its serial would lock out every honest build until then', () => {
    expect(head(timeProblems({ generatedAt: new Date(now.getTime() + 2 * 3_600_000).toISOString(), serial: 1, now }))).toEqual(['The feed index would be built at 2026-12-01T14:00:00Z, later than now (2026-12-01T12:00:00Z): its serial would stay above every honest build\'s until then, and apps would refuse those as rollbacks.']);
    expect(timeProblems({ generatedAt: new Date(now.getTime() + 30 * 60_000).toISOString(), serial: 1, now })).toEqual([]);
  });

  it('refuses one that would expire within a day, and accepts one valid for longer', () => {
    expect(head(timeProblems({ generatedAt: at(13.5), serial: 1, now }))[0]).toMatch(/would expire within a day/);
    expect(timeProblems({ generatedAt: at(12.9), serial: 1, now })).toEqual([]);
    expect(timeProblems({ generatedAt: at(0), serial: 1, now })).toEqual([]);
    expect(head(timeProblems({ generatedAt: at(0), serial: 1, now, expiresInDays: 1 }))).toEqual(['expiresInDays `1` is not more than 1.']);
  });

  it('a built index always expires its whole period after generatedAt, and the build writes nothing when refused', async () => {
    const releases = await releaseChain([firstRelease]);
    const fresh = await buildFeedFiles(releases, { generatedAt: at(0), serial: 1, now, env: {} });
    const index = JSON.parse(fresh.files.get(feedPaths.index)!);
    expect(Date.parse(index.expires) - Date.parse(index.generatedAt)).toBe(14 * 86_400_000);
    const stale = await buildFeedFiles(releases, { generatedAt: at(20), serial: 1, now, env: {} });
    expect(stale.files.size).toBe(0);
    expect(head(stale.errors)[0]).toMatch(/it has already expired/);
  });
});

describe('the serial against the published index (--previous-index)', () => {
  const published = { serial: clock.serial, current: '2021-10-13', source: 'https://privacy.example.com/feed/index.json' };

  it('must be greater: an equal or lower serial is refused, with a hint', () => {
    expect(timeProblems({ ...clock, serial: clock.serial + 1, previous: published })).toEqual([]);
    for (const serial of [clock.serial, clock.serial - 60]) {
      const [problem] = timeProblems({ ...clock, serial, previous: published }).map((p) => formatProblem(p));
      expect(problem).toMatch(new RegExp(`^The feed index would have serial ${serial}, not greater than ${clock.serial} of the index already published \\(https://privacy.example.com/feed/index.json\\)`));
      expect(problem).toContain('hint: The serial is the build time in seconds.');
    }
  });

  it('refuses an archive that lacks the release the published index names as current', async () => {
    const releases = await releaseChain([firstRelease]);
    const { errors } = await buildFeedFiles(releases, { ...clock, serial: clock.serial + 1, previous: { ...published, current: '2022-03-01' }, env: {} });
    expect(head(errors)).toEqual(['The index already published (https://privacy.example.com/feed/index.json) names release `2022-03-01` as current, but this archive has no such release: publishing it would take that version back from every app.']);
  });

  it('reads the published index from a file or over http(s), within a size limit and a deadline', async () => {
    const { dir, cleanup } = await tempDir();
    const key = testKey();
    const { files } = await buildFeedFiles(await releaseChain([firstRelease, newSdkRelease]), { ...clock, env: key.env });
    await writeFile(path.join(dir, 'index.json'), files.get(feedPaths.index)!);
    const server = await serveStatic(dir);
    const hung = createServer(() => {});
    await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
    try {
      const expected = { serial: clock.serial, current: '2022-03-01' };
      expect((await loadPreviousIndex('index.json', { cwd: dir })).value).toEqual({ ...expected, source: 'index.json' });
      expect((await loadPreviousIndex(`${server.url}/index.json`)).value).toEqual({ ...expected, source: `${server.url}/index.json` });

      const refused = async (location: string, options = {}) => (await loadPreviousIndex(location, { cwd: dir, ...options })).errors.map((e) => e.reason);
      expect(await refused('missing.json')).toEqual(['The previous index `missing.json` cannot be read.']);
      expect(await refused(`${server.url}/missing.json`)).toEqual([`The previous index \`${server.url}/missing.json\` answered HTTP 404.`]);
      expect(await refused('http://privacy.example.com/feed/index.json')).toEqual(['The previous index `http://privacy.example.com/feed/index.json` is not an https URL (http is accepted on a loopback host only).']);
      expect(await refused('index.json', { maxBytes: 100 })).toEqual([`The previous index \`index.json\` is ${files.get(feedPaths.index)!.length} bytes, more than the 100 an index can be.`]);
      expect(await refused(`${server.url}/index.json`, { maxBytes: 100 })).toEqual([`The previous index \`${server.url}/index.json\` is more than 100 bytes, more than an index can be.`]);
      const { port } = hung.address() as AddressInfo;
      const started = performance.now();
      expect(await refused(`http://127.0.0.1:${port}/feed/index.json`, { timeoutMs: 200 })).toEqual([`The previous index \`http://127.0.0.1:${port}/feed/index.json\` could not be fetched (no complete answer within 200 ms).`]);
      expect(performance.now() - started).toBeLessThan(2000);
      await writeFile(path.join(dir, 'keys.json'), files.get(feedPaths.keys)!);
      expect(await refused('keys.json')).toEqual(['The previous index `keys.json` is not a policy-press/feed-index@1 document.']);
      expect(formatProblem((await loadPreviousIndex('missing.json', { cwd: dir })).errors[0]!)).toContain('hint: Give the published index: its URL (https://…/feed/index.json) or a copy of the file. For the very first publish, leave --previous-index out.');
    } finally {
      hung.closeAllConnections();
      await new Promise((resolve) => hung.close(resolve));
      await server.close();
      await cleanup();
    }
  });
});
