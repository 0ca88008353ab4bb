// The shapes real policies have, each through check, compile, diff, the lists and the pop-up, on
// a copy of the real policy/: facts a policy does not state, background collection, items per
// recipient, disclosure to other users, per-right answer times, retention in any unit or until an
// event, SDKs without a company or a link and an external SDK catalogue, numbered definitions,
// postal contacts, biometric data, the venue's kind and the header's labels.
import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../../src/compile/compile.ts';
import { diffDocuments } from '../../src/diff/diff.ts';
import type { PolicyDiff } from '../../src/diff/types.ts';
import type { CompiledPolicy } from '../../src/model/index.ts';
import { collectedList, sharedList } from '../../src/publish/lists.ts';
import { formatReport } from '../../src/report/format.ts';
import { copyRealPolicy, tempDir } from '../helpers.ts';
import { baseDocument, editorFor, indexOf, type PolicyEditor } from './scenario.ts';

/** The edited copy: its check report, and when it compiles, its document and the diff from the real policy. */
async function edited(edit: (policy: PolicyEditor) => Promise<void>): Promise<{ report: string; doc?: CompiledPolicy; diff?: PolicyDiff }> {
  const { dir, cleanup } = await tempDir('policy-model-');
  try {
    const policyDir = await copyRealPolicy(dir);
    await edit(editorFor(policyDir));
    const { files, document } = await compilePolicy({ policyDir, cwd: dir });
    return { report: formatReport(files), ...(document ? { doc: document, diff: diffDocuments(await baseDocument(), document) } : {}) };
  } finally {
    await cleanup();
  }
}

const line = (report: string, rule: string) => report.split('\n').find((l) => l.includes(`[${rule}]`));
const change = (diff: PolicyDiff, id: string) => diff.changes.find((c) => c.id === id);

describe('facts a policy does not state', () => {
  it('`:policy{#…}` on an absent fact is an error at its place, with a hint', async () => {
    const { report, doc } = await edited((policy) => policy.yaml('policy.yaml', (d) => void d.delete('minimumAge')));
    expect(doc).toBeUndefined();
    expect(line(report, 'absent-fact')).toMatch(/^policy\/chapters\/minors\.md:3:\d+: error: `minimumAge` is not stated in policy\.yaml, so there is nothing to show here \[absent-fact\]$/);
    expect(report).toContain('hint: State it in policy.yaml (`minimumAge:` under `the top level`), or take the reference out of the sentence');
  });

  it('no longer stated: absent from the document, and a change with its rule; no minimum age opens the service to children', async () => {
    const { doc, diff } = await edited(async (policy) => {
      await policy.yaml('policy.yaml', (d) => void d.delete('minimumAge'));
      for (const file of ['chapters/minors.md', 'chapters/protection.md']) await policy.text(file, (t) => t.replaceAll('蜜饯要求所有注册用户均需年满:policy{#minimumAge numerals=hanzi}周岁方可注册使用蜜饯。', '').replaceAll('蜜饯要求所有用户均需年满:policy{#minimumAge numerals=hanzi}周岁方可注册使用蜜饯，', ''), { mayKeep: true });
    });
    expect(doc).not.toHaveProperty('minimumAge');
    const age = change(diff!, 'policy/policy/minimumAge')!;
    expect(age).toMatchObject({ kind: 'minimum-age-changed', before: 18, rule: 'children-widened', level: 'separate-consent', text: '不再说明注册使用的最低年龄（原为18周岁）' });
    expect(age).not.toHaveProperty('after');
    expect(diff!.summary.text).toContain('不再说明注册使用的最低年龄（原为18周岁）');
    expect(diff!.summary.text).not.toContain('undefined');
  });

  it('an effective date not stated: the header shows none, the pop-up names the update date, the release is in force from it', async () => {
    const { doc, diff } = await edited((policy) => policy.yaml('policy.yaml', (d) => void d.delete('effective')));
    expect(doc!.header.text).toBe('蜜饯隐私政策\n\n本版本更新发布日期：2021年10月13日');
    expect(doc).not.toHaveProperty('effective');
    expect(diff!.summary.dialog!.intro).toBe('我们于2021年10月13日更新了《蜜饯隐私政策》。');
    expect(diff!.to).not.toHaveProperty('effective');
  });

  it('the retention after cancellation no longer stated, with nothing else bounding it: reconsent; newly stated in years: notify', async () => {
    const { diff } = await edited(async (policy) => {
      await policy.yaml('policy.yaml', (d) => void d.deleteIn(['retention', 'afterCancellationMonths']));
      await policy.text('chapters/protection.md', (t) => t.replace(/:policy\{#retention\.afterCancellationMonths\}个月后/g, ''));
    });
    expect(change(diff!, 'retention/retention/afterCancellationMonths')).toMatchObject({ rule: 'retention-lengthened', level: 'reconsent', before: '6个月', text: '不再说明注销账户后删除个人信息的期限（原为6个月）' });
    const until = await edited((policy) => policy.yaml('policy.yaml', (d) => d.setIn(['retention', 'until'], '直至您注销账户')));
    expect(change(until.diff!, 'retention/retention/until')).toMatchObject({ rule: 'retention-changed', level: 'notify', after: '直至您注销账户', text: '新增说明个人信息的保存期限：直至您注销账户' });
    expect(until.diff!.summary.text).toContain('个人信息的保存期限改为：直至您注销账户');
  });

  it('an SDK without a company or a privacy link: warnings, an empty cell, list columns left empty; the company no longer stated is notify', async () => {
    const { report, doc, diff } = await edited((policy) =>
      policy.yaml('sdks.yaml', (d) => {
        const i = indexOf(d, 'sdks', 'umeng-sdk');
        d.deleteIn(['sdks', i, 'company']);
        d.deleteIn(['sdks', i, 'privacyUrl']);
      }),
    );
    expect(line(report, 'sdk-company-missing')).toMatch(/^policy\/sdks\.yaml:\d+:\d+: warning: SDK `umeng-sdk` names no company/);
    expect(line(report, 'sdk-url-missing')).toMatch(/warning: SDK `umeng-sdk` gives no privacy policy URL/);
    expect(doc!.sdks.find((s) => s.id === 'umeng-sdk')).not.toHaveProperty('company');
    expect(sharedList(doc!).find((r) => r.recipientId === 'umeng-sdk')).toMatchObject({ company: '', privacyUrl: '' });
    expect(change(diff!, 'sdk/umeng-sdk/company')).toMatchObject({ rule: 'sdk-company-unstated', level: 'notify' });
    expect(change(diff!, 'sdk/umeng-sdk/privacyUrl')).toMatchObject({ rule: 'link-withdrawn', level: 'notify' });
  });
});

describe('new shapes of the model', () => {
  it('background collection: compiled, in the list, reconsent, and said in the pop-up', async () => {
    const { report, doc, diff } = await edited((policy) =>
      policy.yaml('purposes.yaml', (d) => d.setIn(['purposes', indexOf(d, 'purposes', 'additional-features'), 'background'], true)),
    );
    expect(report).toMatch(/\n0 errors, 7 warnings\n$/);
    expect(doc!.purposes.find((p) => p.id === 'additional-features')!.items[0]).toMatchObject({ id: 'location', background: true });
    expect(collectedList(doc!).find((r) => r.purposeId === 'additional-features')).toMatchObject({ background: true });
    expect(change(diff!, 'purpose/additional-features/items/location/background')).toMatchObject({ rule: 'background-collection', level: 'reconsent' });
    expect(diff!.summary.html).toContain('“为您提供其他附加功能服务”在应用后台运行时收集：<strong>位置信息</strong>');
  });

  it('items per recipient: checked against the purpose, narrowing is changelog only, a new item for a recipient is separate consent', async () => {
    const bad = await edited((policy) => policy.yaml('purposes.yaml', (d) => d.setIn(['purposes', indexOf(d, 'purposes', 'withdrawal'), 'recipients', 1], { id: 'alipay', items: ['real-name', 'passport'] })));
    expect(line(bad.report, 'recipient-item-not-collected')).toMatch(/^policy\/purposes\.yaml:\d+:\d+: error: Purpose `withdrawal` provides `passport` to `alipay`, but does not collect it/);
    const { doc, diff } = await edited((policy) => policy.yaml('purposes.yaml', (d) => d.setIn(['purposes', indexOf(d, 'purposes', 'withdrawal'), 'recipients', 1], { id: 'alipay', items: ['real-name', 'alipay-account'] })));
    expect(sharedList(doc!).find((r) => r.recipientId === 'alipay')!.items).toEqual(['真实姓名', '支付宝账号']);
    expect(diff!.changes.filter((c) => c.record.id === 'alipay').map((c) => [c.kind, c.element?.id, c.level])).toEqual([
      ['recipient-item-removed', 'withdrawable-balance', 'none'],
      ['recipient-item-removed', 'bank-card', 'none'],
      ['recipient-item-removed', 'id-number', 'none'],
      ['recipient-item-removed', 'withdrawal-progress', 'none'],
    ]);
    const more = await edited(async (policy) => {
      await policy.yaml('purposes.yaml', (d) => d.addIn(['purposes', indexOf(d, 'purposes', 'delivery'), 'items'], 'phone'));
      await policy.text('chapters/collection.md', (t) => t.replace(':item{#delivery-progress}', ':item{#delivery-progress}、:item{#phone}'));
    });
    expect(change(more.diff!, 'recipient/logistics-companies/items/phone')).toMatchObject({ rule: 'recipient-new-item', level: 'separate-consent', text: '新增向第三方报关、配送公司提供手机号' });
    const consent = more.diff!.summary.dialog!.consent.find((c) => c.id === 'recipient/logistics-companies')!;
    expect(consent.text).toContain('帮助向您完成蜜饯自营销售的商品及/或服务的交付：手机号');
  });

  it('disclosure to the members of the user\'s team: separate consent (row 4), shown as a disclosure, in words that fit', async () => {
    const { doc, diff } = await edited(async (policy) => {
      await policy.text('recipients.yaml', (t) => `${t.trimEnd()}\n  - id: team-members\n    name: 您所在团队的成员\n    kind: organisation\n`);
      await policy.yaml('purposes.yaml', (d) => d.setIn(['purposes', indexOf(d, 'purposes', 'team'), 'recipients'], ['team-members']));
      await policy.text('chapters/collection.md', (t) => t.replace('#### （九）', '向:recipient{#team-members}展示。\n\n#### （九）'));
    });
    expect(sharedList(doc!).find((r) => r.recipientId === 'team-members')).toMatchObject({ type: 'disclosure', items: ['头像', '账号昵称', '手机号码', '微信号码'] });
    expect(change(diff!, 'purpose/team/recipients/team-members')).toMatchObject({ rule: 'new-disclosure', level: 'separate-consent', text: '“为您提供团队管理功能”新增向您所在团队的成员公开个人信息' });
    expect(diff!.summary.dialog!.consent.find((c) => c.id === 'recipient/team-members')!.text.split('\n')[0]).toBe('向您所在团队的成员公开您的个人信息');
  });

  it('a right\'s own answer time, in working days: rendered, a rights change, said with its unit', async () => {
    const { doc, diff } = await edited(async (policy) => {
      await policy.yaml('rights.yaml', (d) => d.setIn(['rights', indexOf(d, 'rights', 'rights-delete'), 'responseTime'], d.createNode({ value: 10, unit: '工作日' })));
      await policy.text('chapters/rights.md', (t) => t.replace('您可以通过:way{#delete-as-access}删除您的部分信息。', '您可以通过:way{#delete-as-access}删除您的部分信息，我们将在:response-time{#rights-delete}内处理。'));
    });
    expect(doc!.chapters.find((c) => c.id === 'rights')!.text).toContain('我们将在10个工作日内处理。');
    expect(change(diff!, 'right/rights-delete/responseTime')).toMatchObject({ rule: 'rights-changed', level: 'notify', after: '10个工作日' });
    expect(diff!.summary.text).toContain('我们将在10个工作日内答复您“删除”的请求');
  });

  it('retention in years: compared in days with the months before it', async () => {
    const { diff } = await edited(async (policy) => {
      await policy.yaml('policy.yaml', (d) => {
        d.deleteIn(['retention', 'minimumMonths']);
        d.setIn(['retention', 'minimum'], d.createNode({ value: 1, unit: '年' }));
      });
      await policy.text('chapters/protection.md', (t) => t.replace(':policy{#retention.minimumMonths}个月', ':policy{#retention.minimum}'));
    });
    expect(change(diff!, 'retention/retention/minimum')).toMatchObject({ rule: 'retention-lengthened', level: 'reconsent', before: '6个月', after: '1年', text: '个人信息的最短保存期限由6个月改为1年' });
    expect(diff!.review).toEqual([]);
  });

  it('an external SDK catalogue: linked by ::sdk-table, notify when the SDKs move there', async () => {
    const { doc, diff } = await edited((policy) => policy.text('sdks.yaml', (t) => t.replace('sdks:\n', 'catalogue:\n  title: 《第三方SDK目录》\n  url: https://example.com/sdk-list\nsdks:\n')));
    expect(doc!.chapters.find((c) => c.id === 'sharing')!.html).toContain('<a href="https://example.com/sdk-list">《第三方SDK目录》</a>');
    expect(change(diff!, 'policy/policy/sdkCatalogue')).toMatchObject({ rule: 'link-withdrawn', level: 'notify', text: '第三方SDK改在《第三方SDK目录》（https://example.com/sdk-list）中列出' });
  });

  it('a definition\'s number and note: shown, and a change of either is wording', async () => {
    const { doc, diff } = await edited((policy) =>
      policy.yaml('definitions.yaml', (d) => {
        const i = indexOf(d, 'definitions', 'deletion');
        d.setIn(['definitions', i, 'number'], '4.');
        d.setIn(['definitions', i, 'note'], '来源：GB/T 35273-2020 3.10');
      }),
    );
    expect(doc!.chapters.find((c) => c.id === 'definitions')!.text).toContain('4. 个人信息删除：指在实现日常业务功能所涉及的系统中去除个人信息的行为，使其保持不可被检索、访问的状态。（来源：GB/T 35273-2020 3.10）');
    expect(diff!.changes.map((c) => [c.id, c.rule])).toEqual([['definition/deletion/number', 'wording'], ['definition/deletion/note', 'wording']]);
    expect(diff!.review).toEqual([]);
  });

  it('a postal contact with its postcode; a biometric item sensitive by default; an arbitration commission called so', async () => {
    const { report, doc, diff } = await edited(async (policy) => {
      await policy.text('policy.yaml', (t) => t.replace('contacts:\n', 'contacts:\n  - id: post\n    kind: postal\n    name: 通信地址\n    value: 浙江省杭州市滨江区示例路1号\n    postcode: "310051"\n').replace('disputeVenue: 蜜饯服务提供者住所地人民法院', 'disputeVenue: 杭州仲裁委员会'));
      await policy.text('chapters/contact.md', (t) => t.replace('2、:contact{#email show=name}', '2、:contact{#post show=name}：:contact{#post}（邮编:contact{#post show=postcode}）\n\n3、:contact{#email show=name}'));
      await policy.text('data-items.yaml', (t) => `${t.trimEnd()}\n  - id: face\n    name: 人脸信息\n    category: biometric\n`);
      await policy.yaml('purposes.yaml', (d) => d.addIn(['purposes', indexOf(d, 'purposes', 'orders'), 'items'], 'face'));
      await policy.text('chapters/collection.md', (t) => t.replace(':item[姓名]{#real-name}、:item{#id-number}', ':item[姓名]{#real-name}、:item{#id-number}、:item{#face}'));
    });
    expect(report).toMatch(/\n0 errors, \d+ warnings\n$/);
    expect(doc!.chapters.find((c) => c.id === 'contact')!.text).toContain('通信地址：浙江省杭州市滨江区示例路1号（邮编310051）');
    expect(doc!.items.find((i) => i.id === 'face')).toMatchObject({ sensitive: true, sensitiveReason: expect.stringContaining('生物识别') });
    expect(change(diff!, 'purpose/orders/items/face')).toMatchObject({ rule: 'new-sensitive-collection', level: 'separate-consent' });
    expect(diff!.summary.dialog!.consent.map((c) => c.id)).toContain('item/face');
    expect(diff!.summary.text).toContain('争议解决的仲裁机构改为：杭州仲裁委员会');
    expect(diff!.summary.text).not.toContain('管辖法院');
  });

  it('header labels in the policy\'s own words', async () => {
    const { doc, diff } = await edited((policy) => policy.text('policy.yaml', (t) => t.replace('chapters:\n', 'labels:\n  updated: 更新时间\n  effective: 生效时间\nchapters:\n')));
    expect(doc!.header.text).toBe('蜜饯隐私政策\n\n更新时间：2021年10月13日\n\n生效时间：2021年10月13日');
    expect(diff!.changes.map((c) => [c.id, c.level])).toEqual([['policy/policy/labels.updated', 'none'], ['policy/policy/labels.effective', 'none']]);
  });
});
