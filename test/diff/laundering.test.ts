// Ordinary edits that once came out as `none` with no review item (issue 11), one class each:
// each is now a pop-up or an editor's decision, and says why (its signals).
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff.ts';
import { suggestedLevel } from '../../src/diff/signals.ts';
import type { PolicyDiff, ReviewItem } from '../../src/diff/types.ts';
import { baseDocument, indexOf, scenario } from './scenario.ts';

function item(diff: PolicyDiff, id: string): ReviewItem {
  const found = diff.review.find((r) => r.id === id);
  expect(found, `review item ${id} among ${diff.review.map((r) => r.id).join(', ') || 'none'}`).toBeDefined();
  return found!;
}

function terms(review: ReviewItem): string[] {
  return (review.signals ?? []).map((s) => `${s.kind}:${s.term}`);
}

describe('names and wordings are scope (Build 1)', () => {
  it("a new payment institution in the prose, its name added to an existing recipient's wordings", async () => {
    const diff = await scenario(async (policy) => {
      await policy.yaml('recipients.yaml', (doc) => doc.setIn(['recipients', indexOf(doc, 'recipients', 'payment-institutions'), 'wordings'], ['支付机构', '连连支付']));
      await policy.text('chapters/collection.md', (t) => t.replace(':recipient[快钱支付]{#kuaiqian}，以下称', ':recipient[快钱支付]{#kuaiqian}、:recipient[连连支付]{#payment-institutions}，以下称'));
    });
    const review = item(diff, 'recipient/payment-institutions/wordings');
    expect(review).toMatchObject({ kind: 'scope-wording', inserted: ['连连支付'], categories: ['recipients'], rule: 'scope-wording-changed' });
    expect(terms(review)).toContain('organisation:连连支付');
    expect(suggestedLevel(review)).toBe('separate-consent');
  });

  it('a group recipient renamed to a wider group', async () => {
    const diff = await scenario((policy) => policy.yaml('recipients.yaml', (doc) => doc.setIn(['recipients', indexOf(doc, 'recipients', 'partners'), 'name'], '授权合作伙伴及广告服务商')));
    const review = item(diff, 'recipient/partners/name');
    expect(review).toMatchObject({ deleted: ['授权合作伙伴'], inserted: ['授权合作伙伴及广告服务商'], categories: ['recipients'] });
    expect(terms(review)).toContain('organisation:服务商');
    expect(suggestedLevel(review)).toBe('separate-consent');
    // The prose shows the new name where the record was referred to: explained by the rename, one item only.
    expect(diff.review.map((r) => r.id)).toEqual(['recipient/partners/name']);
  });

  it('a data item renamed to something wider', async () => {
    const diff = await scenario((policy) => policy.yaml('data-items.yaml', (doc) => doc.setIn(['items', indexOf(doc, 'items', 'gender'), 'name'], '性别及婚史')));
    const review = item(diff, 'item/gender/name');
    expect(terms(review)).toContain('sensitive:婚史');
    expect(suggestedLevel(review)).toBe('separate-consent');
    expect(diff.review.map((r) => r.id)).toEqual(['item/gender/name']);
  });

  it("an SDK's scenario widened, and an SDK renamed", async () => {
    const diff = await scenario((policy) =>
      policy.yaml('sdks.yaml', (doc) => {
        doc.setIn(['sdks', indexOf(doc, 'sdks', 'umeng-sdk'), 'scenario'], '统计分析及用户画像');
        doc.setIn(['sdks', indexOf(doc, 'sdks', 'jd-sdk'), 'name'], '京东联盟及京东物流SDK');
      }),
    );
    expect(terms(item(diff, 'sdk/umeng-sdk/scenario'))).toContain('processing:用户画像');
    expect(terms(item(diff, 'sdk/jd-sdk/name'))).toContain('organisation:京东物流SDK');
  });

  it('editorial renames stay quiet: a filler word, punctuation, a removed wording', async () => {
    const diff = await scenario(async (policy) => {
      await policy.yaml('data-items.yaml', (doc) => doc.setIn(['items', indexOf(doc, 'items', 'gender'), 'name'], '性别信息'));
      await policy.yaml('recipients.yaml', (doc) => doc.setIn(['recipients', indexOf(doc, 'recipients', 'payment-institutions'), 'wordings'], []));
      await policy.text('chapters/collection.md', (t) => t.replaceAll(':recipient[支付机构]{#payment-institutions}', ':recipient{#payment-institutions}'));
    });
    expect(diff.level).toBe('none');
    expect(diff.review).toEqual([]);
    expect(diff.changes.length).toBeGreaterThan(0);
    expect(new Set(diff.changes.map((c) => c.rule))).toEqual(new Set(['wording']));
  });
});

describe('evidence is local (Build 2)', () => {
  it('a new wording of a sensitive item, used in a section where the item was not mentioned', async () => {
    const diff = await scenario(async (policy) => {
      await policy.yaml('data-items.yaml', (doc) => doc.setIn(['items', indexOf(doc, 'items', 'location'), 'wordings'], ['地理位置', 'GPS位置', '设备所在位置相关信息', '行踪轨迹']));
      await policy.text('chapters/cookies.md', (t) => t.replace('存储您的偏好等数据', '存储您的偏好、:item[行踪轨迹]{#location}等数据'));
    });
    expect(terms(item(diff, 'item/location/wordings'))).toContain('sensitive:行踪轨迹');
    const prose = item(diff, 'chapter/cookies');
    expect(prose.inserted).toEqual(['、行踪轨迹']);
    expect(prose.signals).toContainEqual(expect.objectContaining({ kind: 'sensitive', term: '行踪轨迹', side: 'inserted', record: expect.objectContaining({ id: 'location' }) }));
    expect(suggestedLevel(prose)).toBe('separate-consent');
  });

  it('a changed record explains only its own words: more prose in the same sentence is reviewed', async () => {
    const diff = await scenario(async (policy) => {
      await policy.yaml('policy.yaml', (doc) => doc.setIn(['retention', 'afterCancellationMonths'], 3));
      await policy.text('chapters/protection.md', (t) => t.replace(':policy{#retention.afterCancellationMonths}个月后随之删除相应的信息', ':policy{#retention.afterCancellationMonths}个月后将相应的信息提供给授权合作伙伴'));
    });
    expect(diff.changes.map((c) => c.rule)).toEqual(['retention-changed']);
    const review = item(diff, 'chapter/protection');
    expect(terms(review)).toEqual(expect.arrayContaining(['processing:提供给', 'organisation:授权合作伙伴']));
    expect(review.inserted.join('')).not.toContain('3');
  });

  it('the same record change alone explains its number where the section showed it', async () => {
    const diff = await scenario((policy) => policy.yaml('policy.yaml', (doc) => doc.setIn(['retention', 'afterCancellationMonths'], 3)));
    expect(diff.chapters.map((c) => c.id)).toEqual(['protection']);
    expect(diff.review).toEqual([]);
  });
});

describe('no chapter is exempt by its id (Build 3)', () => {
  it('a sentence about sharing added to the opening reminder', async () => {
    const diff = await scenario((policy) => policy.text('chapters/preamble.md', (t) => t.replace('并提醒您：', '并提醒您：我们会将您的位置信息共享给广告合作方。')));
    const review = item(diff, 'chapter/preamble');
    expect(review.rule).toBe('prose-in-unmapped-chapter');
    expect(terms(review)).toEqual(expect.arrayContaining(['processing:共享', 'sensitive:位置信息', 'organisation:合作方']));
    expect(review.categories).toEqual(['service-model', 'recipients']);
    expect(suggestedLevel(review)).toBe('separate-consent');
  });

  it('two paragraphs swapped: shown as moved, nothing to review', async () => {
    const diff = await scenario((policy) =>
      policy.text('chapters/sharing.md', (t) => {
        const first = /^2、在获取明确同意的情况下共享.*$/m.exec(t)![0];
        const second = /^3、在您主动选择情况下共享.*$/m.exec(t)![0];
        return t.replace(first, '\u0000').replace(second, first).replace('\u0000', second);
      }),
    );
    expect(diff.changes).toEqual([]);
    expect(diff.review).toEqual([]);
    expect(diff.level).toBe('none');
    const moved = diff.chapters[0]!.segments.filter((s) => s.op !== 'equal' && s.text.trim() !== '');
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.every((s) => s.moved === true)).toBe(true);
  });

  it('a paragraph moved into another section is a change of what that section says', async () => {
    const diff = await scenario((policy) =>
      policy.text('chapters/sharing.md', (t) => {
        const paragraph = /^2、在获取明确同意的情况下共享.*$/m.exec(t)![0];
        return t.replace(`${paragraph}\n\n`, '').replace('#### （二）转让 {#transfer}\n', `#### （二）转让 {#transfer}\n\n${paragraph}\n`);
      }),
    );
    expect(item(diff, 'chapter/sharing').signals!.length).toBeGreaterThan(0);
  });

  it('a number changed in the prose is never a typo; renumbering a list is', async () => {
    const diff = await scenario((policy) => policy.text('chapters/sharing.md', (t) => t.replace('6、从合法公开披露的信息中收集个人信息的', '6、从合法公开披露的信息中收集2项个人信息的').replace('5、您自行向社会公众公开的个人信息', '五、您自行向社会公众公开的个人信息')));
    const review = item(diff, 'chapter/sharing');
    expect(terms(review)).toContain('number:2项');
    expect(review.inserted).toEqual(['2项']);
  });

  it('one character can take a limit back: 仅 → 也 is a negation flip, not a typo; two slips in one sentence are no typo', async () => {
    const flip = await scenario((policy) => policy.text('chapters/sharing.md', (t) => t.replace('我们仅会出于合法', '我们也会出于合法')));
    expect(terms(item(flip, 'chapter/sharing'))).toEqual(['negation:仅→也']);
    expect(suggestedLevel(item(flip, 'chapter/sharing'))).toBe('separate-consent');
    const doubled = await scenario((policy) => policy.text('chapters/sharing.md', (t) => t.replace('我们不会将您的个人信息转让给', '我们不会将您的个人信息转转让让给')));
    expect(item(doubled, 'chapter/sharing').inserted).toEqual(['转', '让']);
  });

  it('typo, punctuation, bold and reflow edits in any chapter stay quiet', async () => {
    const diff = await scenario(async (policy) => {
      await policy.text('chapters/preamble.md', (t) => t.replace('尽力保护您的个人信息安全可控', '尽力保障您的个人信息安全可控'));
      await policy.text('chapters/sharing.md', (t) => t.replace('以提供更好的客户服务和用户体验。', '以提供更好的客户服务和用户体验；').replace('我们只会共享必要的个人信息', '我们**只会**共享必要的个人信息'));
      await policy.text('chapters/protection.md', (t) => t.replace(/\n(\p{Script=Han}{6})(\p{Script=Han})/u, '\n$1\n  $2'));
    });
    // The bold is recorded in the changelog, as formatting: no pop-up, nothing to review.
    expect(diff.changes.map((c) => [c.kind, c.rule, c.level, c.text])).toEqual([['emphasis-changed', 'formatting', 'none', '“三、我们如何共享、转让、公开披露您的信息”的加粗标示有调整，加粗：“只会”']]);
    expect(diff.review).toEqual([]);
    expect(diff.level).toBe('none');
  });
});

describe('storage abroad is structured (Build 6)', () => {
  it('a move abroad with crossBorder left false is separate-consent with its consent item', async () => {
    const base = await baseDocument();
    const moved = structuredClone(base);
    moved.storage = { location: '新加坡', crossBorder: false };
    const diff = diffDocuments(base, moved);
    expect(diff.level).toBe('separate-consent');
    expect(diff.changes.find((c) => c.kind === 'storage-location-changed')!.rule).toBe('storage-abroad');
    expect(diff.summary.separateConsent.map((c) => c.id)).toEqual(['cross-border']);
  });

  it('a region code outside mainland China, with the wording unchanged, is a move abroad too', async () => {
    const base = await baseDocument();
    const moved = structuredClone(base);
    moved.storage = { ...base.storage, regions: ['CN', 'HK'] };
    const diff = diffDocuments(base, moved);
    expect(diff.level).toBe('separate-consent');
    expect(diff.summary.separateConsent.map((c) => c.id)).toEqual(['cross-border']);
  });
});
