import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../../src/compile/compile.ts';
import { formatReport } from '../../src/report/format.ts';
import { missingInOrder, root, seedPath, squashedLines } from '../helpers.ts';

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
