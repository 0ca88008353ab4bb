// The reference client's life against a real static server on 127.0.0.1: each scenario ends in
// the right action or the right refusal.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accept, check, memoryStorage, storageKeys, type CheckResult, type ClientState, type PromptDecision, type TrustedKey } from '../../src/client/index.ts';
import { feedPaths } from '../../src/feed/index.ts';
import { baidu, firstRelease, newSdkRelease, noticeRelease as notice, reconsentRelease as reconsent, releaseChain, testKey, type ReleaseSpec } from '../feed/fixtures.ts';
import { startFeedServer, type FeedServer } from './server.ts';
import { schemaErrors } from '../feed/ajv.ts';

const key = testKey();
const trustedKeys: TrustedKey[] = [{ kid: key.published.kid, publicKey: key.published.publicKey }];

/** Noon in China on a day. */
const at = (date: string, hour = 12) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`);

const quiet: ReleaseSpec = { id: '2021-12-01', note: '修改错别字' };
/** The plain text of a pop-up's sections and consent items, as a reader sees them. */
const shownText = (decision: PromptDecision) => ({
  intro: decision.popup.intro,
  sections: decision.popup.sections.map((s) => [s.heading, ...s.lines.map((l) => l.runs.map((r) => r.text).join(''))]),
  consent: decision.popup.consent.map((i) => i.text),
});

let server: FeedServer;
beforeEach(async () => {
  server = await startFeedServer();
});
afterEach(async () => {
  await server.close();
});

/** Publishes the releases as a build on `date` would (serial = that time in seconds). */
async function publish(specs: ReleaseSpec[], date: Date, env: Record<string, string> = key.env) {
  return server.publish(await releaseChain(specs), { serial: Math.floor(date.getTime() / 1000), generatedAt: date.toISOString(), env });
}

function launch(storage: ReturnType<typeof memoryStorage>, now: Date, extra: Partial<Parameters<typeof check>[0]> = {}) {
  return check({ baseUrl: server.url, storage, trustedKeys, now, timeoutMs: 2000, ...extra });
}

function prompt(result: CheckResult): PromptDecision & { ok: true } {
  if (!result.ok || result.action === 'none') throw new Error(`expected a prompt, got ${JSON.stringify(result).slice(0, 300)}`);
  return result;
}

/** A user who accepted the first release on its day. */
async function acceptedFirst(storage = memoryStorage()) {
  await publish([firstRelease], at('2021-10-13', 9));
  const first = prompt(await launch(storage, at('2021-10-13')));
  await accept({ storage, decision: first, acceptedAt: at('2021-10-13') });
  return storage;
}

const state = (storage: ReturnType<typeof memoryStorage>): ClientState => JSON.parse(storage.data.get(storageKeys.state) ?? '{}');

describe('the reference client', () => {
  it('first launch: asks for consent to the current version with its first-run pop-up, then stores the receipt', async () => {
    await publish([firstRelease], at('2021-10-13', 9));
    const storage = memoryStorage();
    const result = prompt(await launch(storage, at('2021-10-13')));
    expect(result).toMatchObject({ action: 'consent', reason: 'first-launch', source: 'network', base: null, releases: [], version: { id: '2021-10-13', consentEpoch: 1 } });
    expect(result.version.document.links.html).toBe(`${server.url}versions/2021-10-13/`);
    expect(result.popup).toMatchObject({ kind: 'first-run', title: '个人信息保护提示', intro: '欢迎使用蜜饯！《蜜饯隐私政策》自2021年10月13日起生效，请您在使用前仔细阅读并同意。', consent: [], links: { policy: `${server.url}versions/2021-10-13/` } });

    const receipt = await accept({ storage, decision: result, acceptedAt: new Date('2021-10-13T04:00:00Z') });
    expect(receipt).toEqual({
      format: 'policy-press/consent-receipt@1',
      policyId: '2021-10-13',
      consentEpoch: 1,
      sha256: (await releaseChain([firstRelease]))[0]!.document.sha256,
      policyUrl: `${server.url}versions/2021-10-13/`,
      controller: '亿启（杭州）网络科技有限公司',
      action: 'consent',
      acceptedAt: '2021-10-13T04:00:00.000Z',
      shown: { from: null, releases: ['2021-10-13'] },
      separateConsent: [],
    });
    expect(schemaErrors('consent-receipt.schema.json', receipt)).toBe('');
    expect(JSON.parse(storage.data.get(storageKeys.receipt)!)).toEqual(receipt);

    server.log.length = 0;
    const again = await launch(storage, at('2021-10-14'));
    expect(again).toMatchObject({ ok: true, action: 'none', reason: 'up-to-date' });
    expect(server.log).toEqual(['GET /feed/index.json -> 304']);
  });

  it('quiet update: nothing to show, and it is remembered', async () => {
    const storage = await acceptedFirst();
    await publish([firstRelease, quiet], at('2021-12-01', 9));
    server.log.length = 0;
    expect(await launch(storage, at('2021-12-01'))).toMatchObject({ ok: true, action: 'none', reason: 'quiet-update', version: { id: '2021-12-01' } });
    expect(server.log).toEqual(['GET /feed/index.json -> 200', 'GET /feed/index.json.sig -> 200']);
    expect(state(storage).seen).toBe('2021-12-01');
    expect(await launch(storage, at('2021-12-02'))).toMatchObject({ action: 'none', reason: 'up-to-date' });
  });

  it('notice: only the version changed, with level notify', async () => {
    const storage = await acceptedFirst();
    await publish([firstRelease, notice], at('2021-11-01', 9));
    const result = prompt(await launch(storage, at('2021-11-01')));
    expect(result).toMatchObject({ action: 'notify', reason: 'notice', base: '2021-10-13', version: { id: '2021-11-01', consentEpoch: 1 } });
    expect(result.releases).toEqual([{ id: '2021-11-01', level: 'notify', effective: '2021-11-01', page: `${server.url}versions/2021-11-01/`, changesPage: `${server.url}versions/2021-11-01/changes/`, previousPage: `${server.url}versions/2021-10-13/` }]);
    expect(shownText(result)).toEqual({ intro: '我们更新了《蜜饯隐私政策》，新版本自2021年11月1日起生效。', sections: [['联系方式有变化', '客服热线改为：400-000-0000']], consent: [] });
    const receipt = await accept({ storage, decision: result, acceptedAt: at('2021-11-01') });
    expect(receipt).toMatchObject({ action: 'notify', policyId: '2021-11-01', consentEpoch: 1, shown: { from: '2021-10-13', releases: ['2021-11-01'] } });
    expect(await launch(storage, at('2021-11-02'))).toMatchObject({ action: 'none', reason: 'up-to-date' });
  });

  it('re-consent: a higher epoch in force asks again with the changed parts', async () => {
    const storage = await acceptedFirst();
    await publish([firstRelease, reconsent], at('2022-01-10', 9));
    const result = prompt(await launch(storage, at('2022-01-10')));
    expect(result).toMatchObject({ action: 'reconsent', reason: 'consent-epoch', version: { id: '2022-01-10', consentEpoch: 2 }, popup: { consent: [] } });
    expect(shownText(result).sections).toEqual([['我们使用信息的方式有变化', '个人信息的最短保存期限改为12个月']]);
    expect(await accept({ storage, decision: result, acceptedAt: at('2022-01-10') })).toMatchObject({ action: 'reconsent', consentEpoch: 2 });
    expect(await launch(storage, at('2022-01-11'))).toMatchObject({ action: 'none', reason: 'up-to-date' });
  });

  it('separate consent: a user grants some items and refuses others; the receipt has one decision per item shown, and a later launch asks only for what is still missing', async () => {
    const storage = await acceptedFirst();
    const abroad: ReleaseSpec = { ...newSdkRelease, edit: (doc) => (newSdkRelease.edit!(doc), void Object.assign(doc.storage, { location: '新加坡', crossBorder: true })) };
    await publish([firstRelease, abroad], at('2022-03-01', 9));
    const result = prompt(await launch(storage, at('2022-03-01')));
    expect(result.action).toBe('separate-consent');
    expect(result.popup.consent.map((i) => [i.id, i.required])).toEqual([['recipient/baidu', false], ['item/location', true], ['cross-border', true]]);
    expect(result.popup.consent[0]!.lines).toEqual([[{ text: '百度地图SDK（附近门店定位与地图展示）：' }, { text: '位置信息', sensitive: true }]]);

    // The user closes the pop-up without agreeing: nothing is stored, the next launch asks it all again.
    expect(prompt(await launch(memoryStorage(Object.fromEntries(storage.data)), at('2022-03-01'))).popup.consent).toHaveLength(3);

    // Ticks the company and the transfer abroad, leaves the location unticked, agrees.
    const receipt = await accept({ storage, decision: result, acceptedAt: at('2022-03-01'), separateConsent: { 'recipient/baidu': true, 'cross-border': true } });
    expect(receipt.separateConsent).toEqual([
      { id: 'recipient/baidu', granted: true, scope: ['sdk/baidu-map-sdk', 'recipient/baidu'], policyId: '2022-03-01' },
      { id: 'item/location', granted: false, scope: ['purpose/terminal-region/items/location'], policyId: '2022-03-01' },
      { id: 'cross-border', granted: true, scope: ['storage=新加坡'], policyId: '2022-03-01' },
    ]);
    expect(receipt.separateConsent.map((d) => d.id)).toEqual(result.popup.consent.map((i) => i.id));
    expect(receipt).toMatchObject({ action: 'separate-consent', consentEpoch: 2, shown: { from: '2021-10-13', releases: ['2022-03-01'] } });
    expect(schemaErrors('consent-receipt.schema.json', receipt)).toBe('');
    expect(await launch(storage, at('2022-03-02'))).toMatchObject({ action: 'none', reason: 'up-to-date' });

    // A later release: a second SDK of the same company, and a notice. Asked: only the new SDK, under the same item id.
    const pushSdk: ReleaseSpec = {
      id: '2022-06-01',
      edit(doc) {
        doc.sdks.push({ id: 'baidu-push-sdk', name: '百度推送SDK', scenario: '消息推送', items: [{ id: 'device-info', name: '设备信息', sensitive: false }], permissions: [], company: baidu, privacyUrl: 'https://push.baidu.com/privacy' });
        doc.contacts.find((c) => c.id === 'hotline')!.value = '400-000-0000';
      },
    };
    await publish([firstRelease, abroad, pushSdk], at('2022-06-01', 9));
    const later = prompt(await launch(storage, at('2022-06-01')));
    expect(later.action).toBe('separate-consent');
    expect(shownText(later)).toEqual({
      intro: '我们更新了《蜜饯隐私政策》，新版本自2022年6月1日起生效。',
      sections: [['我们新增合作的第三方', '百度推送SDK（北京百度网讯科技有限公司）：用于消息推送'], ['联系方式有变化', '客服热线改为：400-000-0000']],
      consent: ['向北京百度网讯科技有限公司提供您的个人信息\n百度推送SDK（消息推送）：设备信息\n不同意不影响其他功能，只是“消息推送”将无法使用。'],
    });
    const second = await accept({ storage, decision: later, acceptedAt: at('2022-06-01'), separateConsent: { 'recipient/baidu': true } });
    expect(second.separateConsent).toEqual([
      { id: 'recipient/baidu', granted: true, scope: ['sdk/baidu-push-sdk'], policyId: '2022-06-01' },
      ...receipt.separateConsent,
    ]);
  });

  it('skipped releases: one pop-up from the accepted version, with every change since', async () => {
    const storage = await acceptedFirst();
    await publish([firstRelease, notice, quiet, newSdkRelease, { id: '2022-03-05' }], at('2022-03-05', 9));
    server.log.length = 0;
    const result = prompt(await launch(storage, at('2022-03-06')));
    expect(result).toMatchObject({ action: 'separate-consent', version: { id: '2022-03-05', consentEpoch: 2 } });
    expect(result.releases.map((c) => [c.id, c.level])).toEqual([['2021-11-01', 'notify'], ['2022-03-01', 'separate-consent']]);
    expect(shownText(result).intro).toBe('我们更新了《蜜饯隐私政策》，新版本自2022年3月5日起生效。');
    expect(shownText(result).sections.map((s) => s[0])).toEqual(['我们新增合作的第三方', '我们新增收集的信息', '联系方式有变化']);
    expect(server.log).toEqual([
      'GET /feed/index.json -> 200',
      'GET /feed/index.json.sig -> 200',
      'GET /feed/history.json -> 200',
      'GET /feed/versions/2021-11-01.json -> 200',
      'GET /feed/versions/2022-03-01.json -> 200',
      'GET /feed/versions/2022-03-05.json -> 200',
    ]);
  });

  it('a release not yet in force changes nothing until its effective date', async () => {
    const storage = await acceptedFirst();
    await publish([firstRelease, { ...reconsent, effective: '2022-01-17' }], at('2022-01-10', 9));
    expect(await launch(storage, at('2022-01-16', 23))).toMatchObject({ ok: true, action: 'none', reason: 'not-yet-effective', upcoming: { id: '2022-01-10', effective: '2022-01-17' } });
    expect(await launch(storage, at('2022-01-17', 0))).toMatchObject({ ok: true, action: 'reconsent', version: { id: '2022-01-10' } });
  });

  it('offline: falls back to the cached index, still verified, with the documents it already fetched', async () => {
    const storage = await acceptedFirst();
    await publish([firstRelease, reconsent], at('2022-01-10', 9));
    expect(prompt(await launch(storage, at('2022-01-10'))).action).toBe('reconsent');
    await server.close();
    const offline = await launch(storage, at('2022-01-11'));
    expect(offline).toMatchObject({ ok: true, action: 'reconsent', source: 'cache', version: { id: '2022-01-10' } });
    expect(offline.warnings.map((w) => w.reason)).toEqual(['offline']);

    // A cached index past its expiry is refused too (freeze).
    expect(await launch(storage, at('2022-01-25'))).toMatchObject({ ok: false, refusal: { reason: 'expired' }, warnings: [{ reason: 'offline' }] });
    // Nothing cached at all: the app goes on without a prompt.
    expect(await launch(memoryStorage(), at('2022-01-11'))).toMatchObject({ ok: false, refusal: { reason: 'offline' } });
  });

  it('never waits on a hung server longer than its timeout', async () => {
    const hung = (_url: string, init?: RequestInit) => new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' }))));
    const started = performance.now();
    const result = await launch(memoryStorage(), at('2021-10-13'), { fetch: hung, timeoutMs: 50 });
    expect(result).toMatchObject({ ok: false, refusal: { reason: 'offline', message: `Could not fetch ${server.url}feed/index.json (no answer in 50 ms).` } });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('rollback: refuses an index older than one it has seen', async () => {
    await publish([firstRelease], at('2021-10-13', 9));
    const oldIndex = await server.read(feedPaths.index);
    const oldSignature = await server.read(feedPaths.signature);
    const storage = memoryStorage();
    await publish([firstRelease, reconsent], at('2022-01-10', 9));
    expect(prompt(await launch(storage, at('2022-01-10'))).version.id).toBe('2022-01-10');

    // An attacker (or a stale mirror) serves the old, validly signed index.
    await server.put(feedPaths.index, oldIndex);
    await server.put(feedPaths.signature, oldSignature);
    const replayed = await launch(storage, at('2022-01-11'));
    expect(replayed).toMatchObject({ ok: true, source: 'cache', version: { id: '2022-01-10' }, warnings: [{ reason: 'rollback' }] });
    // Without a cached index, the refusal is the answer.
    const withoutCache = memoryStorage({ [storageKeys.state]: JSON.stringify({ serial: state(storage).serial }) });
    expect(await launch(withoutCache, at('2021-10-20'))).toMatchObject({ ok: false, refusal: { reason: 'rollback' } });
  });

  it('refuses a tampered version document', async () => {
    const storage = await acceptedFirst();
    await publish([firstRelease, newSdkRelease], at('2022-03-01', 9));
    const file = feedPaths.version('2022-03-01');
    await server.put(file, (await server.read(file)).replace('<strong>位置信息</strong>', '位置信息'));
    const result = await launch(storage, at('2022-03-01'));
    expect(result).toMatchObject({ ok: false, refusal: { reason: 'hash-mismatch', url: `${server.url}${file}` } });
  });

  it('refuses a tampered index and an index past its expiry', async () => {
    await publish([firstRelease], at('2021-10-13', 9));
    await server.put(feedPaths.index, (await server.read(feedPaths.index)).replace('"reconsent"', '"none"'));
    expect(await launch(memoryStorage(), at('2021-10-13'))).toMatchObject({ ok: false, refusal: { reason: 'bad-signature' } });

    await publish([firstRelease], at('2021-10-13', 9));
    const expired = await launch(memoryStorage(), at('2021-10-27', 17));
    expect(expired).toMatchObject({ ok: false, refusal: { reason: 'expired' } });
    expect(expired.ok || expired.refusal.message).toMatch(/expired at 2021-10-27T01:00:00Z/);
  });

  it('key rotation: the old key still listed, the new key signs; an app pinning only the old key refuses', async () => {
    const next = testKey();
    const storage = await acceptedFirst();
    const rotatedEnv = { ...next.env, POLICY_PUBLISHED_KEYS: JSON.stringify([{ publicKey: key.published.publicKey, notAfter: '2022-12-31T00:00:00Z' }]) };
    const files = await publish([firstRelease, reconsent], at('2022-01-10', 9), rotatedEnv);
    expect(JSON.parse(files.get(feedPaths.keys)!).keys.map((k: { kid: string; signing: boolean }) => [k.kid, k.signing])).toEqual([[next.published.kid, true], [key.published.kid, false]]);
    expect(JSON.parse(files.get(feedPaths.signature)!).kid).toBe(next.published.kid);

    const updatedApp = await launch(storage, at('2022-01-10'), { trustedKeys: [...trustedKeys, next.published] });
    expect(updatedApp).toMatchObject({ ok: true, action: 'reconsent', source: 'network' });

    const oldApp = await launch(memoryStorage(), at('2022-01-10'));
    expect(oldApp).toMatchObject({ ok: false, refusal: { reason: 'untrusted-key' } });
    // A pinned key past its notAfter is no longer trusted.
    const expiredPin = await launch(memoryStorage(), at('2022-01-10'), { trustedKeys: [{ ...next.published, notAfter: '2022-01-01T00:00:00Z' }] });
    expect(expiredPin).toMatchObject({ ok: false, refusal: { reason: 'untrusted-key' } });
  });

  it('works wherever the site is served: the feed names no address, its URLs are relative to the index', async () => {
    const files = await server.publish(await releaseChain([firstRelease, newSdkRelease]), { serial: 1646121600, generatedAt: '2022-03-01T08:00:00Z', env: key.env });
    for (const [file, text] of files) await server.put(`mirror/cn/${file}`, text);
    expect(files.get(feedPaths.index)).not.toContain('127.0.0.1');
    server.log.length = 0;
    const result = prompt(await launch(memoryStorage(), at('2022-03-01'), { baseUrl: undefined, indexUrl: `${server.url}mirror/cn/feed/index.json` }));
    expect(result).toMatchObject({ action: 'consent', version: { id: '2022-03-01', html: `${server.url}mirror/cn/versions/2022-03-01/` } });
    expect(result.version.document.links).toEqual({
      html: `${server.url}mirror/cn/versions/2022-03-01/`,
      pdf: `${server.url}mirror/cn/versions/2022-03-01/policy.pdf`,
      previous: { id: '2021-10-13', url: `${server.url}mirror/cn/feed/versions/2021-10-13.json`, html: `${server.url}mirror/cn/versions/2021-10-13/`, pdf: `${server.url}mirror/cn/versions/2021-10-13/policy.pdf` },
    });
    expect(server.log).toEqual(['GET /mirror/cn/feed/index.json -> 200', 'GET /mirror/cn/feed/index.json.sig -> 200', 'GET /mirror/cn/feed/versions/2022-03-01.json -> 200']);
  });

  it('an unsigned feed is refused unless the app allows it for development', async () => {
    await publish([firstRelease], at('2021-10-13', 9), {});
    expect(await launch(memoryStorage(), at('2021-10-13'))).toMatchObject({ ok: false, refusal: { reason: 'unsigned' } });
    expect(await launch(memoryStorage(), at('2021-10-13'), { allowUnsigned: true })).toMatchObject({ ok: true, action: 'consent' });
  });
});
