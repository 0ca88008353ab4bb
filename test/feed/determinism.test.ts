import { describe, expect, it } from 'vitest';
import { buildFeedFiles, feedPaths, renderFeed } from '../../src/feed/index.ts';
import { clock, firstRelease, newSdkRelease, releaseChain, testKey, type ReleaseSpec } from './fixtures.ts';
import { formatProblem } from '../../src/report/refusal.ts';

const chain: ReleaseSpec[] = [firstRelease, { id: '2021-12-01' }, newSdkRelease];

/** `count` releases, ids all of one length, every tenth one material. */
function synthetic(count: number): ReleaseSpec[] {
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2030, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    return i === 0 ? { ...firstRelease, id: day } : i % 10 === 0 ? { id: day, level: 'reconsent' } : { id: day };
  });
}

describe('feed output', () => {
  it('is byte-identical for the same releases, options and key', async () => {
    const releases = await releaseChain(chain);
    const key = testKey();
    const [a, b] = await Promise.all([buildFeedFiles(releases, { ...clock, env: key.env }), buildFeedFiles(await releaseChain(chain), { ...clock, env: key.env })]);
    expect([...a.files.keys()]).toEqual(['feed/history.json', 'feed/index.json', 'feed/index.json.sig', 'feed/keys.json', 'feed/versions/2021-10-13.json', 'feed/versions/2021-12-01.json', 'feed/versions/2022-03-01.json']);
    expect([...a.files]).toEqual([...b.files]);
    for (const text of a.files.values()) expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2) + '\n');
  });

  it('never changes a published version document or the history when only the build time changes', async () => {
    const releases = await releaseChain(chain);
    const before = renderFeed(releases.slice(0, 2), { ...clock }, { published: [] });
    const after = renderFeed(releases, { generatedAt: '2022-06-01T00:00:00Z', serial: clock.serial + 1 }, { published: [] });
    for (const id of ['2021-10-13', '2021-12-01']) expect(after.get(feedPaths.version(id))).toBe(before.get(feedPaths.version(id)));
    const later = renderFeed(releases, { generatedAt: '2022-07-01T00:00:00Z', serial: clock.serial + 2 }, { published: [] });
    expect(later.get(feedPaths.history)).toBe(after.get(feedPaths.history));
    expect(later.get(feedPaths.index)).not.toBe(after.get(feedPaths.index));
  });

  it('keeps the index the same size with 1 or 100 releases', async () => {
    const key = testKey();
    const size = async (count: number) => {
      const { files, errors } = await buildFeedFiles(await releaseChain(synthetic(count)), { ...clock, env: key.env });
      expect(errors).toEqual([]);
      return { index: Buffer.byteLength(files.get(feedPaths.index)!), history: Buffer.byteLength(files.get(feedPaths.history)!) };
    };
    const one = await size(1);
    const hundred = await size(100);
    // Only values differ: two `previous` ids where the single release has null (+8 bytes each), a longer consentEpoch, other ids.
    expect(Math.abs(hundred.index - one.index)).toBeLessThanOrEqual(20);
    expect(hundred.history).toBeGreaterThan(50 * one.history);
  });

  it('expires 14 days after generatedAt unless told otherwise, at second precision', async () => {
    const releases = await releaseChain([firstRelease]);
    const index = (days?: number) => JSON.parse(renderFeed(releases, { generatedAt: '2022-03-01T08:00:00.999Z', serial: 1, ...(days ? { expiresInDays: days } : {}) }, { published: [] }).get(feedPaths.index)!);
    expect(index()).toMatchObject({ generatedAt: '2022-03-01T08:00:00Z', expires: '2022-03-15T08:00:00Z', signed: false });
    expect(index(7).expires).toBe('2022-03-08T08:00:00Z');
  });

  it('points the index at the current and the latest material release, with their bytes', async () => {
    const releases = await releaseChain([...chain, { id: '2022-04-01' }]);
    const files = renderFeed(releases, { ...clock }, { published: [] });
    const index = JSON.parse(files.get(feedPaths.index)!);
    expect(index.current).toMatchObject({ id: '2022-04-01', previous: '2022-03-01', level: 'none', consentEpoch: 2, url: 'versions/2022-04-01.json', html: '../versions/2022-04-01/', pdf: '../versions/2022-04-01/policy.pdf' });
    expect(index.history.url).toBe('history.json');
    expect(index.keys.url).toBe('keys.json');
    expect(index.latestMaterial).toMatchObject({ id: '2022-03-01', level: 'separate-consent', consentEpoch: 2 });
    const material = files.get(feedPaths.version('2022-03-01'))!;
    expect(index.latestMaterial.length).toBe(Buffer.byteLength(material));
    const history = JSON.parse(files.get(feedPaths.history)!);
    expect(history.releases.map((r: { id: string }) => r.id)).toEqual(['2022-04-01', '2022-03-01', '2021-12-01', '2021-10-13']);
    const version = JSON.parse(material);
    expect(version).toMatchObject({ previous: '2021-12-01', links: { html: '../versions/2022-03-01/', pdf: '../versions/2022-03-01/policy.pdf', previous: { id: '2021-12-01', url: 'versions/2021-12-01.json', html: '../versions/2021-12-01/', pdf: '../versions/2021-12-01/policy.pdf' } }, documentSha256: releases[2]!.document.sha256 });
    expect(version.dialog.links).toEqual({ policy: '../versions/2022-03-01/', pdf: '../versions/2022-03-01/policy.pdf', changes: [{ id: '2022-03-01', url: '../versions/2022-03-01/changes/' }] });
    expect(version.separateConsent.map((i: { id: string }) => i.id)).toEqual(['recipient/baidu', 'item/location']);
    expect(version.dialog.consent.map((i: { id: string }) => i.id)).toEqual(['recipient/baidu', 'item/location']);
    expect(version.summary.html).toContain('<strong>位置信息</strong>');
    expect(version.content.sdks.length).toBe(releases[2]!.document.sdks.length);
  });

  it('reports bad input as what is wrong and how to fix it, and writes nothing', async () => {
    const releases = await releaseChain(chain);
    const result = await buildFeedFiles([releases[0]!, releases[2]!], { generatedAt: 'yesterday', serial: -1, expiresInDays: 1, env: {} });
    expect(result.files.size).toBe(0);
    expect(result.errors.map((e) => e.reason)).toEqual([
      'Release `2022-03-01` follows `2021-12-01`, but comes after `2021-10-13`.',
      'generatedAt `yesterday` is not a time.',
      'serial `-1` is not a non-negative integer.',
      'expiresInDays `1` is not more than 1.',
    ]);
    expect(result.errors.every((e) => e.hint !== undefined)).toBe(true);
    expect(formatProblem((await buildFeedFiles([], { ...clock, env: {} })).errors[0]!)).toMatch(/^There is no release/);
  });
});
