import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../../src/compile/compile.ts';
import { formatReport } from '../../src/report/format.ts';
import { missingInOrder, root, seedPath, squashedLines } from '../helpers.ts';

/** sha256 of the original seed (`../shared/seed/000_b4bf405e1e31b9de.txt`), recorded when it was copied in. */
const originalSha256 = 'f161cb47a6751f32eb3c2c9cf9180b97cf643915391df2935ddcc642694755d7';
/** Where the original stands when the repository is checked out beside it (not in a plain clone). */
const original = path.resolve(root, '../shared/seed/000_b4bf405e1e31b9de.txt');

describe('the seed copy in test/fixtures/seed/', () => {
  it("is the original byte for byte (its recorded sha256; and its bytes, where the original is at hand)", async () => {
    const copy = await readFile(seedPath);
    expect(createHash('sha256').update(copy).digest('hex')).toBe(originalSha256);
    if (existsSync(original)) expect(copy.equals(await readFile(original))).toBe(true);
  });
});

describe('the 蜜饯 seed policy', async () => {
  const seed = await readFile(seedPath, 'utf8');
  const { files, document } = await compilePolicy({ policyDir: 'policy', cwd: root });

  it('compiles without errors', () => {
    expect(document, formatReport(files)).toBeDefined();
  });

  it('keeps every non-empty line of the seed, in order (whitespace-insensitive)', () => {
    const lines = squashedLines(seed);
    expect(lines).toHaveLength(302);
    const text = document!.text.replace(/\s+/g, '');
    expect(missingInOrder(lines, text)).toEqual([]);
  });

  it('encodes the structured parts the seed names', () => {
    const doc = document!;
    expect(doc.sdks.map((s) => s.name)).toEqual([
      '微信SDK', 'MobTechSDK', '阿里百川', '京东SDK', '友盟移动统计SDK', '穿山甲SDK',
      '优量汇', '个推消息推送SDK', '个验认证SDK', '网易七鱼客服SDK', '腾讯IM SDK', '腾讯直播 SDK',
    ]);
    expect(doc.controller.name).toBe('亿启（杭州）网络科技有限公司');
    expect(doc.responseDays).toBe(15);
    expect(doc.retention).toEqual({ minimumMonths: 6, afterCancellationMonths: 6 });
    // Twelve feature sections of 第二部分 一, each presented under its heading.
    const collection = doc.chapters.find((c) => c.headings.some((h) => h.text === '一、我们如何收集和使用您的信息'))!;
    const sections = collection.headings.filter((h) => /^（[一二三四五六七八九十]+）/.test(h.text));
    expect(sections).toHaveLength(12);
  });

  it('renders sensitive items bold in prose and in the SDK table', () => {
    const html = document!.chapters.map((c) => c.html).join('\n');
    expect(html).toContain('<strong class="sensitive">身份证号码</strong>');
    const table = /<table class="sdk-table">[\s\S]*?<\/table>/.exec(html)![0];
    expect(table).toContain('<th>SDK名称</th>');
    expect(table.match(/<tr>/g)).toHaveLength(13);
    // The location the SDKs collect is sensitive (precise location), so it is bold in the table.
    expect(table).toMatch(/<strong class="sensitive">(位置信息|地理位置)<\/strong>/);
  });

  it('keeps URLs visible as text and links only https: ones', () => {
    const html = document!.chapters.map((c) => c.html).join('\n');
    expect(html).toContain('<a href="https://privacy.qq.com/">https://privacy.qq.com/</a>');
    expect(html).toContain('http://www.mob.com/about/policy');
    expect(html).not.toContain('href="http://');
  });
});
