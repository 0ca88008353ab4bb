import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyRulings, parseDecideOption, readDecisionsFile } from '../../src/release/decisions.ts';
import type { ReviewItem } from '../../src/diff/types.ts';
import { Refusal } from '../../src/report/refusal.ts';
import { tempDir } from '../helpers.ts';

describe("an editor's decisions", () => {
  it('--decide <review-id>=<level>:<reason>, the reason may hold colons', () => {
    expect(parseDecideOption('chapter/sharing=notify:措辞调整：范围不变')).toEqual(['chapter/sharing', { level: 'notify', reason: '措辞调整：范围不变' }]);
  });

  it('a mistyped level gets a suggestion', () => {
    const error = (() => {
      try {
        parseDecideOption('chapter/sharing=notfy:x');
      } catch (cause) {
        return cause as Refusal;
      }
    })();
    expect(error).toBeInstanceOf(Refusal);
    expect(error!.message).toBe('--decide chapter/sharing: `notfy` is not a notice level');
    expect(error!.hint).toBe('Did you mean `notify`? Levels: none|notify|reconsent|separate-consent.');
  });

  it('a decisions file maps review ids to {level, reason}', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const file = path.join(dir, 'decisions.yaml');
      await writeFile(file, 'chapter/sharing:\n  level: separate-consent\n  reason: 扩大了转让范围\npurpose/display/scenario: {level: none, reason: 同义改写}\n');
      expect(await readDecisionsFile(file)).toEqual([
        ['chapter/sharing', { level: 'separate-consent', reason: '扩大了转让范围' }],
        ['purpose/display/scenario', { level: 'none', reason: '同义改写' }],
      ]);
      await writeFile(file, 'chapter/sharing: {level: none}\n');
      await expect(readDecisionsFile(file)).rejects.toThrow('`chapter/sharing` needs a `level` and a non-empty `reason`');
    } finally {
      await cleanup();
    }
  });

  it('a decision below the signals\' suggestion needs belowSuggestion, and only such a decision may carry it', async () => {
    const item: ReviewItem = {
      id: 'recipient/payment-institutions/wordings',
      kind: 'scope-wording',
      record: { type: 'recipient', id: 'payment-institutions', name: '第三方支付机构' },
      field: 'wordings',
      categories: ['recipients'],
      rule: 'scope-wording-changed',
      reason: 'x',
      deleted: [],
      inserted: ['连连支付'],
      signals: [{ kind: 'organisation', term: '连连支付', side: 'inserted', category: 'recipients', level: 'separate-consent', rule: 'signal-organisation' }],
    };
    const refusal = (run: () => unknown) => {
      try {
        run();
      } catch (cause) {
        return cause as Refusal;
      }
      throw new Error('not refused');
    };
    expect(refusal(() => applyRulings([item], new Map([[item.id, { level: 'notify', reason: '同一家机构的简称' }]]))).message).toContain(
      'recipient/payment-institutions/wordings: decided notify, the signals suggest at least separate-consent (signal-organisation: 连连支付)',
    );
    expect(applyRulings([item], new Map([[item.id, { level: 'notify', reason: '连连支付即既有支付机构的简称', belowSuggestion: true }]]))[0]).toMatchObject({ level: 'notify', belowSuggestion: true });
    expect(applyRulings([item], new Map([[item.id, { level: 'separate-consent', reason: '新增支付机构' }]]))[0]).not.toHaveProperty('belowSuggestion');
    expect(refusal(() => applyRulings([item], new Map([[item.id, { level: 'separate-consent', reason: '新增', belowSuggestion: true }]]))).message).toContain('is not below what the signals suggest');
    const { dir, cleanup } = await tempDir();
    try {
      const file = path.join(dir, 'decisions.yaml');
      await writeFile(file, 'recipient/payment-institutions/wordings: {level: notify, reason: 简称, belowSuggestion: true}\n');
      expect(await readDecisionsFile(file)).toEqual([['recipient/payment-institutions/wordings', { level: 'notify', reason: '简称', belowSuggestion: true }]]);
    } finally {
      await cleanup();
    }
  });
});
