// The print view of one archived version: the same sanitized HTML the site shows (the header and
// every chapter of the CompiledPolicy), with the print stylesheet and the embedded fonts. Built as
// a hast tree and serialized: the archived HTML is parsed into it, never pasted between strings.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from '../../render/markdown.ts';
import { toText } from 'hast-util-to-text';
import { h } from 'hastscript';
import { walk } from '../../util/walk.ts';
import { fontFaceCss, type FontPackage } from './fonts.ts';
import { marginGlyphs, pageCss, runningText } from './page-css.ts';
import type { PdfRelease } from './types.ts';
import { packageRoot } from '../../util/package-root.ts';

export interface PrintHtmlOptions {
  fonts: FontPackage;
  /** Where the page loads the woff2 files from (an origin the printer intercepts). */
  fontBaseUrl: string;
}

let stylesheet: Promise<string> | undefined;
const printCss = () => (stylesheet ??= readFile(path.join(packageRoot, 'src/publish/pdf/print.css'), 'utf8'));

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
  const meta = [`版本 ${id}`];
  const css = `\n${fontFaceCss(options.fonts, options.fontBaseUrl)}\n${pageCss(running)}\n${await printCss()}`;
  // Defence in depth: the CSS strings are escaped (page-css.ts), so this never happens.
  if (/<\/style/i.test(css)) throw new Error('The print stylesheet would end its own style element');
  const fontOrigin = new URL(options.fontBaseUrl).origin;
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'zh-CN' }, [
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          // Nothing runs and nothing loads but the fonts, whatever the archived HTML held.
          h('meta', { httpEquiv: 'Content-Security-Policy', content: `default-src 'none'; style-src 'unsafe-inline'; font-src ${fontOrigin}` }),
          h('title', document.title),
          h('style', css),
        ]),
        h('body', [
          h('article', [
            h('header', { className: ['policy-header'] }, fragment(document.header.html)),
            h('p', { className: ['print-meta'] }, meta.join(' · ')),
            contentsTree(document),
            ...document.chapters.map((chapter) => {
              const labelledBy = chapter.headings[0]?.id;
              return h('section', labelledBy ? { ariaLabelledBy: labelledBy } : {}, markHiddenUrls(fragment(chapter.html)));
            }),
          ]),
        ]),
      ]),
    ],
  };
  return { html: toHtml(tree) + '\n', glyphs: marginGlyphs(running), date: document.updated };
}

/**
 * The printed contents, on a page of their own after the title: each chapter and, under it, its
 * sections (the headings one level below its own), linked to them. Without page numbers: they
 * need CSS `target-counter()`, which Chromium does not print; the PDF's bookmarks go to each page.
 * Not a heading element, so the bookmarks stay the policy's own headings.
 */
export function contentsTree(document: PdfRelease['document']): Element {
  const link = (id: string, text: string) => h('a', { href: `#${id}` }, text);
  const entries = document.chapters.map((chapter) => {
    const first = chapter.headings[0];
    const sections = first ? chapter.headings.slice(1).filter((heading) => heading.depth === first.depth + 1) : [];
    return h('li', [link(first?.id ?? chapter.id, chapter.title), ...(sections.length > 0 ? [h('ol', sections.map((heading) => h('li', [link(heading.id, heading.text)])))] : [])]);
  });
  return h('nav', { className: ['print-toc'], ariaLabel: '目录' }, [h('p', { className: ['print-toc-title'] }, '目录'), h('ol', entries)]);
}

/** Archived HTML (sanitized when compiled) as hast nodes. */
function fragment(html: string): ElementContent[] {
  return fromHtml(html, { fragment: true }).children as ElementContent[];
}

/**
 * Marks the `https:` links whose text is not their address, so the stylesheet prints the address
 * after them: on paper a link must show where it goes. Links that already read as their address
 * (all of the SDK table's) are left alone.
 */
export function markHiddenUrls(nodes: ElementContent[]): ElementContent[] {
  for (const node of nodes) {
    walk<Element>(node, 'element', (element) => {
      const href = element.properties.href;
      if (element.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('https:')) return;
      if (toText(element).trim() !== href) element.properties.className = ['print-url'];
    });
  }
  return nodes;
}
