// Site build speed (no PDFs): the fixture history (4 releases) and a synthetic history of 100,
// each beside a plain Astro build of the same number of seed-sized static pages; and the weight of `/`.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSite } from '../src/publish/build.ts';
import { makeFixtureHistory } from '../test/site/history.ts';
import { syntheticHistory } from '../test/workspace.ts';
import { seedPath } from '../test/helpers.ts';
import { median, ms, node, root, timeProcess, type Row } from './lib.ts';

async function countPages(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((name) => name.endsWith('.html')).length;
}

async function timeBuild(versionsDir: string, outDir: string, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await buildSite({ versionsDir, outDir, siteUrl: 'https://privacy.example.com' });
    times.push(performance.now() - start);
  }
  return median(times);
}

/** A plain Astro project with `pages` static pages, each holding the seed's text. */
async function plainAstro(dir: string, pages: number): Promise<string> {
  const seed = await readFile(seedPath, 'utf8');
  const paragraphs = seed.split('\n').filter((line) => line.trim() !== '');
  await mkdir(path.join(dir, 'src/pages'), { recursive: true });
  await writeFile(path.join(dir, 'src/seed.json'), JSON.stringify(paragraphs));
  await writeFile(
    path.join(dir, 'src/pages/[n].astro'),
    `---\nimport paragraphs from '../seed.json';\nexport function getStaticPaths() { return Array.from({ length: ${pages} }, (_, n) => ({ params: { n: String(n) } })); }\n---\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{Astro.params.n}</title></head><body><main>{paragraphs.map((p) => <p>{p}</p>)}</main></body></html>\n`,
  );
  return dir;
}

/** `astro build` of the plain project, as a process (as our build runs Astro). */
function timePlainAstro(dir: string, runs: number): number {
  const time = timeProcess(node, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', dir, '--silent'], runs, { cwd: dir });
  if (time === undefined) throw new Error('the plain Astro build failed');
  return time;
}

/** Gzipped bytes of a built page's HTML and the stylesheets it links, and of the scripts it loads. */
async function pageWeight(outDir: string, page: string): Promise<{ weight: number; js: number }> {
  const html = await readFile(path.join(outDir, page, 'index.html'));
  const gz = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;
  const linked = async (pattern: RegExp) => {
    let total = 0;
    for (const [, href] of html.toString().matchAll(pattern)) total += gz(await readFile(path.join(outDir, href!)));
    return total;
  };
  const css = await linked(/<link rel="stylesheet" href="([^"]+)"/g);
  const js = await linked(/<script[^>]* src="([^"]+)"/g);
  return { weight: gz(html) + css, js };
}

export async function benchSite(): Promise<Row[]> {
  const rows: Row[] = [];
  const work = await mkdtemp(path.join(tmpdir(), 'policy-bench-site-'));
  await mkdir(path.join(root, '.tmp'), { recursive: true });
  try {
    for (const [label, makeVersions] of [
      ['fixture history (4 releases)', async (dir: string) => (await makeFixtureHistory(dir)).versionsDir],
      ['synthetic history (100 releases)', async (dir: string) => (await syntheticHistory(dir, 100)).versionsDir],
    ] as const) {
      const dir = path.join(work, label.split(' ')[0]!);
      await mkdir(dir);
      const versionsDir = await makeVersions(dir).catch((cause: Error) => {
        rows.push({ name: `site build, ${label}`, value: 'not measured', note: `the history could not be released: ${cause.message.split('\n')[0]}` });
        return undefined;
      });
      if (!versionsDir) continue;
      const outDir = path.join(dir, 'dist');
      const ours = await timeBuild(versionsDir, outDir, 3);
      const pages = await countPages(outDir);
      // Inside the project, so the plain project resolves the same astro package.
      const plain = await mkdtemp(path.join(root, '.tmp', 'bench-plain-'));
      const baseline = timePlainAstro(await plainAstro(plain, pages), 3);
      await rm(plain, { recursive: true, force: true });
      rows.push({ name: `site build, ${label}: ${pages} pages (3 runs)`, value: ms(ours), target: '≤ 2× baseline', note: `${(ours / baseline).toFixed(2)}× baseline` });
      rows.push({ name: `baseline: plain Astro build of ${pages} seed-sized pages`, value: ms(baseline) });
      if (label.startsWith('fixture')) {
        for (const [page, target] of [['/', '≤ 25 KB'], ['/versions/2022-06-01/changes/', undefined], ['/compare/', undefined]] as const) {
          const { weight, js } = await pageWeight(outDir, page);
          const script = js === 0 ? 'JavaScript: 0 KB' : `JavaScript (an island, not needed to read the page): ${(js / 1024).toFixed(1)} KB gzipped`;
          rows.push({ name: `weight of \`${page}\`: HTML + its CSS, gzipped`, value: `${(weight / 1024).toFixed(1)} KB`, ...(target ? { target } : {}), note: script });
        }
      }
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return rows;
}
