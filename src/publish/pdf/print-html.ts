// The print view of one archived version: the same sanitized HTML the site shows (the header and
// every chapter of the CompiledPolicy), with the print stylesheet and the embedded fonts.
import { readFile } from 'node:fs/promises';
import { fontFaceCss, type FontPackage } from './fonts.ts';
import { marginGlyphs, pageCss, runningText } from './page-css.ts';
import type { PdfRelease } from './types.ts';

export interface PrintHtmlOptions {
  fonts: FontPackage;
  /** Where the page loads the woff2 files from (an origin the printer intercepts). */
  fontBaseUrl: string;
}

let stylesheet: Promise<string> | undefined;
const printCss = () => (stylesheet ??= readFile(new URL('./print.css', import.meta.url), 'utf8'));

/** A print view: its HTML, and the characters its page margins show (their fonts must be loaded before printing). */
export interface PrintView {
  html: string;
  glyphs: string;
  /** The version's update date: the PDF's creation date, so a reprint gives the same bytes. */
  date: string;
}

export async function renderPrintView(source: PdfRelease, options: PrintHtmlOptions): Promise<PrintView> {
  const { id, document } = source;
  const running = runningText(source);
  // No address is printed: a PDF depends only on its archived version, so publishing the site
  // elsewhere never reprints one (the version id finds it in any copy of the archive).
  const meta = [`版本 ${escapeHtml(id)}`];
  const sections = document.chapters.map((chapter) => {
    const labelledBy = chapter.headings[0]?.id;
    return `<section${labelledBy ? ` aria-labelledby="${escapeHtml(labelledBy)}"` : ''}>\n${markHiddenUrls(chapter.html)}\n</section>`;
  });
  const html = [
    '<!doctype html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(document.title)}</title>`,
    `<style>\n${fontFaceCss(options.fonts, options.fontBaseUrl)}\n${pageCss(running)}\n${await printCss()}</style>`,
    '</head>',
    '<body>',
    '<article>',
    `<header class="policy-header">\n${document.header.html}\n</header>`,
    `<p class="print-meta">${meta.join(' · ')}</p>`,
    ...sections,
    '</article>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
  return { html, glyphs: marginGlyphs(running), date: document.updated };
}

/**
 * Marks the `https:` links whose text is not their address, so the stylesheet prints the address
 * after them: on paper a link must show where it goes. Links that already read as their address
 * (all of the SDK table's) are left alone.
 */
export function markHiddenUrls(html: string): string {
  return html.replace(/<a href="(https:[^"]*)">([\s\S]*?)<\/a>/g, (whole, href: string, inner: string) =>
    inner.replace(/<[^>]*>/g, '').trim() === href ? whole : `<a href="${href}" class="print-url">${inner}</a>`,
  );
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
