// The site build's PDF step: `versions/<id>/policy.pdf` for every release, printed only when the
// cache has no PDF for its exact print view. One browser, started only if something needs printing.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { refusal, Refusal } from '../../report/refusal.ts';
import { urls } from '../../model/urls.ts';
import { cacheKey, defaultCacheDir, PdfCache } from './cache.ts';
import { loadFontPackage } from './fonts.ts';
import { pdfOptions } from './pdf-options.ts';
import { forEachLimit } from './pool.ts';
import { renderPrintView, type PrintView } from './print-html.ts';
import { fontBaseUrl, Printer } from './printer.ts';
import { silentProgress, type PdfProgress } from './progress.ts';
import type { PdfCounts, PdfRelease } from './types.ts';

export interface PdfStepOptions {
  /** Where printed PDFs are kept between builds (default: `$POLICY_PDF_CACHE` or `.cache/pdf`). */
  cacheDir?: string;
  /** Pages printed at once in the one browser (default: the number of CPUs, at least 2 and at most 4). */
  concurrency?: number;
  /** Progress lines (default: none). */
  progress?: PdfProgress;
  /** Called with the counts once every PDF is written. */
  onDone?: (counts: PdfCounts) => void;
}

interface Planned {
  release: PdfRelease;
  view: PrintView;
  key: string;
}

/** Writes `outDir/versions/<id>/policy.pdf` for every release (`buildSite` calls it with its `pdf` option); returns how many were printed and reused. */
export async function writePdfs(releases: readonly PdfRelease[], outDir: string, options: PdfStepOptions = {}): Promise<PdfCounts> {
  const started = performance.now();
  const progress = options.progress ?? silentProgress;
  const cache = new PdfCache(options.cacheDir ?? defaultCacheDir());
  const fonts = await loadFontPackage();
  const planned: Planned[] = await Promise.all(
    releases.map(async (release) => {
      const view = await renderPrintView(release, { fonts, fontBaseUrl });
      return { release, view, key: cacheKey(view, pdfOptions, fonts.id) };
    }),
  );
  const missing: Planned[] = [];
  for (const job of planned) if (!(await cache.has(job.key)) && !missing.some((m) => m.key === job.key)) missing.push(job);

  if (missing.length > 0) {
    const printer = new Printer(fonts);
    let done = 0;
    try {
      await forEachLimit(missing, options.concurrency ?? defaultConcurrency(), async (job) => {
        const start = performance.now();
        const pdf = await printer.print(job.view, pdfOptions).catch((cause: Error) => {
          throw cause instanceof Refusal ? cause : refusal('pdf-print-failed', { id: job.release.id, detail: cause.message });
        });
        await cache.put(job.key, pdf);
        progress.printed(++done, missing.length, job.release.id, (performance.now() - start) / 1000);
      });
    } finally {
      await printer.close();
    }
  }

  for (const job of planned) await cache.copyTo(job.key, path.join(outDir, pdfPath(job.release.id)));
  const counts = { printed: missing.length, reused: planned.length - missing.length };
  progress.finished(counts, (performance.now() - started) / 1000);
  options.onDone?.(counts);
  return counts;
}

/** Two pages at once already keep both CPUs of a small machine busy (layout, then PDF output). */
export function defaultConcurrency(): number {
  return Math.min(4, Math.max(2, availableParallelism()));
}

/** `versions/<id>/policy.pdf`, relative to the site's root. */
export function pdfPath(id: string): string {
  return urls.pdf(id).replace(/^\//, '');
}
