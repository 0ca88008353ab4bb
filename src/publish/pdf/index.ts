// PDFs of every version (issue #5): printed by headless Chromium from a print view of the archived
// document, with embedded Noto Sans SC, tagged, with bookmarks; reused from a cache while unchanged.
export { writePdfs, pdfPath, type PdfStepOptions } from './step.ts';
export { printPdf } from './print-document.ts';
export { progressReporter, silentProgress, type PdfProgress, type ProgressOptions } from './progress.ts';
export { defaultCacheDir } from './cache.ts';
export { renderPrintView, type PrintView } from './print-html.ts';
export type { PdfCounts, PdfRelease } from './types.ts';
