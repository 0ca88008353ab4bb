// PDF speed (issue #5): one print with a reused browser, the whole PDF step for 1 and 20 releases
// with an empty cache and a full one, and the whole site build with the step, likewise.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSite } from '../src/publish/build.ts';
import { loadFontPackage } from '../src/publish/pdf/fonts.ts';
import { pdfOptions } from '../src/publish/pdf/pdf-options.ts';
import { renderPrintView } from '../src/publish/pdf/print-html.ts';
import { fontBaseUrl, Printer } from '../src/publish/pdf/printer.ts';
import { writePdfs, type PdfCounts } from '../src/publish/pdf/index.ts';
import { readArchive, type Release } from '../src/release/archive.ts';
import { syntheticHistory } from '../test/workspace.ts';
import { median, type Row } from './lib.ts';

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** An archive of `count` releases of the real policy. */
async function makeArchive(dir: string, count: number): Promise<string> {
  return (await syntheticHistory(dir, count)).versionsDir;
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

const countsNote = (c: PdfCounts) => `${c.printed} printed, ${c.reused} reused`;

export async function benchPdf(): Promise<Row[]> {
  const rows: Row[] = [];
  const dir = await mkdtemp(path.join(tmpdir(), 'policy-bench-pdf-'));
  try {
    const versions20 = await makeArchive(path.join(dir, 'a20'), 20);
    const all = await readArchive(versions20);
    const versions1 = path.join(dir, 'a1');
    await cp(path.join(versions20, all[0]!.id), path.join(versions1, all[0]!.id), { recursive: true });
    const one = await readArchive(versions1);

    // One print, browser already running: the cost of each new release.
    const fonts = await loadFontPackage();
    const printer = new Printer(fonts);
    const view = await renderPrintView(all[0]!, { fonts, fontBaseUrl });
    const launch = await timed(() => printer.print(view, pdfOptions));
    const times: number[] = [];
    let pdf = launch.value;
    for (let i = 0; i < 7; i++) {
      const run = await timed(() => printer.print(view, pdfOptions));
      times.push(run.ms);
      pdf = run.value;
    }
    await printer.close();
    const pages = Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
    rows.push({ name: 'one PDF, browser running (7 runs)', value: seconds(median(times)), target: '≈ 0.9 s', note: `${pages} pages, ${(pdf.length / 1024).toFixed(0)} KiB; issue baseline: 0.9 s for 16 pages` });
    rows.push({ name: 'first PDF, browser launch included', value: seconds(launch.ms) });

    let n = 0;
    const step = async (releases: Release[], cacheDir: string) => timed(() => writePdfs(releases, path.join(dir, `out-${n++}`), { cacheDir }));
    for (const [label, releases] of [['1 release', one], ['20 releases', all]] as const) {
      const cacheDir = path.join(dir, `cache-${label}`);
      const cold = await step(releases, cacheDir);
      const cached = await step(releases, cacheDir);
      rows.push({ name: `PDF step, ${label}, empty cache`, value: seconds(cold.ms), note: countsNote(cold.value) });
      rows.push({ name: `PDF step, ${label}, cached`, value: seconds(cached.ms), target: 'no browser', note: countsNote(cached.value) });
    }

    for (const [label, versionsDir] of [['1 release', versions1], ['20 releases', versions20]] as const) {
      const cacheDir = path.join(dir, `site-cache-${label}`);
      const build = (counts: PdfCounts[]) =>
        timed(() => buildSite({ versionsDir, outDir: path.join(dir, `site-${n++}`), pdf: { cacheDir, onDone: (c) => counts.push(c) } }));
      const pagesOnly = await timed(() => buildSite({ versionsDir, outDir: path.join(dir, `site-${n++}`) }));
      const coldCounts: PdfCounts[] = [];
      const cold = await build(coldCounts);
      const cachedCounts: PdfCounts[] = [];
      const cached = await build(cachedCounts);
      rows.push({ name: `site build, ${label}, no PDFs`, value: seconds(pagesOnly.ms), note: 'reference: Astro pages only' });
      rows.push({ name: `site build with PDFs, ${label}, empty cache`, value: seconds(cold.ms), note: countsNote(coldCounts[0]!) });
      rows.push({ name: `site build with PDFs, ${label}, cached`, value: seconds(cached.ms), note: countsNote(cachedCounts[0]!) });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return rows;
}
