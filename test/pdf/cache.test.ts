// The PDF step over a real archive made from the real policy: a second build prints nothing and
// launches no browser; a new release prints exactly one PDF.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArchive } from '../../src/release/archive.ts';
import { progressReporter, writePdfs, type PdfCounts } from '../../src/publish/pdf/index.ts';
import { tempDir } from '../helpers.ts';
import { dated, released, workspace, type Workspace } from '../workspace.ts';

let work: { dir: string; cleanup: () => Promise<void> };
let ws: Workspace;
let versionsDir: string;
let cacheDir: string;

beforeAll(async () => {
  work = await tempDir('policy-pdf-');
  ws = await workspace(work.dir);
  versionsDir = ws.versionsDir;
  cacheDir = path.join(work.dir, 'cache');
  await released(ws, '2021-10-13', { note: '首次发布' });
  await dated(ws, '2022-01-10');
  await released(ws, '2022-01-10', { note: '更新日期' });
});
afterAll(() => work?.cleanup());

/** A stream that keeps what is written, as a pipe (not a terminal) would receive it. */
function captured(isTTY = false) {
  const chunks: string[] = [];
  return { isTTY, chunks, write: (chunk: string) => chunks.push(chunk) > 0 } as unknown as NodeJS.WritableStream & { isTTY: boolean; chunks: string[] };
}

/** Runs the step as the site build does, with CHROME_PATH pointing nowhere when no browser may start. */
async function build(out: string, options: { noBrowser?: boolean } = {}): Promise<{ counts: PdfCounts; lines: string[] }> {
  const releases = await readArchive(versionsDir);
  const stream = captured();
  let counts: PdfCounts | undefined;
  const saved = process.env.CHROME_PATH;
  if (options.noBrowser) process.env.CHROME_PATH = path.join(work.dir, 'no-browser-here');
  try {
    await writePdfs(releases, out, { cacheDir, progress: progressReporter({ stream, env: {} }), onDone: (c) => (counts = c) });
  } finally {
    if (saved === undefined) delete process.env.CHROME_PATH;
    else process.env.CHROME_PATH = saved;
  }
  return { counts: counts!, lines: stream.chunks.join('').split('\n').filter(Boolean) };
}

describe('the PDF step', () => {
  it('prints every version once, then reuses them all without starting a browser', async () => {
    const first = await build(path.join(work.dir, 'out-1'));
    expect(first.counts).toEqual({ printed: 2, reused: 0 });
    expect(first.lines).toHaveLength(3);
    // Two pages print at once, so either may finish first.
    expect(first.lines[0]).toMatch(/^PDF 1\/2 (2021-10-13|2022-01-10) \d+\.\d s$/);
    expect(first.lines[1]).toMatch(/^PDF 2\/2 (2021-10-13|2022-01-10) \d+\.\d s$/);
    expect(new Set(first.lines.slice(0, 2).map((line) => line.split(' ')[2]))).toEqual(new Set(['2021-10-13', '2022-01-10']));
    expect(first.lines[2]).toMatch(/^PDF: 2 printed, 0 reused in \d+\.\d s$/);

    const second = await build(path.join(work.dir, 'out-2'), { noBrowser: true });
    expect(second.counts).toEqual({ printed: 0, reused: 2 });
    expect(second.lines).toEqual([expect.stringMatching(/^PDF: 0 printed, 2 reused in \d+\.\d s$/)]);
    for (const id of ['2021-10-13', '2022-01-10']) {
      const file = `versions/${id}/policy.pdf`;
      const pdf = await readFile(path.join(work.dir, 'out-2', file));
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.equals(await readFile(path.join(work.dir, 'out-1', file)))).toBe(true);
    }
  });

  it('prints only the new version after one more release', async () => {
    await dated(ws, '2023-03-15');
    await released(ws, '2023-03-15', { note: '更新日期' });
    const third = await build(path.join(work.dir, 'out-3'));
    expect(third.counts).toEqual({ printed: 1, reused: 2 });
    expect(third.lines[0]).toMatch(/^PDF 1\/1 2023-03-15 \d+\.\d s$/);
    expect((await readdir(path.join(work.dir, 'out-3/versions'))).sort()).toEqual(['2021-10-13', '2022-01-10', '2023-03-15']);
    expect((await readdir(cacheDir)).filter((name) => name.endsWith('.pdf'))).toHaveLength(3);
  });

  it('reprints when the print view changes (here: the title it shows)', async () => {
    const [first] = await readArchive(versionsDir);
    const retitled = { ...first!, document: { ...first!.document, title: `${first!.document.title}（修订）` } };
    const counts = await writePdfs([retitled], path.join(work.dir, 'out-4'), { cacheDir });
    expect(counts).toEqual({ printed: 1, reused: 0 });
  });
});
