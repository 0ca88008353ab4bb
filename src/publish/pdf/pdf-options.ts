// How Chromium prints a version: the page size and margins come from the print view's @page rule;
// the PDF is tagged (structure for screen readers) and has bookmarks from the headings.
import type { Page } from 'playwright-core';

export type PdfOptions = NonNullable<Parameters<Page['pdf']>[0]>;

export const pdfOptions = {
  format: 'A4',
  preferCSSPageSize: true,
  printBackground: true,
  displayHeaderFooter: false,
  tagged: true,
  outline: true,
} as const satisfies PdfOptions;
