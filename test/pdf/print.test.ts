// The real policy printed by a real headless Chromium, then read back in-process (unpdf): the text
// is the seed's, real text in embedded Noto Sans SC, with bookmarks, running header and footer,
// title and language. No CJK font is installed on this machine or in CI (`fc-list :lang=zh`).
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { compilePolicy } from '../../src/compile/compile.ts';
import type { CompiledPolicy } from '../../src/model/index.ts';
import { printPdf } from '../../src/publish/pdf/index.ts';
import { missingInOrder, root, seedPath, squashedLines } from '../helpers.ts';
import { fontsOf, imageCount } from './pdf-objects.ts';
import { metadata, openPdf, outline, pageTexts, type PageText } from './read-pdf.ts';

const id = '2021-10-13';
let document: CompiledPolicy;
let bytes: Buffer;
let pdf: Awaited<ReturnType<typeof openPdf>>;
let pages: PageText[];

beforeAll(async () => {
  document = (await compilePolicy({ policyDir: 'policy', cwd: root })).document!;
  bytes = await printPdf({ id, document });
  pdf = await openPdf(bytes);
  pages = await pageTexts(pdf);
});

const squash = (text: string) => text.replace(/\s+/g, '');
const runs = () => pages.flatMap((page) => page.runs);

/** The fonts of the text runs that make up the first occurrence of `phrase`. */
function fontsAt(all: PageText['runs'], phrase: string): string[] {
  const text = all.map((run) => run.text).join('');
  const start = text.indexOf(phrase);
  if (start === -1) throw new Error(`\`${phrase}\` is not in the PDF`);
  const fonts: string[] = [];
  let at = 0;
  for (const run of all) {
    if (at + run.text.length > start && at < start + phrase.length) fonts.push(run.font);
    at += run.text.length;
  }
  return fonts;
}

describe('the PDF of the real policy', () => {
  it('holds every non-empty line of the seed, in order (whitespace-insensitive): 302 of 302', async () => {
    const lines = squashedLines(await readFile(seedPath, 'utf8'));
    expect(lines).toHaveLength(302);
    // The PDF's title, then the text between the margins, as the compiled document's text is its
    // title then its body: the running header and footer are left out, so a title repeated on
    // every page cannot stand in for a missing line.
    const { title } = await metadata(pdf);
    const text = squash(`${title}\n${pages.map((page) => page.body).join('\n')}`);
    expect(missingInOrder(lines, text)).toEqual([]);
  });

  it('embeds every font, all of them Noto Sans SC subsets, and holds no images', () => {
    const fonts = fontsOf(bytes);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => !font.fontFile)).toEqual([]);
    // A fallback font (DejaVu has no CJK glyphs) would mean boxes instead of characters somewhere.
    expect(fonts.filter((font) => !/\+NotoSansSC/.test(font.baseFont))).toEqual([]);
    expect(imageCount(bytes)).toBe(0);
  });

  it('sets sensitive items in the bold face, as the site does', () => {
    expect(fontsAt(runs(), '身份证号码').filter((font) => !/-Bold$/.test(font))).toEqual([]);
    expect(fontsAt(runs(), '本政策适用于').filter((font) => !/-Regular$/.test(font))).toEqual([]);
  });

  it('has a bookmark for every heading, nested, each named once', async () => {
    const marks = await outline(pdf);
    const headings = ['蜜饯隐私政策', ...document.chapters.flatMap((chapter) => chapter.headings.map((h) => h.text))];
    expect(marks.map((mark) => mark.title)).toEqual(headings);
    const chapters = ['提示条款', '第一部分定义', '第二部分隐私权政策', '一、我们如何收集和使用您的信息', '二、我们如何使用Cookie和同类技术', '三、我们如何共享、转让、公开披露您的信息', '四、我们如何保护您的信息', '五、您如何管理您的信息', '六、我们如何处理未成年人的信息', '七、您的信息如何在全球范围转移', '八、本隐私权政策如何更新', '九、如何联系我们'];
    const depth = new Map(marks.map((mark) => [mark.title, mark.depth]));
    expect(chapters.map((title) => depth.get(title))).toEqual([1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2]);
  });

  it('shows title, version, effective date and 第 N 页 / 共 M 页 on every page, in real characters', () => {
    expect(pdf.numPages).toBeGreaterThanOrEqual(8);
    expect(pdf.numPages).toBeLessThanOrEqual(30);
    for (const page of pages) {
      expect(squash(page.top)).toBe(squash(`蜜饯隐私政策 版本 ${id} · 生效日期 2021年10月13日`));
      expect(squash(page.bottom)).toBe(`第${page.number}页/共${pdf.numPages}页`);
    }
  });

  it('is titled 蜜饯隐私政策, in zh-CN, tagged', async () => {
    expect(await metadata(pdf)).toEqual({ title: '蜜饯隐私政策', language: 'zh-CN' });
    expect((await pdf.getMarkInfo())?.Marked).toBe(true);
    expect(await (await pdf.getPage(1)).getStructTree()).toBeTruthy();
  });

  it('is the same bytes whenever it is printed: dates pinned, structure ids renumbered', async () => {
    const text = bytes.toString('latin1');
    expect(text.match(/\/(CreationDate|ModDate) \(D:\d{14}/g)).toEqual(['/CreationDate (D:20211013000000', '/ModDate (D:20211013000000']);
    const again = await printPdf({ id, document });
    expect(again.equals(bytes)).toBe(true);
    // Structure ids count from the first one, whatever the browser's node counter said.
    expect(text.match(/\(node\d{8}\)/)?.[0]).toBe('(node00000001)');
  });

  it('keeps addresses visible and links them; in-document links stay in the document', async () => {
    const body = squash(pages.map((page) => page.body).join(''));
    expect(body).toContain('https://privacy.qq.com/');
    expect(body).toContain('http://www.mob.com/about/policy');
    // No site address is printed: publishing the site elsewhere never reprints a PDF.
    expect(body).not.toContain('永久地址');
    const links = (await Promise.all(pages.map(async (page) => (await pdf.getPage(page.number)).getAnnotations()))).flat() as Array<{ subtype: string; url?: string; dest?: unknown }>;
    const urls = links.map((link) => link.url).filter(Boolean);
    expect(urls).toContain('https://privacy.qq.com/');
    expect(urls).toContain('mailto:service@eachmobile.cn');
    expect(urls.filter((url) => !/^(https:|mailto:)/.test(url!))).toEqual([]);
    expect(links.some((link) => link.dest === 'contact')).toBe(true);
  });

  it('has a printed contents page after the title page: every chapter and its sections, linked to them', async () => {
    const contents = squash(pages[1]!.body);
    expect(contents.startsWith('目录')).toBe(true);
    for (const chapter of document.chapters) expect(contents).toContain(squash(chapter.title));
    expect(contents).toContain('（十二）其他');
    expect(squash(pages[0]!.body)).not.toContain('目录');
    expect(squash(pages[2]!.body).startsWith('提示条款')).toBe(true);
    const links = (await (await pdf.getPage(2)).getAnnotations()) as Array<{ dest?: unknown }>;
    expect(links.filter((link) => typeof link.dest === 'string').length).toBeGreaterThan(30);
  });
});
