// The decision alone, on feed documents built from real releases (no network).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareIds, decide, effectiveAt, resolveTimeline, versionsNeeded, type ConsentReceipt, type FeedHistory, type FeedIndex, type FeedVersion, type StoredConsent, type Timeline } from '../../src/client/index.ts';
import { feedPaths, renderFeed } from '../../src/feed/index.ts';
import { clock, firstRelease, newSdkRelease, noticeRelease, releaseChain, type ReleaseSpec } from '../feed/fixtures.ts';
import { root } from '../helpers.ts';

async function feed(specs: ReleaseSpec[]) {
  const files = renderFeed(await releaseChain(specs), { ...clock }, { published: [] });
  const index: FeedIndex = JSON.parse(files.get(feedPaths.index)!);
  const history: FeedHistory = JSON.parse(files.get(feedPaths.history)!);
  const versions = new Map<string, FeedVersion>(history.releases.map((r) => [r.id, JSON.parse(files.get(feedPaths.version(r.id))!)]));
  return { index, history, versions };
}

function run(f: Awaited<ReturnType<typeof feed>>, stored: StoredConsent, now: Date, maxDocuments?: number) {
  let timeline = resolveTimeline(f.index, undefined, stored, now);
  const usedHistory = timeline === 'need-history';
  if (timeline === 'need-history') timeline = resolveTimeline(f.index, f.history, stored, now) as Timeline;
  const needed = versionsNeeded(timeline, stored, maxDocuments).map((r) => r.id);
  return { usedHistory, needed, decision: decide(timeline, f.versions, stored, maxDocuments) };
}

const receipt = (policyId: string, consentEpoch: number, separateConsent: ConsentReceipt['separateConsent'] = []): StoredConsent => ({
  receipt: { format: 'policy-press/consent-receipt@1', policyId, consentEpoch, sha256: '0'.repeat(64), policyUrl: '', controller: '', action: 'consent', acceptedAt: '', shown: { from: null, releases: [policyId] }, separateConsent },
});

/** Notices of one change each, one a month from 2021-11. */
const notices = (ids: string[]): ReleaseSpec[] => ids.map((id, i) => ({ id, edit: (doc) => void (doc.contacts.find((c) => c.id === 'hotline')!.value = `400-000-000${i}`) }));

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

  it('on first launch before the newest release is in force, asks consent to the one in force with its first-run pop-up', async () => {
    const f = await feed([firstRelease, { ...newSdkRelease, effective: '2022-03-08' }]);
    const { usedHistory, decision } = run(f, {}, new Date('2022-03-02T00:00:00Z'));
    expect(usedHistory).toBe(true);
    expect(decision).toMatchObject({ action: 'consent', version: { id: '2021-10-13' }, upcoming: { id: '2022-03-01', effective: '2022-03-08' }, base: null, releases: [] });
    expect(decision.action !== 'none' && decision.popup).toEqual(f.versions.get('2021-10-13')!.welcome);
  });

  it('counts only the releases after the later of the receipt and a quiet update', async () => {
    const f = await feed([firstRelease, { ...noticeRelease, id: '2021-11-01' }, { id: '2021-12-01' }, { ...noticeRelease, id: '2022-01-01', edit: (doc) => void (doc.contacts.find((c) => c.id === 'email')!.value = 'privacy@eachmobile.cn') }]);
    const after = run(f, { ...receipt('2021-11-01', 1), seen: '2021-12-01' }, new Date('2022-01-02'));
    expect(after).toMatchObject({ usedHistory: false, needed: ['2022-01-01'], decision: { action: 'notify', base: '2021-12-01', releases: [{ id: '2022-01-01' }] } });
    const skipped = run(f, receipt('2021-10-13', 1), new Date('2022-01-02'));
    expect(skipped).toMatchObject({ usedHistory: true, needed: ['2021-11-01', '2022-01-01'], decision: { action: 'notify' } });
    // One notice for both: the changes of the two releases, one intro with the date of the newest.
    expect(skipped.decision.action !== 'none' && skipped.decision.popup.intro).toBe('我们更新了《蜜饯隐私政策》，新版本自2022年1月1日起生效。');
    expect(skipped.decision.action !== 'none' && skipped.decision.popup.sections.map((s) => [s.heading, s.lines.map((l) => l.runs.map((r) => r.text).join(''))])).toEqual([
      ['联系方式有变化', ['客服热线改为：400-000-0000', '邮箱改为：privacy@eachmobile.cn']],
    ]);
  });

  it('re-consents with one pop-up for the skipped releases: each consent item once, not yet granted ones only', async () => {
    const crossBorder: ReleaseSpec = { id: '2022-04-01', edit: (doc) => void Object.assign(doc.storage, { location: '新加坡', crossBorder: true }) };
    const f = await feed([firstRelease, newSdkRelease, crossBorder]);
    const { decision } = run(f, receipt('2021-10-13', 1), new Date('2022-04-02'));
    expect(decision.action).toBe('separate-consent');
    if (decision.action === 'none') return;
    expect(decision.popup.consent.map((i) => i.id)).toEqual(['recipient/baidu', 'item/location', 'cross-border']);
    expect(decision.releases.map((r) => r.id)).toEqual(['2022-03-01', '2022-04-01']);
    // An item the receipt already granted in full is left out.
    const granted = run(f, receipt('2021-10-13', 1, [{ id: 'item/location', granted: true, scope: ['purpose/terminal-region/items/location'], policyId: '2021-10-13' }]), new Date('2022-04-02'));
    expect(granted.decision.action !== 'none' && granted.decision.popup.consent.map((i) => i.id)).toEqual(['recipient/baidu', 'cross-border']);
  });

  it('needs no history when only quiet updates follow the latest material release', async () => {
    const f = await feed([firstRelease, newSdkRelease, { id: '2022-03-02' }, { id: '2022-03-03' }]);
    expect(run(f, receipt('2021-10-13', 1), new Date('2022-03-04'))).toMatchObject({ usedHistory: false, needed: ['2022-03-01', '2022-03-03'], decision: { action: 'separate-consent', version: { id: '2022-03-03' }, releases: [{ id: '2022-03-01' }] } });
    expect(run(f, { ...receipt('2021-10-13', 1), seen: '2022-03-01' }, new Date('2022-03-04')).usedHistory).toBe(true);
  });

  it('does not re-ask a user whose epoch is already current', async () => {
    const f = await feed([firstRelease, newSdkRelease, { id: '2022-03-02' }]);
    expect(run(f, receipt('2022-03-01', 2), new Date('2022-03-03'))).toMatchObject({ needed: [], decision: { action: 'none', reason: 'quiet-update', version: { id: '2022-03-02' } } });
  });

  it('fetches at most `maxDocuments` version documents: past that, consent to the whole policy in force', async () => {
    const f = await feed([firstRelease, ...notices(['2021-11-01', '2021-12-01', '2022-01-01', '2022-02-01'])]);
    const within = run(f, receipt('2021-10-13', 1), new Date('2022-03-01'), 4);
    expect(within).toMatchObject({ needed: ['2021-11-01', '2021-12-01', '2022-01-01', '2022-02-01'], decision: { action: 'notify' } });
    const beyond = run(f, receipt('2021-10-13', 1), new Date('2022-03-01'), 3);
    expect(beyond).toMatchObject({ needed: ['2022-02-01'], decision: { action: 'consent', reason: 'many-updates', version: { id: '2022-02-01' }, base: '2021-10-13' } });
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

describe('documents and receipts from before the structured pop-up', () => {
  it('refuses a version document without a pop-up (a site built by an older PolicyPress): no prompt, a refusal to log', async () => {
    const f = await feed([firstRelease, newSdkRelease]);
    const { dialog: _, ...old } = f.versions.get('2022-03-01')!;
    f.versions.set('2022-03-01', old as FeedVersion);
    expect(() => run(f, receipt('2021-10-13', 1), new Date('2022-03-02'))).toThrow(/has no pop-up/);
  });

  it('reads a receipt whose answers have no scope: they cover their id as it was, not what a later release adds', async () => {
    const f = await feed([firstRelease, newSdkRelease]);
    const old = receipt('2021-10-13', 1, [{ id: 'recipient/baidu', granted: true } as ConsentReceipt['separateConsent'][number]]);
    const { decision } = run(f, old, new Date('2022-03-02'));
    expect(decision.action !== 'none' && decision.popup.consent.map((i) => i.id)).toEqual(['recipient/baidu', 'item/location']);
  });
});
