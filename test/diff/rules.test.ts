// One scenario per row of the rule table (docs/notice-rules.md), each a small edit on a
// copy of the real policy/. The expectations are the table's, and what the pop-up must say.
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff.ts';
import { baseDocument, indexOf, rulesOf, scenario } from './scenario.ts';

describe('row 1: new purpose, processing method or kind of data → service-model, reconsent', () => {
  it('a new purpose', async () => {
    const diff = await scenario(async (policy) => {
      await policy.yaml('purposes.yaml', (doc) =>
        doc.addIn(['purposes'], { id: 'terminal-battery', title: '为您优化终端耗电', function: 'basic', items: ['device-info'] }),
      );
      await policy.text('chapters/definitions.md', (t) => t.replace(':collected{#terminal-cache}。', ':collected{#terminal-cache}；:collected{#terminal-battery}。'));
    });
    expect(diff.level).toBe('reconsent');
    expect(diff.popup).toBe(true);
    expect(diff.categories).toEqual(['service-model']);
    expect(rulesOf(diff)).toEqual(['new-purpose', 'new-collection']);
    expect(diff.summary.text).toContain('我们新增收集的信息\n1. 新增“为您优化终端耗电”（基本功能）：收集设备信息\n');
    expect(diff.summary.separateConsent).toEqual([]);
  });

  it('an SDK collects a new kind of data item', async () => {
    const diff = await scenario(async (policy) => {
      await policy.yaml('data-items.yaml', (doc) => doc.addIn(['items'], { id: 'battery-level', name: '电池电量', category: 'device', sensitive: false }));
      await policy.yaml('sdks.yaml', (doc) => doc.addIn(['sdks', indexOf(doc, 'sdks', 'umeng-sdk'), 'items'], 'battery-level'));
    });
    expect(diff.level).toBe('reconsent');
    expect(diff.categories).toEqual(['service-model']);
    expect(rulesOf(diff)).toEqual(['new-data-item', 'new-collection']);
    expect(diff.summary.text).toContain('我们与第三方的合作有变化\n1. 友盟移动统计SDK：新增收集电池电量\n');
    expect(diff.summary.dialog!.sections.map((s) => s.id)).toEqual(['third-parties']);
    // The SDK table shows the new item: explained by the data, nothing to review.
    expect(diff.chapters.map((c) => c.id)).toEqual(['sharing']);
    expect(diff.review).toEqual([]);
  });

  it('a new processing method: how a recipient receives information', async () => {
    const diff = await scenario((policy) => policy.yaml('recipients.yaml', (doc) => doc.setIn(['recipients', indexOf(doc, 'recipients', 'tencent'), 'method'], 'API接口传输')));
    expect(diff.level).toBe('reconsent');
    expect(rulesOf(diff)).toEqual(['new-processing-method']);
    expect(diff.summary.text).toContain('向深圳市腾讯计算机系统有限公司提供信息的方式改为：API接口传输');
  });
});

describe('row 2: an item newly sensitive, or new collection of a sensitive item → separate-consent', () => {
  it('an item newly marked sensitive', async () => {
    const diff = await scenario((policy) =>
      policy.yaml('data-items.yaml', (doc) => {
        const i = indexOf(doc, 'items', 'device-info');
        doc.setIn(['items', i, 'sensitive'], true);
        doc.setIn(['items', i, 'sensitiveReason'], 'GB/T 35273-2020 附录B：设备信息');
      }),
    );
    expect(diff.level).toBe('separate-consent');
    expect(diff.categories).toEqual(['service-model']);
    expect(rulesOf(diff)).toEqual(['newly-sensitive']);
    expect(diff.summary.html).toContain('<strong>设备信息</strong>被列为敏感个人信息');
    expect(diff.summary.separateConsent.map((c) => c.id)).toEqual(['item/device-info']);
    expect(diff.summary.dialog!.consent[0]!.title).toEqual([{ text: '设备信息', sensitive: true }, { text: '（敏感个人信息）' }]);
  });

  it('new collection of a sensitive item, named in bold and consented one by one', async () => {
    const diff = await scenario((policy) => policy.yaml('purposes.yaml', (doc) => doc.addIn(['purposes', indexOf(doc, 'purposes', 'terminal-region'), 'items'], 'location')));
    expect(diff.level).toBe('separate-consent');
    expect(rulesOf(diff)).toEqual(['new-sensitive-collection']);
    expect(diff.summary.html).toContain('“为检测不同区域的服务”：新增收集<strong>位置信息</strong>');
    expect(diff.summary.separateConsent.map((c) => c.text)).toEqual(['位置信息（敏感个人信息）\n用于：为检测不同区域的服务\n这是“为检测不同区域的服务”所必需的，不同意将无法使用该功能。']);
    // The definitions chapter lists the purpose's items with :collected: explained, no review.
    expect(diff.review).toEqual([]);
  });
});

describe('row 3: new recipient, new SDK, a recipient company changes → recipients, separate-consent', () => {
  it('a new SDK', async () => {
    const diff = await scenario((policy) =>
      policy.yaml('sdks.yaml', (doc) =>
        doc.addIn(['sdks'], { id: 'umeng-push-sdk', name: '友盟推送SDK', scenario: '消息推送', items: ['device-info'], company: 'umeng', privacyUrl: 'https://www.umeng.com/page/policy' }),
      ),
    );
    expect(diff.level).toBe('separate-consent');
    expect(diff.categories).toEqual(['service-model', 'recipients']);
    expect(diff.changes[0]!.rule).toBe('new-sdk');
    expect(diff.summary.text).toContain('我们新增合作的第三方\n1. 友盟推送SDK（友盟同欣（北京）科技有限公司）：用于消息推送\n');
    expect(diff.summary.separateConsent.map((c) => c.id)).toEqual(['recipient/umeng']);
  });

  it("an SDK's company changes", async () => {
    const diff = await scenario((policy) => policy.yaml('sdks.yaml', (doc) => doc.setIn(['sdks', indexOf(doc, 'sdks', 'umeng-sdk'), 'company'], 'tencent')));
    expect(diff.level).toBe('separate-consent');
    expect(diff.categories).toEqual(['recipients']);
    expect(rulesOf(diff)).toEqual(['sdk-company-changed']);
    expect(diff.summary.text).toContain('友盟移动统计SDK改由深圳市腾讯计算机系统有限公司提供');
    expect(diff.summary.separateConsent.map((c) => c.id)).toEqual(['recipient/tencent']);
  });

  it("a recipient's company changes", async () => {
    const diff = await scenario((policy) =>
      policy.yaml('recipients.yaml', (doc) => doc.setIn(['recipients', indexOf(doc, 'recipients', 'mobtech'), 'name'], '深圳市和讯华谷信息技术有限公司')),
    );
    expect(diff.level).toBe('separate-consent');
    expect(rulesOf(diff)).toEqual(['recipient-company-changed']);
    expect(diff.summary.separateConsent.map((c) => c.id)).toEqual(['recipient/mobtech']);
    expect(diff.review).toEqual([]);
  });

  it('a purpose shares with a new recipient', async () => {
    const diff = await scenario(async (policy) => {
      await policy.yaml('purposes.yaml', (doc) => doc.setIn(['purposes', indexOf(doc, 'purposes', 'terminal-network'), 'recipients'], ['jd']));
    });
    expect(diff.level).toBe('separate-consent');
    expect(rulesOf(diff)).toEqual(['new-recipient']);
    expect(diff.summary.text).toContain('北京京东叁佰陆拾度电子商务有限公司：用于“对网络链路的选择与优化”');
    expect(diff.summary.separateConsent.map((c) => c.id)).toEqual(['recipient/jd']);
  });
});

describe('row 4: cross-border transfer or storage abroad → recipients, separate-consent', () => {
  it('storage moves abroad', async () => {
    const diff = await scenario((policy) =>
      policy.yaml('policy.yaml', (doc) => {
        doc.setIn(['storage', 'location'], '新加坡');
        doc.setIn(['storage', 'crossBorder'], true);
      }),
    );
    expect(diff.level).toBe('separate-consent');
    expect(diff.categories).toEqual(['recipients']);
    expect(rulesOf(diff).sort()).toEqual(['cross-border', 'storage-abroad']);
    expect(diff.summary.text).toContain('个人信息将向境外提供或在境外存储');
    expect(diff.summary.separateConsent.map((c) => [c.id, c.text])).toEqual([
      ['cross-border', '向境外提供您的个人信息\n存储地点：新加坡\n负责处理：亿启（杭州）网络科技有限公司\n我们需要在新加坡存储您的个人信息，这是使用蜜饯所必需的，不同意将无法继续使用。'],
    ]);
    // Chapter 七 renders the location from the data: explained, no review.
    expect(diff.chapters.map((c) => c.id)).toEqual(['cross-border']);
    expect(diff.review).toEqual([]);
  });
});

describe("row 5: children's data added or widened → service-model, separate-consent", () => {
  it('the child age is raised', async () => {
    const diff = await scenario((policy) => policy.yaml('policy.yaml', (doc) => doc.set('childAge', 16)));
    expect(diff.level).toBe('separate-consent');
    expect(rulesOf(diff)).toEqual(['children-widened']);
    expect(diff.summary.text).toContain('儿童的年龄标准改为不满16周岁');
    expect(diff.summary.separateConsent.map((c) => c.text)).toEqual(['处理不满16周岁儿童的个人信息\n儿童的年龄标准改为不满16周岁\n不同意不影响您本人使用，我们不会处理不满16周岁儿童的个人信息。']);
    // The definition of 儿童 quotes the age (十六): explained by the data.
    expect(diff.review).toEqual([]);
  });

  it("a purpose starts collecting children's information", async () => {
    const diff = await scenario((policy) => policy.yaml('purposes.yaml', (doc) => doc.addIn(['purposes', indexOf(doc, 'purposes', 'terminal-region'), 'items'], 'child-info')));
    expect(diff.level).toBe('separate-consent');
    expect(diff.summary.html).toContain('<strong>儿童个人信息</strong>');
  });
});

describe('row 6: the controller changes → controller, notify (reconsent if purposes change too)', () => {
  const rename = (policy: Parameters<Parameters<typeof scenario>[0]>[0]) =>
    policy.yaml('policy.yaml', (doc) => doc.setIn(['controller', 'name'], '蜜饯（上海）信息技术有限公司'));

  it('alone: notify', async () => {
    const diff = await scenario(rename);
    expect(diff.level).toBe('notify');
    expect(diff.categories).toEqual(['controller']);
    expect(rulesOf(diff)).toEqual(['controller-changed']);
    expect(diff.summary.text).toContain('负责处理您信息的公司有变化\n1. 亿启（杭州）网络科技有限公司变更为蜜饯（上海）信息技术有限公司\n');
    expect(diff.summary.separateConsent).toEqual([]);
    expect(diff.review).toEqual([]);
  });

  it('with a purpose change: reconsent', async () => {
    const diff = await scenario(async (policy) => {
      await rename(policy);
      await policy.yaml('purposes.yaml', (doc) => doc.setIn(['purposes', indexOf(doc, 'purposes', 'terminal-cache'), 'function'], 'additional'));
    });
    expect(diff.level).toBe('reconsent');
    expect(diff.changes.find((c) => c.kind === 'controller-changed')!.rule).toBe('controller-and-purposes-changed');
  });
});

describe('row 7: contact, department or complaint channel → contact, notify', () => {
  it('the contact email changes', async () => {
    const diff = await scenario((policy) => policy.yaml('policy.yaml', (doc) => doc.setIn(['contacts', indexOf(doc, 'contacts', 'email'), 'value'], 'privacy@eachmobile.cn')));
    expect(diff.level).toBe('notify');
    expect(diff.categories).toEqual(['contact']);
    expect(diff.summary.text).toContain('联系方式有变化\n1. 邮箱改为：privacy@eachmobile.cn\n');
    expect(diff.review).toEqual([]);
  });
});

describe('row 8: rights or ways to exercise them → user-rights, notify (reconsent if a right is reduced)', () => {
  it('an app path changes: notify', async () => {
    const diff = await scenario((policy) =>
      policy.yaml('rights.yaml', (doc) => doc.setIn(['rights', indexOf(doc, 'rights', 'rights-cancel'), 'ways', 0, 'text'], '我的-设置-账号与安全-注销账号')),
    );
    expect(diff.level).toBe('notify');
    expect(diff.categories).toEqual(['user-rights']);
    expect(diff.summary.text).toContain('您的权利有变化\n1. 行使“注销账户”的方式改为：我的-设置-账号与安全-注销账号\n');
  });

  it('the response time changes: notify', async () => {
    const diff = await scenario((policy) => policy.yaml('policy.yaml', (doc) => doc.set('responseDays', 30)));
    expect(diff.level).toBe('notify');
    expect(diff.summary.text).toContain('我们将在30天内答复您的请求');
    expect(diff.review).toEqual([]);
  });

  it('a way to exercise a right is removed: reconsent', async () => {
    const diff = await scenario(async (policy) => {
      await policy.yaml('rights.yaml', (doc) => doc.deleteIn(['rights', indexOf(doc, 'rights', 'rights-access'), 'ways', 3]));
      await policy.text('chapters/rights.md', (t) => t.replace(':way{#online-service}', '在线客服'));
    });
    expect(diff.level).toBe('reconsent');
    expect(rulesOf(diff)).toEqual(['right-reduced']);
    expect(diff.summary.text).toContain('行使“查询、更正和补充”不再可以通过：在线客服');
  });
});

describe('row 9: retention → service-model, notify (reconsent if lengthened)', () => {
  it('shortened: notify', async () => {
    const diff = await scenario((policy) => policy.yaml('policy.yaml', (doc) => doc.setIn(['retention', 'afterCancellationMonths'], 3)));
    expect(diff.level).toBe('notify');
    expect(diff.categories).toEqual(['service-model']);
    expect(diff.summary.text).toContain('注销账户后，我们将在3个月内删除您的个人信息');
  });

  it('lengthened: reconsent', async () => {
    const diff = await scenario((policy) => policy.yaml('policy.yaml', (doc) => doc.setIn(['retention', 'minimumMonths'], 12)));
    expect(diff.level).toBe('reconsent');
    expect(rulesOf(diff)).toEqual(['retention-lengthened']);
    expect(diff.summary.text).toContain('个人信息的最短保存期限改为12个月');
  });
});

describe('row 10: an impact assessment shows high risk → risk-assessment, notify at least', () => {
  it('the flag alone gives notify', async () => {
    const doc = await baseDocument();
    const diff = diffDocuments(doc, doc, { highRisk: true });
    expect(diff.level).toBe('notify');
    expect(diff.categories).toEqual(['risk-assessment']);
    expect(diff.summary.text).toContain('个人信息安全影响评估报告表明存在高风险');
  });

  it('with a higher change, the higher level', async () => {
    const diff = await scenario((policy) => policy.yaml('policy.yaml', (doc) => doc.setIn(['retention', 'minimumMonths'], 12)), { highRisk: true });
    expect(diff.level).toBe('reconsent');
    expect(diff.categories).toEqual(['service-model', 'risk-assessment']);
  });
});

describe('row 11: SDK or recipient removed, URL changed, item dropped → none (changelog)', () => {
  it('an SDK and its company removed', async () => {
    const diff = await scenario(async (policy) => {
      await policy.yaml('sdks.yaml', (doc) => doc.deleteIn(['sdks', indexOf(doc, 'sdks', 'jd-sdk')]));
      await policy.yaml('recipients.yaml', (doc) => doc.deleteIn(['recipients', indexOf(doc, 'recipients', 'jd')]));
    });
    expect(diff.level).toBe('none');
    expect(diff.popup).toBe(false);
    expect(diff.categories).toEqual([]);
    expect(diff.changes.map((c) => [c.kind, c.rule])).toEqual([
      ['sdk-removed', 'removal'],
      ['recipient-removed', 'removal'],
    ]);
    expect(diff.review).toEqual([]);
    expect(diff.summary.text).toBe('我们更新了《蜜饯隐私政策》，新版本自2021年10月13日起生效。\n本次更新没有需要提示您的变更。\n');
  });

  it("an SDK's privacy-policy URL changes", async () => {
    const diff = await scenario((policy) => policy.yaml('sdks.yaml', (doc) => doc.setIn(['sdks', indexOf(doc, 'sdks', 'mobtech-sdk'), 'privacyUrl'], 'https://www.mob.com/about/policy')));
    expect(diff.level).toBe('none');
    expect(rulesOf(diff)).toEqual(['link-changed']);
  });

  it('a purpose drops a data item', async () => {
    const diff = await scenario((policy) => policy.yaml('purposes.yaml', (doc) => doc.deleteIn(['purposes', indexOf(doc, 'purposes', 'terminal-device-id'), 'items', 4])));
    expect(diff.level).toBe('none');
    expect(diff.changes.map((c) => c.kind)).toEqual(['item-no-longer-collected']);
    expect(diff.review).toEqual([]);
  });
});

describe('row 12: wording, typos, reordering, formatting → none', () => {
  it('a typo fixed in the opening reminder', async () => {
    const diff = await scenario((policy) => policy.text('chapters/preamble.md', (t) => t.replace('尽力保护您的个人信息安全可控', '尽力保障您的个人信息安全可控')));
    expect(diff.level).toBe('none');
    expect(diff.changes).toEqual([]);
    expect(diff.review).toEqual([]);
    expect(diff.chapters[0]!.segments.filter((s) => s.op !== 'equal')).toEqual([
      { op: 'delete', text: '保护' },
      { op: 'insert', text: '保障' },
    ]);
  });

  it("an item's name reworded", async () => {
    const diff = await scenario((policy) => policy.yaml('data-items.yaml', (doc) => doc.setIn(['items', indexOf(doc, 'items', 'gender'), 'name'], '性别信息')));
    expect(diff.level).toBe('none');
    expect(rulesOf(diff)).toEqual(['wording']);
    expect(diff.review).toEqual([]);
  });

  it('SDKs reordered: the table moves, nothing to notify or review', async () => {
    const diff = await scenario((policy) =>
      policy.yaml('sdks.yaml', (doc) => {
        const seq = doc.get('sdks') as { items: unknown[] };
        seq.items.reverse();
      }),
    );
    expect(diff.changes).toEqual([]);
    expect(diff.review).toEqual([]);
    expect(diff.level).toBe('none');
  });
});

describe('row 13: prose changed in a covered chapter with no structured change → needs review', () => {
  it('a sentence of 三、共享 changes', async () => {
    const diff = await scenario((policy) => policy.text('chapters/sharing.md', (t) => t.replace('我们不会将您的个人信息转让给任何公司', '我们可能会将您的个人信息转让给任何公司')));
    expect(diff.changes).toEqual([]);
    expect(diff.level).toBe('none');
    expect(diff.review).toHaveLength(1);
    expect(diff.review[0]).toMatchObject({
      id: 'chapter/sharing',
      kind: 'prose',
      categories: ['recipients'],
      rule: 'prose-in-covered-chapter',
      deleted: ['不会'],
      inserted: ['可能会'],
    });
  });

  it("a purpose's scenario reworded: scope wording to review", async () => {
    const diff = await scenario((policy) => policy.yaml('purposes.yaml', (doc) => doc.setIn(['purposes', indexOf(doc, 'purposes', 'display'), 'scenario'], '展示页面和搜索结果、个性化推荐、广告投放')));
    expect(diff.review.map((r) => [r.id, r.categories])).toEqual([['purpose/display/scenario', ['service-model']]]);
  });
});
