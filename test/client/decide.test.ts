// The decision alone, on feed documents built from real releases (no network).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareIds, decide, effectiveAt, resolveTimeline, versionsNeeded, type FeedHistory, type FeedIndex, type FeedVersion, type StoredConsent, type Timeline } from '../../src/client/index.ts';
import { feedPaths, renderFeed } from '../../src/feed/index.ts';
import { baseUrl, clock, firstRelease, newSdkRelease, releaseChain, type ReleaseSpec } from '../feed/fixtures.ts';
import { root } from '../helpers.ts';

async function feed(specs: ReleaseSpec[]) {
  const files = renderFeed(await releaseChain(specs), { baseUrl, ...clock }, { published: [] });
  const index: FeedIndex = JSON.parse(files.get(feedPaths.index)!);
  const history: FeedHistory = JSON.parse(files.get(feedPaths.history)!);
  const versions = new Map<string, FeedVersion>(history.releases.map((r) => [r.id, JSON.parse(files.get(feedPaths.version(r.id))!)]));
  return { index, history, versions };
}

function run(f: Awaited<ReturnType<typeof feed>>, stored: StoredConsent, now: Date) {
  let timeline = resolveTimeline(f.index, undefined, stored, now);
  const usedHistory = timeline === 'need-history';
  if (timeline === 'need-history') timeline = resolveTimeline(f.index, f.history, stored, now) as Timeline;
  const needed = versionsNeeded(timeline, stored).map((r) => r.id);
  return { usedHistory, needed, decision: decide(timeline, f.versions, stored) };
}

const receipt = (policyId: string, consentEpoch: number) => ({ receipt: { format: 'policy-press/consent-receipt@1' as const, policyId, consentEpoch, sha256: '0'.repeat(64), policyUrl: '', controller: '', action: 'consent' as const, acceptedAt: '', separateConsent: [] } });

describe('decide', () => {
  it('orders release ids by date, then by the N-th release of a day', () => {
    expect(['2022-03-01.10', '2022-03-01', '2021-12-31', '2022-03-01.2'].sort(compareIds)).toEqual(['2021-12-31', '2022-03-01', '2022-03-01.2', '2022-03-01.10']);
  });

  it('takes an effective date to begin at 00:00 in China', () => {
    expect(new Date(effectiveAt('2022-01-17')).toISOString()).toBe('2022-01-16T16:00:00.000Z');
  });

  it('needs neither the history nor any document when nothing changed', async () => {
    const f = await feed([firstRelease]);
    expect(run(f, receipt('2021-10-13', 1), new Date('2021-11-01'))).toMatchObject({ usedHistory: false, needed: [], decision: { action: 'none', reason: 'up-to-date' } });
  });

  it('on first launch before the newest release is in force, asks consent to the one in force', async () => {
    const f = await feed([firstRelease, { ...newSdkRelease, effective: '2022-03-08' }]);
    const { usedHistory, decision } = run(f, {}, new Date('2022-03-02T00:00:00Z'));
    expect(usedHistory).toBe(true);
    expect(decision).toMatchObject({ action: 'consent', version: { id: '2021-10-13' }, upcoming: { id: '2022-03-01', effective: '2022-03-08' } });
  });

  it('counts only the releases after the later of the receipt and a quiet update', async () => {
    const f = await feed([firstRelease, { id: '2021-11-01', level: 'notify' }, { id: '2021-12-01', level: 'none' }, { id: '2022-01-01', level: 'notify' }]);
    expect(run(f, { ...receipt('2021-11-01', 1), seen: '2021-12-01' }, new Date('2022-01-02'))).toMatchObject({ usedHistory: false, needed: ['2022-01-01'], decision: { action: 'notify', changes: [{ id: '2022-01-01' }] } });
    expect(run(f, receipt('2021-10-13', 1), new Date('2022-01-02'))).toMatchObject({ usedHistory: true, needed: ['2021-11-01', '2022-01-01'], decision: { action: 'notify' } });
  });

  it('re-consents with the current summary when the separate-consent release is the current one, and merges items of skipped ones', async () => {
    const second = { ...newSdkRelease, id: '2022-04-01', separateConsent: [newSdkRelease.separateConsent![1]!, { id: 'cross-border', text: '跨境传输', html: '跨境传输' }] };
    const f = await feed([firstRelease, newSdkRelease, second]);
    const { decision } = run(f, receipt('2021-10-13', 1), new Date('2022-04-02'));
    expect(decision.action).toBe('separate-consent');
    expect(decision.separateConsent.map((i) => i.id)).toEqual(['item/location', 'sdk/umeng-sdk', 'cross-border']);
    expect(decision.changes.map((c) => c.id)).toEqual(['2022-03-01', '2022-04-01']);
  });

  it('needs no history when only quiet updates follow the latest material release', async () => {
    const f = await feed([firstRelease, newSdkRelease, { id: '2022-03-02', level: 'none' }, { id: '2022-03-03', level: 'none' }]);
    expect(run(f, receipt('2021-10-13', 1), new Date('2022-03-04'))).toMatchObject({ usedHistory: false, needed: ['2022-03-01', '2022-03-03'], decision: { action: 'separate-consent', version: { id: '2022-03-03' }, changes: [{ id: '2022-03-01' }] } });
    expect(run(f, { ...receipt('2021-10-13', 1), seen: '2022-03-01' }, new Date('2022-03-04')).usedHistory).toBe(true);
  });

  it('does not re-ask a user whose epoch is already current', async () => {
    const f = await feed([firstRelease, newSdkRelease, { id: '2022-03-02', level: 'none' }]);
    expect(run(f, receipt('2022-03-01', 2), new Date('2022-03-03'))).toMatchObject({ needed: [], decision: { action: 'none', reason: 'quiet-update', version: { id: '2022-03-02' } } });
  });
});

describe('the client package', () => {
  it('uses Web APIs only: no node: import, nothing outside src/client but generated types', async () => {
    const dir = path.join(root, 'src/client');
    for (const file of await readdir(dir)) {
      const source = await readFile(path.join(dir, file), 'utf8');
      for (const [, what, from] of source.matchAll(/^(import type|import|export)\b[^;'"]*?(?:\bfrom\s+|^import\s+)['"]([^'"]+)['"]/gm)) {
        expect(from, `${file} imports ${from}`).toMatch(/^\.\/|^\.\.\/model\/generated\//);
        if (from!.startsWith('../')) expect(what, `${file}: ${from} must be a type import`).toBe('import type');
      }
      expect(source, file).not.toMatch(/\b(Buffer|process|require)\b[.(]/);
    }
  });
});
