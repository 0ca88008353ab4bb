// The print view and the cache key, without a browser.
import type { ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from '../../src/render/markdown.ts';
import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../../src/compile/compile.ts';
import { cacheKey } from '../../src/publish/pdf/cache.ts';
import { loadFontPackage } from '../../src/publish/pdf/fonts.ts';
import { pdfOptions } from '../../src/publish/pdf/pdf-options.ts';
import { markHiddenUrls, renderPrintView } from '../../src/publish/pdf/print-html.ts';
import { fontBaseUrl } from '../../src/publish/pdf/printer.ts';
import { progressReporter } from '../../src/publish/pdf/progress.ts';
import { parseUnicodeRange } from '../../src/publish/pdf/unicode-range.ts';
import { root } from '../helpers.ts';

describe('the print view', async () => {
  const document = (await compilePolicy({ policyDir: 'policy', cwd: root })).document!;
  const fonts = await loadFontPackage();
  const view = await renderPrintView({ id: '2021-10-13', document }, { fonts, fontBaseUrl });

  it('is the archived HTML itself: the header and every chapter, unchanged, in order', () => {
    expect(view.html).toMatch(/^<!doctype html><html lang="zh-CN">/);
    expect(view.html).toContain('<title>蜜饯隐私政策</title>');
    const parts = [document.header.html, ...document.chapters.map((chapter) => chapter.html)];
    const at = parts.map((part) => view.html.indexOf(part));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('loads Noto Sans SC at 400 and 700 from the intercepted origin only', () => {
    expect(fonts.id).toBe('@fontsource/noto-sans-sc@5.3.0');
    const urls = [...view.html.matchAll(/url\(([^)]+)\)/g)].map((m) => m[1]!);
    expect(urls.length).toBe(fonts.subsets.length);
    expect(urls.filter((url) => !url.startsWith(fontBaseUrl))).toEqual([]);
    expect(new Set(fonts.subsets.map((s) => s.weight))).toEqual(new Set([400, 700]));
  });

  it('puts the running header and 第 N 页 / 共 M 页 in the page margins', () => {
    expect(view.html).toContain('@top-left { content: "蜜饯隐私政策";');
    expect(view.html).toContain('@top-right { content: "版本 2021-10-13 · 生效日期 2021年10月13日";');
    expect(view.html).toContain('content: "第 " counter(page) " 页 / 共 " counter(pages) " 页";');
    expect(view.glyphs).toContain('共');
  });

  it('prints the address after a link whose text hides it', () => {
    const mark = (html: string) => toHtml({ type: 'root', children: markHiddenUrls(fromHtml(html, { fragment: true }).children as ElementContent[]) });
    expect(mark('<a href="https://a.example/">https://a.example/</a>')).toBe('<a href="https://a.example/">https://a.example/</a>');
    expect(mark('<a href="https://a.example/">隐私政策</a>')).toBe('<a href="https://a.example/" class="print-url">隐私政策</a>');
    expect(mark('<a href="#contact">如何联系我们</a>')).toBe('<a href="#contact">如何联系我们</a>');
  });

  it('keys the cache on the exact HTML, the PDF options and the font package', () => {
    const key = cacheKey(view, pdfOptions, fonts.id);
    expect(cacheKey({ ...view }, { ...pdfOptions }, fonts.id)).toBe(key);
    expect(cacheKey({ ...view, html: `${view.html} ` }, pdfOptions, fonts.id)).not.toBe(key);
    expect(cacheKey(view, { ...pdfOptions, outline: false }, fonts.id)).not.toBe(key);
    expect(cacheKey(view, pdfOptions, '@fontsource/noto-sans-sc@5.3.1')).not.toBe(key);
  });
});

describe('helpers', () => {
  it('parses unicode-range values', () => {
    expect(parseUnicodeRange('U+4e00-4e8c, U+ff0c,U+4??')).toEqual([[0x4e00, 0x4e8c], [0xff0c, 0xff0c], [0x400, 0x4ff]]);
  });

  it('rewrites one line on a terminal and writes plain lines in CI', () => {
    const sink = (isTTY: boolean) => {
      const chunks: string[] = [];
      return { stream: { isTTY, write: (c: string) => chunks.push(c) > 0 } as unknown as NodeJS.WritableStream, chunks };
    };
    const tty = sink(true);
    const live = progressReporter({ stream: tty.stream, env: {} });
    live.printed(1, 2, '2021-10-13', 0.94);
    live.printed(2, 2, '2022-01-10', 0.91);
    live.finished({ printed: 2, reused: 3 }, 1.9);
    expect(tty.chunks.join('')).toBe('\r\x1b[2KPDF 1/2 2021-10-13 0.9 s\r\x1b[2KPDF 2/2 2022-01-10 0.9 s\nPDF: 2 printed, 3 reused in 1.9 s\n');
    const ci = sink(true);
    const plain = progressReporter({ stream: ci.stream, env: { CI: 'true' }, prefix: 'policy build: ' });
    plain.printed(1, 1, '2021-10-13', 0.94);
    expect(ci.chunks).toEqual(['policy build: PDF 1/1 2021-10-13 0.9 s\n']);
  });
});
