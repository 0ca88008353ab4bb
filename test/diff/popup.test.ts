// The pop-up as an app user reads it, asserted as exact text: each scenario an edit of a copy of the
// real policy/ (or a chain of releases recorded by the real code), its whole pop-up compared line
// by line. popupTranscript shows the consent items with their empty boxes, as an app renders them.
import { describe, expect, it } from 'vitest';
import { popupFor, popupText, type FeedVersion } from '../../src/client/index.ts';
import { recordDialog } from '../../src/diff/summary/record-dialog.ts';
import { popupTranscript } from '../../src/diff/summary/transcript.ts';
import { feedPaths, renderFeed } from '../../src/feed/index.ts';
import { readArchive } from '../../src/release/archive.ts';
import { addBaiduMap, baidu, clock, firstRelease, releaseChain, removeBaiduMap, type ReleaseSpec } from '../feed/fixtures.ts';
import { schemaErrors } from '../feed/ajv.ts';
import { root } from '../helpers.ts';
import { indexOf, scenario, type PolicyEditor } from './scenario.ts';

/** The release is dated 2022-06-01 and in force from 2022-06-08. */
const dated = (policy: PolicyEditor) => policy.text('policy.yaml', (t) => t.replace(/^updated: .*$/m, 'updated: 2022-06-01').replace(/^effective: .*$/m, 'effective: 2022-06-08'));

const lines = (...text: string[]) => text.join('\n') + '\n';

describe('the pop-up of one release', () => {
  it('a new SDK from a new company: one consent item for the company, naming the data and what it is for', async () => {
    const diff = await scenario(async (policy) => {
      await dated(policy);
      await policy.text('recipients.yaml', (t) => `${t.trimEnd()}\n  - id: baidu\n    name: 北京百度网讯科技有限公司\n    kind: company\n    method: SDK嵌入\n`);
      await policy.text('sdks.yaml', (t) => `${t.trimEnd()}\n  - id: baidu-map-sdk\n    name: 百度地图SDK\n    scenario: 附近门店定位与地图展示\n    items: [location, device-info]\n    company: baidu\n    privacyUrl: https://lbsyun.baidu.com/index.php?title=openprivacy\n`);
    });
    const dialog = diff.summary.dialog!;
    expect(popupTranscript(dialog)).toBe(
      lines(
        '《蜜饯隐私政策》更新提示',
        '我们更新了《蜜饯隐私政策》，新版本自2022年6月8日起生效。',
        '我们新增合作的第三方',
        '1. 百度地图SDK（北京百度网讯科技有限公司）：用于附近门店定位与地图展示',
        '以下事项需要您单独同意，可逐项选择（默认不勾选）：',
        '☐ 向北京百度网讯科技有限公司提供您的个人信息',
        '  百度地图SDK（附近门店定位与地图展示）：位置信息、设备信息',
        '  不同意不影响其他功能，只是“附近门店定位与地图展示”将无法使用。',
      ),
    );
    // The SDK, its company and the sensitive item it collects: one item, not three.
    expect(dialog.consent.map((item) => [item.id, item.kind, item.required])).toEqual([['recipient/baidu', 'recipient', false]]);
    expect(dialog.consent[0]!.lines).toEqual([[{ text: '百度地图SDK（附近门店定位与地图展示）：' }, { text: '位置信息', sensitive: true }, { text: '、设备信息' }]]);
    expect(dialog.sections.map((s) => [s.id, s.categories])).toEqual([['new-third-parties', ['recipients']]]);
    // The body's text and HTML leave the consent items to the opt-ins: nothing shown twice.
    expect(diff.summary.text).toBe(lines('我们更新了《蜜饯隐私政策》，新版本自2022年6月8日起生效。', '我们新增合作的第三方', '1. 百度地图SDK（北京百度网讯科技有限公司）：用于附近门店定位与地图展示'));
    expect(diff.summary.html).toBe('<p>我们更新了《蜜饯隐私政策》，新版本自2022年6月8日起生效。</p><p>我们新增合作的第三方</p><ol><li>百度地图SDK（北京百度网讯科技有限公司）：用于附近门店定位与地图展示</li></ol>');
    expect(diff.summary.separateConsent.map((item) => item.html)).toEqual([
      '向北京百度网讯科技有限公司提供您的个人信息<br>百度地图SDK（附近门店定位与地图展示）：<strong>位置信息</strong>、设备信息<br>不同意不影响其他功能，只是“附近门店定位与地图展示”将无法使用。',
    ]);
    expect(schemaErrors('popup.schema.json', dialog)).toBe('');
  });

  it('a new SDK from a company we already share with: the same item id, for the new SDK only', async () => {
    const diff = await scenario(async (policy) => {
      await dated(policy);
      await policy.yaml('sdks.yaml', (doc) =>
        doc.addIn(['sdks'], { id: 'umeng-push-sdk', name: '友盟推送SDK', scenario: '消息推送', items: ['device-info', 'unique-device-id'], company: 'umeng', privacyUrl: 'https://www.umeng.com/page/policy' }),
      );
    });
    expect(popupTranscript(diff.summary.dialog!)).toBe(
      lines(
        '《蜜饯隐私政策》更新提示',
        '我们更新了《蜜饯隐私政策》，新版本自2022年6月8日起生效。',
        '我们新增合作的第三方',
        '1. 友盟推送SDK（友盟同欣（北京）科技有限公司）：用于消息推送',
        '以下事项需要您单独同意，可逐项选择（默认不勾选）：',
        '☐ 向友盟同欣（北京）科技有限公司提供您的个人信息',
        '  友盟推送SDK（消息推送）：设备信息、唯一设备识别码',
        '  不同意不影响其他功能，只是“消息推送”将无法使用。',
      ),
    );
    expect(diff.summary.dialog!.consent.map((item) => [item.id, item.parts.map((p) => p.scope)])).toEqual([['recipient/umeng', ['sdk/umeng-push-sdk']]]);
  });

  it('an item newly marked sensitive: its purposes and SDKs, and plainly that a basic function needs it', async () => {
    const diff = await scenario(async (policy) => {
      await dated(policy);
      await policy.yaml('data-items.yaml', (doc) => {
        const i = indexOf(doc, 'items', 'cell-info');
        doc.setIn(['items', i, 'sensitive'], true);
        doc.setIn(['items', i, 'sensitiveReason'], 'GB/T 35273-2020 附录B：可用于定位的基站信息');
      });
    });
    expect(popupTranscript(diff.summary.dialog!)).toBe(
      lines(
        '《蜜饯隐私政策》更新提示',
        '我们更新了《蜜饯隐私政策》，新版本自2022年6月8日起生效。',
        '我们使用信息的方式有变化',
        '1. 基站信息被列为敏感个人信息',
        '以下事项需要您单独同意，可逐项选择（默认不勾选）：',
        '☐ 基站信息（敏感个人信息）（基本功能所需）',
        '  用于：为检测不同区域的服务；MobTechSDK（微信登录和分享）',
        '  这是“为检测不同区域的服务”所必需的，不同意将无法使用该功能，“微信登录和分享”也将无法使用。',
      ),
    );
    expect(diff.summary.html).toContain('<li><strong>基站信息</strong>被列为敏感个人信息</li>');
    expect(diff.summary.dialog!.consent.map((item) => [item.id, item.required])).toEqual([['item/cell-info', true]]);
    expect(diff.summary.dialog!.sections[0]!.lines[0]).toMatchObject({ category: 'service-model', level: 'separate-consent' });
  });

  it('storage abroad: where, who handles it, and that the service as a whole needs it', async () => {
    const diff = await scenario(async (policy) => {
      await dated(policy);
      await policy.yaml('policy.yaml', (doc) => {
        doc.setIn(['storage', 'location'], '新加坡');
        doc.setIn(['storage', 'crossBorder'], true);
      });
    });
    expect(popupTranscript(diff.summary.dialog!)).toBe(
      lines(
        '《蜜饯隐私政策》更新提示',
        '我们更新了《蜜饯隐私政策》，新版本自2022年6月8日起生效。',
        '我们使用信息的方式有变化',
        '1. 个人信息的存储地点改为：新加坡',
        '2. 您的个人信息将向境外提供或在境外存储',
        '以下事项需要您单独同意，可逐项选择（默认不勾选）：',
        '☐ 向境外提供您的个人信息（基本功能所需）',
        '  存储地点：新加坡',
        '  负责处理：亿启（杭州）网络科技有限公司',
        '  我们需要在新加坡存储您的个人信息，这是使用蜜饯所必需的，不同意将无法继续使用。',
      ),
    );
    expect(diff.summary.dialog!.consent.map((item) => [item.id, item.parts.map((p) => p.scope)])).toEqual([['cross-border', ['storage=新加坡']]]);
    expect(diff.summary.dialog!.sections[0]!.categories).toEqual(['recipients']);
  });

  it('a purpose that shares with a new company, for an additional function: says what turns off', async () => {
    const diff = await scenario(async (policy) => {
      await dated(policy);
      await policy.yaml('purposes.yaml', (doc) => doc.setIn(['purposes', indexOf(doc, 'purposes', 'additional-features'), 'recipients'], ['jd']));
      await policy.text('chapters/collection.md', (t) => t.replace('1、基于:item{#location}的本地生活服务。', '1、基于:item{#location}的本地生活服务，由:recipient{#jd}提供。'));
    });
    expect(diff.summary.dialog!.consent.map((item) => item.text)).toEqual([
      '向北京京东叁佰陆拾度电子商务有限公司提供您的个人信息\n为您提供其他附加功能服务：位置信息\n不同意不影响其他功能，只是“为您提供其他附加功能服务”将无法使用。',
    ]);
    expect(diff.summary.dialog!.consent[0]!.required).toBe(false);
  });

  it('the first release keeps its recorded pop-up: derived as data, the same text as release.json', async () => {
    const [first] = await readArchive(`${root}versions`);
    expect(first!.record.summary.dialog).toBeUndefined();
    const dialog = recordDialog(first!.record, first!.document);
    expect(popupText(dialog)).toBe(first!.record.summary.text);
    expect(dialog).toMatchObject({ kind: 'first-run', title: '个人信息保护提示', consent: [] });
    expect(dialog.sections.map((s) => s.heading)).toEqual(['本政策涉及的个人敏感信息：']);
    expect(dialog.sections[0]!.lines[0]!.runs.every((run) => run.sensitive)).toBe(false);
    expect(dialog.sections[0]!.lines[0]!.runs.filter((run) => run.sensitive).map((run) => run.text)).toHaveLength(18);
  });
});

describe('one pop-up for the releases a user skipped', () => {
  const email = (value: string) => (doc: Parameters<NonNullable<ReleaseSpec['edit']>>[0]) => void (doc.contacts.find((c) => c.id === 'email')!.value = value);
  const location = { id: 'location', name: '位置信息', sensitive: true };

  async function documents(specs: ReleaseSpec[]): Promise<Map<string, FeedVersion>> {
    const files = renderFeed(await releaseChain([firstRelease, ...specs]), { ...clock }, { published: [] });
    return new Map(specs.map((spec) => [spec.id, JSON.parse(files.get(feedPaths.version(spec.id))!)]));
  }

  it('three releases, two material, one adding and one removing the same SDK: the SDK is not shown, one intro with the date in force', async () => {
    const docs = await documents([
      { id: '2022-03-01', edit: addBaiduMap },
      { id: '2022-04-01', edit: removeBaiduMap },
      {
        id: '2022-05-01',
        effective: '2022-05-08',
        edit(doc) {
          email('privacy@eachmobile.cn')(doc);
          doc.purposes.find((p) => p.id === 'terminal-region')!.items.push(location);
        },
      },
    ]);
    expect([...docs.values()].map((d) => [d.id, d.level])).toEqual([['2022-03-01', 'separate-consent'], ['2022-04-01', 'none'], ['2022-05-01', 'separate-consent']]);
    // What the client fetches: the material releases and the one in force (not the quiet removal).
    const popup = popupFor([docs.get('2022-03-01')!, docs.get('2022-05-01')!]);
    expect(popupTranscript(popup)).toBe(
      lines(
        '《蜜饯隐私政策》更新提示',
        '我们更新了《蜜饯隐私政策》，新版本自2022年5月8日起生效。',
        '我们新增收集的信息',
        '1. “为检测不同区域的服务”：新增收集位置信息',
        '联系方式有变化',
        '1. 邮箱改为：privacy@eachmobile.cn',
        '以下事项需要您单独同意，可逐项选择（默认不勾选）：',
        '☐ 位置信息（敏感个人信息）（基本功能所需）',
        '  用于：为检测不同区域的服务',
        '  这是“为检测不同区域的服务”所必需的，不同意将无法使用该功能。',
      ),
    );
    expect(popup.releases).toEqual(['2022-03-01', '2022-05-01']);
    // As the feed writes them, relative to the index (check() resolves them against its address).
    expect(popup.links).toEqual({
      policy: '../versions/2022-05-01/',
      pdf: '../versions/2022-05-01/policy.pdf',
      changes: [
        { id: '2022-03-01', url: '../versions/2022-03-01/changes/' },
        { id: '2022-05-01', url: '../versions/2022-05-01/changes/' },
      ],
    });
    expect(schemaErrors('popup.schema.json', popup)).toBe('');
    // Given every release, quiet ones too, the same pop-up.
    expect(popupFor([...docs.values()])).toEqual(popup);
  });

  it('the same company in two releases is one item; a change undone later is left out; the newest wording wins', async () => {
    const pushSdk = (doc: Parameters<NonNullable<ReleaseSpec['edit']>>[0]) =>
      void doc.sdks.push({ id: 'baidu-push-sdk', name: '百度推送SDK', scenario: '消息推送', items: [{ id: 'device-info', name: '设备信息', sensitive: false }], permissions: [], company: baidu, privacyUrl: 'https://push.baidu.com/privacy' });
    const docs = await documents([
      { id: '2022-03-01', edit: (doc) => (addBaiduMap(doc), email('privacy@eachmobile.cn')(doc), void (doc.contacts.find((c) => c.id === 'hotline')!.value = '400-000-0001')) },
      { id: '2022-04-01', edit: (doc) => (pushSdk(doc), email('service@eachmobile.cn')(doc), void (doc.contacts.find((c) => c.id === 'hotline')!.value = '400-000-0002')) },
    ]);
    const popup = popupFor([...docs.values()]);
    expect(popupTranscript(popup)).toBe(
      lines(
        '《蜜饯隐私政策》更新提示',
        '我们更新了《蜜饯隐私政策》，新版本自2022年4月1日起生效。',
        '我们新增合作的第三方',
        '1. 百度地图SDK（北京百度网讯科技有限公司）：用于附近门店定位与地图展示',
        '2. 百度推送SDK（北京百度网讯科技有限公司）：用于消息推送',
        '联系方式有变化',
        '1. 客服热线改为：400-000-0002',
        '以下事项需要您单独同意，可逐项选择（默认不勾选）：',
        '☐ 向北京百度网讯科技有限公司提供您的个人信息',
        '  百度地图SDK（附近门店定位与地图展示）：位置信息',
        '  百度推送SDK（消息推送）：设备信息',
        '  不同意不影响其他功能，只是“附近门店定位与地图展示”、“消息推送”将无法使用。',
      ),
    );
    // A receipt that granted the first SDK leaves only the second one to ask.
    const granted = popupFor([...docs.values()], { receipt: { separateConsent: [{ id: 'recipient/baidu', granted: true, scope: ['sdk/baidu-map-sdk', 'recipient/baidu'], policyId: '2022-03-01' }] } });
    expect(granted.consent.map((item) => item.text)).toEqual(['向北京百度网讯科技有限公司提供您的个人信息\n百度推送SDK（消息推送）：设备信息\n不同意不影响其他功能，只是“消息推送”将无法使用。']);
    // A refusal is no grant: still asked, since the user was never asked in this span.
    const refused = popupFor([...docs.values()], { receipt: { separateConsent: [{ id: 'recipient/baidu', granted: false, scope: ['sdk/baidu-map-sdk', 'recipient/baidu', 'sdk/baidu-push-sdk'], policyId: '2022-03-01' }] } });
    expect(refused.consent.map((item) => item.id)).toEqual(['recipient/baidu']);
  });

  it('data dropped in between is not asked for: the rows show what the version in force still collects', async () => {
    const docs = await documents([
      { id: '2022-03-01', edit: (doc) => (addBaiduMap(doc), void doc.sdks.find((s) => s.id === 'baidu-map-sdk')!.items.push({ id: 'device-info', name: '设备信息', sensitive: false })) },
      { id: '2022-04-01', edit: (doc) => void (doc.sdks.find((s) => s.id === 'baidu-map-sdk')!.items = [{ id: 'device-info', name: '设备信息', sensitive: false }]) },
      { id: '2022-05-01', edit: email('privacy@eachmobile.cn') },
    ]);
    const popup = popupFor([docs.get('2022-03-01')!, docs.get('2022-05-01')!]);
    expect(popup.consent.map((item) => item.lines.map((runs) => runs.map((r) => r.text).join('')))).toEqual([['百度地图SDK（附近门店定位与地图展示）：设备信息']]);
  });
});

describe('records made before the structured pop-up', () => {
  it('a later release: its pop-up is derived from its recorded changes, the same as it would be recorded today', async () => {
    const [, second] = await releaseChain([firstRelease, { id: '2022-03-01', edit: (doc) => (addBaiduMap(doc), void (doc.retention!.minimumMonths = 12)) }]);
    const { dialog, ...legacy } = second!.record.summary;
    expect(dialog).toBeDefined();
    expect(recordDialog({ ...second!.record, summary: legacy }, second!.document)).toEqual(dialog);
  });
});
