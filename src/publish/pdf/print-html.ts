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
    contentsHtml(document),
    ...sections,
    '</article>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
  return { html, glyphs: marginGlyphs(running), date: document.updated };
}

/**
 * The printed contents, on a page of their own after the title: each chapter and, under it, its
 * sections (the headings one level below its own), linked to them. Without page numbers: they
 * need CSS `target-counter()`, which Chromium does not print; the PDF's bookmarks go to each page.
 * Not a heading element, so the bookmarks stay the policy's own headings.
 */
export function contentsHtml(document: PdfRelease['document']): string {
  const link = (id: string, text: string) => `<a href="#${escapeHtml(id)}">${escapeHtml(text)}</a>`;
  const entries = document.chapters.map((chapter) => {
    const first = chapter.headings[0];
    const sections = first ? chapter.headings.slice(1).filter((h) => h.depth === first.depth + 1) : [];
    const inner = sections.length > 0 ? `\n<ol>${sections.map((h) => `<li>${link(h.id, h.text)}</li>`).join('')}</ol>` : '';
    return `<li>${link(first?.id ?? chapter.id, chapter.title)}${inner}</li>`;
  });
  return `<nav class="print-toc" aria-label="目录">\n<p class="print-toc-title">目录</p>\n<ol>\n${entries.join('\n')}\n</ol>\n</nav>`;
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
