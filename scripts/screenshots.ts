// `npm run screenshots`: builds the fixture history (test/site/history.ts: the seed and three
// releases after it) and writes a PNG of each page kind at 390 px (a phone) and 1280 px (a laptop)
// into docs/screenshots/, for review. Each is the top of the page, up to three screens tall, plus a
// second shot where the page kind has something further down worth seeing (named `-<part>`).
//   npm run screenshots            every page kind
//   npm run screenshots -- --keep  also keep the built site (its folder is printed)
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite } from '../src/publish/build.ts';
import { launchBrowser } from '../src/publish/browser.ts';
import { makeFixtureHistory } from '../test/site/history.ts';
import { serveStatic } from '../test/static-server.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = path.join(root, 'docs/screenshots');

/** Page kinds: a file name, the path, and optionally a part further down (a selector to scroll to). */
const shots: Array<{ name: string; path: string; part?: { name: string; selector: string } }> = [
  { name: 'home', path: '/', part: { name: 'sdk-table', selector: '.sdk-table' } },
  { name: 'versions', path: '/versions/' },
  { name: 'old-version', path: '/versions/2022-01-10/' },
  { name: 'changes', path: '/versions/2022-06-01/changes/', part: { name: 'redline', selector: '#redline' } },
  { name: 'changes-quiet', path: '/versions/2022-01-10/changes/' },
  { name: 'compare', path: '/compare/?from=2021-10-13&to=2023-03-15', part: { name: 'result', selector: '#compare-result' } },
  { name: 'collected', path: '/lists/collected/' },
  { name: 'shared', path: '/lists/shared/' },
  { name: 'old-shared', path: '/versions/2021-10-13/lists/shared/' },
];
const widths = [390, 1280];

/** True when fontconfig knows a font for Chinese; without one every Han character is a box. */
function hasCjkFonts(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}

if (!hasCjkFonts()) {
  console.error('screenshots: no CJK font is installed (fc-list :lang=zh is empty): Chinese would show as boxes.\n  Install one first, e.g. `apt-get install fonts-noto-cjk` (as root).');
  process.exit(1);
}

const work = await mkdtemp(path.join(tmpdir(), 'policy-screenshots-'));
const keep = process.argv.includes('--keep');
try {
  const history = await makeFixtureHistory(work);
  const site = path.join(work, 'dist');
  await buildSite({ versionsDir: history.versionsDir, outDir: site, siteUrl: 'https://privacy.mijian.example' });
  const server = await serveStatic(site);
  const browser = await launchBrowser();
  try {
    await mkdir(outDir, { recursive: true });
    for (const file of await readdir(outDir)) if (file.endsWith('.png')) await rm(path.join(outDir, file));
    for (const width of widths) {
      const height = width < 600 ? 844 : 800;
      const page = await browser.newPage({ viewport: { width, height } });
      for (const shot of shots) {
        await page.goto(`${server.url}${shot.path}`, { waitUntil: 'load' });
        if (shot.name === 'compare') await page.locator('#compare-result section, #compare-result p').first().waitFor();
        const full = await page.evaluate(() => document.scrollingElement!.scrollHeight);
        const top = path.join(outDir, `${shot.name}-${width}.png`);
        await page.screenshot({ path: top, clip: { x: 0, y: 0, width, height: Math.min(full, height * 3) }, fullPage: true });
        console.log(`${path.relative(root, top)}  (page ${full} px tall)`);
        if (shot.part) {
          const y = await page.locator(shot.part.selector).first().evaluate((e) => e.getBoundingClientRect().top + window.scrollY);
          const file = path.join(outDir, `${shot.name}-${shot.part.name}-${width}.png`);
          const from = Math.max(0, Math.round(y) - 40);
          await page.screenshot({ path: file, clip: { x: 0, y: from, width, height: Math.min(full - from, height * 2) }, fullPage: true });
          console.log(path.relative(root, file));
        }
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (keep) console.log(`site kept in ${site}`);
} finally {
  if (!keep) await rm(work, { recursive: true, force: true });
}
