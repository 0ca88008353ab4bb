// Site build speed (no PDFs), as users run it: `policy build --no-pdf` as a whole process (the
// compiled CLI, lib/cli.js, building this project through its astro.config.mjs), beside a plain
// Astro build of as many seed-sized static pages, also a whole process; runs alternate so the
// machine's load weighs on both alike. Histories: the fixture history (4 releases) and synthetic
// histories of 100 and 300 releases (test/workspace.ts syntheticHistory; the 100 are the first
// 100 of the 300, a valid archive of their own). Also the weight of `/`.
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { makeFixtureHistory } from '../test/site/history.ts';
import { syntheticHistory } from '../test/workspace.ts';
import { seedPath } from '../test/helpers.ts';
import { median, ms, node, root, type Row } from './lib.ts';

// Five alternating runs a size: on a shared two-core machine three left the medians some 20 % apart from one run to the next.
const runs = 5;

async function countPages(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((name) => name.endsWith('.html')).length;
}

/** Wall time in ms of one process, or an error with its output. */
function timed(command: string, args: string[], cwd: string): number {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  const elapsed = performance.now() - start;
  if (result.status !== 0) throw new Error(`${path.basename(args[0]!)} ${args[1]} failed (exit ${result.status}):\n${result.stderr.slice(-2000)}`);
  return elapsed;
}

/** `policy build --no-pdf` of this project from `versionsDir`, as a process. */
const ourBuild = (versionsDir: string, outDir: string) => () =>
  timed(node, [path.join(root, 'lib/cli.js'), 'build', '--no-pdf', '--versions', versionsDir, '--out', outDir, '--site-url', 'https://privacy.example.com'], root);

/** A plain Astro project with `pages` static pages, each holding the seed's text; `astro build` of it, as a process. */
async function plainAstro(dir: string, pages: number): Promise<() => number> {
  const seed = await readFile(seedPath, 'utf8');
  const paragraphs = seed.split('\n').filter((line) => line.trim() !== '');
  await mkdir(path.join(dir, 'src/pages'), { recursive: true });
  await writeFile(path.join(dir, 'src/seed.json'), JSON.stringify(paragraphs));
  await writeFile(
    path.join(dir, 'src/pages/[n].astro'),
    `---\nimport paragraphs from '../seed.json';\nexport function getStaticPaths() { return Array.from({ length: ${pages} }, (_, n) => ({ params: { n: String(n) } })); }\n---\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{Astro.params.n}</title></head><body><main>{paragraphs.map((p) => <p>{p}</p>)}</main></body></html>\n`,
  );
  return () => timed(node, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', dir, '--silent'], dir);
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

/** The first `count` releases of an archive, as an archive of their own. */
async function prefixArchive(versionsDir: string, count: number, into: string): Promise<string> {
  const ids = (await readdir(versionsDir)).sort().slice(0, count);
  for (const id of ids) await cp(path.join(versionsDir, id), path.join(into, id), { recursive: true });
  return into;
}

export async function benchSite(): Promise<Row[]> {
  const rows: Row[] = [];
  const work = await mkdtemp(path.join(tmpdir(), 'policy-bench-site-'));
  await mkdir(path.join(root, '.tmp'), { recursive: true });
  try {
    const fixture = (await makeFixtureHistory(path.join(work, 'fixture'))).versionsDir;
    const made = performance.now();
    const synthetic = (await syntheticHistory(path.join(work, 'synthetic'), 300)).versionsDir;
    const releaseTime = (performance.now() - made) / 1000;
    const histories: Array<[label: string, releases: number, versionsDir: string]> = [
      ['fixture history', 4, fixture],
      ['synthetic history', 100, await prefixArchive(synthetic, 100, path.join(work, 'synthetic-100'))],
      ['synthetic history', 300, synthetic],
    ];
    const measured: Array<{ releases: number; ours: number; baseline: number }> = [];
    for (const [label, releases, versionsDir] of histories) {
      const outDir = path.join(work, `dist-${releases}`);
      const ours = ourBuild(versionsDir, outDir);
      ours(); // warms the file cache and Node's compile cache, as a second build on a machine would be
      const pages = await countPages(outDir);
      // Inside the project, so the plain project resolves the same astro package.
      const plainDir = await mkdtemp(path.join(root, '.tmp', 'bench-plain-'));
      const plain = await plainAstro(plainDir, pages);
      plain();
      const times = { ours: [] as number[], plain: [] as number[] };
      for (let i = 0; i < runs; i++) {
        times.ours.push(ours());
        times.plain.push(plain());
      }
      await rm(plainDir, { recursive: true, force: true });
      const result = { releases, ours: median(times.ours), baseline: median(times.plain) };
      measured.push(result);
      rows.push({ name: `\`policy build --no-pdf\` (process), ${label}, ${releases} releases: ${pages} pages (${runs} runs)`, value: ms(result.ours), target: releases >= 100 ? '≤ 1.5× baseline' : '', note: `${(result.ours / result.baseline).toFixed(2)}× baseline` });
      rows.push({ name: `baseline: \`astro build\` (process) of ${pages} seed-sized pages`, value: ms(result.baseline) });
      if (releases === 4) {
        for (const [page, target] of [['/', '≤ 25 KB'], ['/versions/2022-06-01/changes/', undefined], ['/compare/', undefined]] as const) {
          const { weight, js } = await pageWeight(outDir, page);
          const script = js === 0 ? 'JavaScript: 0 KB' : `JavaScript (an island, not needed to read the page): ${(js / 1024).toFixed(1)} KB gzipped`;
          rows.push({ name: `weight of \`${page}\`: HTML + its CSS, gzipped`, value: `${(weight / 1024).toFixed(1)} KB`, ...(target ? { target } : {}), note: script });
        }
      }
    }
    const [, hundred, three] = measured;
    if (hundred && three) {
      const perRelease = (three.ours - hundred.ours) / 200;
      const perReleasePlain = (three.baseline - hundred.baseline) / 200;
      rows.push({ name: 'per-release cost of the build, 100 → 300 releases', value: ms(perRelease), note: `the plain Astro build of as many pages: ${ms(perReleasePlain)} per release (about 4 pages)` });
    }
    rows.push({ name: 'releasing the synthetic history of 300 (setup, not a target)', value: `${releaseTime.toFixed(1)} s` });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return rows;
}
