// The printed page: A4 with a running header (title; version and effective date) and footer
// (第 N 页 / 共 M 页), drawn in CSS page-margin boxes. They belong to the page itself, so they use its
// embedded Noto Sans SC: Chromium's header and footer templates are rendered in a separate frame
// that cannot load the page's web fonts, and there is no CJK system font to fall back on.
import { chineseDate } from '../../render/format.ts';
import { fontFamily } from './fonts.ts';
import type { PdfRelease } from './types.ts';
import { headerLabels } from '../../model/facts.ts';

export interface RunningText {
  /** Top left: the policy's title. */
  title: string;
  /** Top right: `版本 <id> · 生效日期 <date>` (the policy's own label; its update date when it states no effective date). */
  version: string;
}

export function runningText(source: PdfRelease): RunningText {
  const { document } = source;
  const labels = headerLabels(document);
  const date = document.effective ? `${labels.effective} ${chineseDate(document.effective)}` : `${labels.updated} ${chineseDate(document.updated)}`;
  return { title: document.title, version: `版本 ${source.id} · ${date}` };
}

/** The footer's words around the two page counters. */
export const footerWords = ['第 ', ' 页 / 共 ', ' 页'] as const;

/** Every character the margins can show, so the printer loads their font subsets before printing. */
export function marginGlyphs(text: RunningText): string {
  return `${text.title}${text.version}${footerWords.join('')}0123456789`;
}

export function pageCss(text: RunningText): string {
  const box = `font-family:'${fontFamily}',sans-serif;font-size:8pt;font-weight:400;color:#444;`;
  return `@page {
  size: A4;
  margin: 20mm 18mm 20mm 18mm;
  @top-left { content: ${cssString(text.title)}; ${box}vertical-align: bottom; padding-bottom: 4mm; }
  @top-right { content: ${cssString(text.version)}; ${box}vertical-align: bottom; padding-bottom: 4mm; }
  @bottom-center { content: ${cssString(footerWords[0])} counter(page) ${cssString(footerWords[1])} counter(pages) ${cssString(footerWords[2])}; ${box}vertical-align: top; padding-top: 4mm; }
}`;
}

/**
 * A CSS string of any text: every ASCII character but letters, digits, the space and `.,:/()_-`
 * is written as a hex escape (`\3C `), so the string can hold no quote, no backslash, no line break and no `<`
 * (a title reading `</style><script>` cannot end the print view's style element); other
 * characters (the Chinese text) stay as they are.
 */
export function cssString(text: string): string {
  const escaped = Array.from(text, (c) => {
    const code = c.codePointAt(0)!;
    return /[A-Za-z0-9 .,:/()_-]/.test(c) || (code > 0x7f && code !== 0x2028 && code !== 0x2029 && !(code >= 0x80 && code <= 0x9f)) ? c : `\\${code.toString(16).toUpperCase()} `;
  });
  return `"${escaped.join('')}"`;
}
