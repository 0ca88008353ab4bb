// The static site, built for real (Astro) from a fixture history of four releases made from the
// real policy (test/site/history.ts), then read as files and in a real headless Chromium.
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { statSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createHash } from 'node:crypto';
import { buildSite } from '../../src/publish/build.ts';
import { createAjv } from '../../src/validate/gen-validators.ts';
import { generateKeyPair, verifyIndexSignature } from '../../src/feed/index.ts';
import { launchBrowser } from '../../src/publish/browser.ts';
import { tempDir } from '../helpers.ts';
import { serveStatic, type StaticServer } from '../static-server.ts';
import { makeFixtureHistory, type FixtureHistory } from './history.ts';

let work: { dir: string; cleanup: () => Promise<void> };
let history: FixtureHistory;
let out: string;
const read = (file: string) => readFile(path.join(out, file), 'utf8');
const key = generateKeyPair();
/** A signed, reproducible build: a key outside the repository, a fixed clock (and the real time it is checked against). */
let env: Record<string, string>;
const now = new Date(1_700_000_000_000 + 3_600_000);

beforeAll(async () => {
  work = await tempDir();
  history = await makeFixtureHistory(work.dir);
  out = path.join(work.dir, 'dist');
  const keyFile = path.join(work.dir, 'feed-key.pem');
  await writeFile(keyFile, key.privatePem, { mode: 0o600 });
  env = { POLICY_SIGNING_KEY_FILE: keyFile, SOURCE_DATE_EPOCH: '1700000000' };
  await buildSite({ versionsDir: history.versionsDir, outDir: out, siteUrl: 'https://privacy.example.com', env, now, pdf: { cacheDir: path.join(work.dir, 'pdf-cache') } });
});
afterAll(() => work?.cleanup());

describe('pages', () => {
  it('`/` is the latest release, in Chinese, readable without any script', async () => {
    const html = await read('index.html');
    expect(html).toMatch(/^<!DOCTYPE html><html lang="zh-CN"[ >]/);
    expect(html).toContain('<title>蜜饯隐私政策</title>');
    expect(html).toContain('版本 2023-03-15（当前版本）');
    expect(html).toContain('privacy@eachmobile.cn');
    expect(html).not.toContain('service@eachmobile.cn');
    expect(html).toContain('<strong class="sensitive">身份证号码</strong>');
    expect(html).not.toMatch(/<script/);
    for (const link of ['/versions/', '/versions/2023-03-15/policy.pdf', '/versions/2023-03-15/changes/', '/lists/collected/', '/lists/shared/']) {
      expect(html).toContain(`href="${link}"`);
    }
    // A table of contents that deep-links to every chapter.
    expect(html).toContain('<a href="#collection">一、我们如何收集和使用您的信息</a>');
    expect(html).toContain('id="collection"');
  });

  it('`/versions/` lists every release newest first with its level and categories', async () => {
    const html = await read('versions/index.html');
    const order = history.ids.map((id) => html.indexOf(`href="/versions/${id}/"`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => b - a)).toEqual(order);
    for (const label of ['重新取得同意', '无需弹窗', '单独同意', '弹窗告知']) expect(html).toContain(label);
    expect(html).toContain('责任部门、联络方式及投诉渠道');
    // Each release's note, and its pop-up summary one click away (no script needed).
    expect(html).toContain('新增百度地图SDK');
    expect(html).toMatch(/<details><summary>弹窗内容[\s\S]*?百度地图SDK（附近门店定位与地图展示）：<strong>位置信息<\/strong>/);
  });

  it('an old version is the archived text, with a banner to the current one', async () => {
    const html = await read('versions/2021-10-13/index.html');
    expect(html).toContain('历史版本 2021-10-13');
    expect(html).toContain('<a href="/">查看当前版本 2023-03-15</a>');
    expect(html).toContain('service@eachmobile.cn');
    expect(html).toContain('尽力保护您的个人信息安全可控');
    expect(await read('versions/2023-03-15/index.html')).not.toContain('查看当前版本');
  });

  it('the quiet typo fix shows a word-level redline and no pop-up', async () => {
    const html = await read('versions/2022-01-10/changes/index.html');
    expect(html).toContain('<del>保护</del><ins>保障</ins>');
    expect(html).toMatch(/通知级别<\/dt><dd class="level">无需弹窗/);
    expect(html).toMatch(/是否弹窗<\/dt><dd>否/);
  });

  it('the new SDK asks for separate consent and says why', async () => {
    const html = await read('versions/2022-06-01/changes/index.html');
    expect(html).toMatch(/通知级别<\/dt><dd class="level">单独同意/);
    expect(html).toContain('百度地图SDK');
    // Sensitive items are bold in the table of changes (and in the pop-up, below).
    expect(html).toContain('“百度地图SDK”新增收集<strong>位置信息</strong>');
    expect(html).toContain('<code>new-sdk</code>');
    expect(html).toContain('PIPL');
  });

  it('the changes page shows the pop-up as users saw it: one consent item, nothing ticked, the links', async () => {
    const html = (await read('versions/2022-06-01/changes/index.html')).replace(/ data-astro-cid-\w+(="true")?/g, '');
    const frame = html.slice(html.indexOf('<figure class="phone"'), html.indexOf('</figure>'));
    expect(frame).toContain('应用中显示的弹窗（手机屏幕宽度）');
    expect(frame).toContain('我们新增合作的第三方');
    expect(frame).toContain('百度地图SDK（附近门店定位与地图展示）：<strong>位置信息</strong>');
    expect(frame.match(/type="checkbox"/g)).toHaveLength(1);
    expect(frame).not.toMatch(/checked/);
    expect(frame).toContain('href="/versions/2022-06-01/"');
    expect(frame).toContain('href="#redline"');
    // The legal categories stay available below it.
    expect(html).toContain('我们新增合作的第三方：共享、转让、公开披露的对象');
    // The first release: its recorded pop-up; a quiet update: no pop-up at all.
    expect(await read('versions/2021-10-13/changes/index.html')).toContain('本政策涉及的个人敏感信息：');
    expect(await read('versions/2022-01-10/changes/index.html')).not.toContain('<figure class="phone"');
  });

  it('the first release says so, without a redline', async () => {
    const html = await read('versions/2021-10-13/changes/index.html');
    expect(html).toContain('首次发布');
    expect(html).not.toContain('id="redline"');
  });

  it('the changes page tells a reader first what changed, then the redline, then the decision collapsed', async () => {
    const html = await read('versions/2022-06-01/changes/index.html');
    const at = (needle: string) => html.indexOf(needle);
    expect(at('id="summary"')).toBeGreaterThan(0);
    expect(at('<figure class="phone"')).toBeGreaterThan(at('id="summary"'));
    expect(at('id="redline"')).toBeGreaterThan(at('<figure class="phone"'));
    expect(at('id="decision"')).toBeGreaterThan(at('id="redline"'));
    // The rules and consentEpoch are one click away, not in the reader's way.
    expect(html.slice(at('id="decision"'))).toMatch(/^[^]*?<details class="decision-details"><summary>[^]*consentEpoch[^]*<code>new-sdk<\/code>[^]*<\/details>/);
    expect(html.slice(0, at('id="decision"'))).not.toContain('consentEpoch');
    // The new SDK is one numbered change, a table row shown with its column names; the rest of the chapter folded.
    expect(html).toContain('<h3 id="change-list">共 1 处变更</h3>');
    expect(html).toContain('<dt>SDK名称</dt><dd><ins>百度地图SDK</ins></dd>');
    expect(html).toContain('<dt>第三方机构名称</dt><dd><ins>北京百度网讯科技有限公司<br>https://lbsyun.baidu.com/index.php?title=openprivacy</ins></dd>');
    expect(html).toMatch(/<details class="rl-fold"><summary>未改动的 \d+ 段/);
    expect(html).not.toMatch(/百度地图SDK\t/);
  });

  it('an old version banner gives the period in force and links to the current version and the comparison', async () => {
    const html = await read('versions/2022-01-10/index.html');
    const banner = html.slice(html.indexOf('<div class="banner old"'), html.indexOf('</div>', html.indexOf('<div class="banner old"')));
    expect(banner).toContain('<time datetime="2022-01-10">2022-01-10</time> 至 <time datetime="2022-06-01">2022-06-01</time>');
    expect(banner).toContain('<a href="/">查看当前版本 2023-03-15</a>');
    expect(banner).toContain('<a href="/compare/?from=2022-01-10&amp;to=2023-03-15">与当前版本比较</a>');
    expect(await read('versions/index.html')).toContain('href="/compare/"');
    expect(await read('versions/2023-03-15/index.html')).toContain('href="/compare/?from=2022-06-01&amp;to=2023-03-15"');
  });

  it('every page has a meta description; old versions are canonical to themselves', async () => {
    const pages = (await readdir(out, { recursive: true })).filter((f) => f.endsWith('.html'));
    for (const page of pages) expect(await read(page), page).toMatch(/<meta name="description" content="[^"]{20,}">/);
    expect(await read('versions/2021-10-13/index.html')).toContain('<link rel="canonical" href="https://privacy.example.com/versions/2021-10-13/">');
    expect(await read('versions/2021-10-13/lists/shared/index.html')).toContain('<link rel="canonical" href="https://privacy.example.com/versions/2021-10-13/lists/shared/">');
  });

  it('every internal link of every page leads to a built file (PDFs included)', async () => {
    const pages = (await readdir(out, { recursive: true })).filter((f) => f.endsWith('.html'));
    const broken: string[] = [];
    for (const page of pages) {
      const html = await read(page);
      for (const [, href] of html.matchAll(/href="(\/[^"#?]*)(?:[?#][^"]*)?"/g)) {
        const target = path.join(out, decodeURIComponent(href!), href!.endsWith('/') ? 'index.html' : '');
        if (!(await stat(target).then((s) => s.isFile(), () => false))) broken.push(`${page} → ${href}`);
      }
    }
    expect(pages.length).toBeGreaterThanOrEqual(13);
    expect(broken).toEqual([]);
    expect((await stat(path.join(out, 'versions/2021-10-13/policy.pdf'))).size).toBeGreaterThan(100_000);
  });

  it('serves each archived document byte for byte', async () => {
    for (const id of history.ids) {
      expect(await read(`versions/${id}/policy.json`)).toBe(await readFile(path.join(history.versionsDir, id, 'policy.json'), 'utf8'));
    }
  });
});

describe('the two lists', () => {
  it('个人信息收集清单 as a page, JSON and CSV', async () => {
    const json = JSON.parse(await read('lists/collected.json'));
    expect(json.version).toBe('2023-03-15');
    const idCard = json.rows.find((r: { itemId: string }) => r.itemId === 'id-number');
    expect(idCard).toMatchObject({ sensitive: true, function: expect.stringMatching(/basic|additional/) });
    const csv = await read('lists/collected.csv');
    expect(csv.startsWith('\uFEFF个人信息,类型,使用目的,使用场景,功能类型,是否敏感,后台收集\r\n')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(json.rows.length + 1);
    expect(await read('lists/collected/index.html')).toContain('个人信息收集清单');
  });

  it('第三方信息共享清单 includes every SDK of the current version with its company and link', async () => {
    const json = JSON.parse(await read('lists/shared.json'));
    const sdks = json.rows.filter((r: { type: string }) => r.type === 'sdk');
    expect(sdks).toHaveLength(13);
    expect(sdks.at(-1)).toMatchObject({ recipient: '百度地图SDK', company: '北京百度网讯科技有限公司', items: ['位置信息'], sensitiveItems: ['位置信息'] });
    expect(json.rows.some((r: { type: string; recipient: string }) => r.type === 'recipient' && r.recipient.includes('支付'))).toBe(true);
    expect(await read('lists/shared.csv')).toContain('百度地图SDK,SDK,北京百度网讯科技有限公司');
  });
});

describe("each version's own lists", () => {
  it("an old version's page links to its own lists, and they hold what that version said", async () => {
    const page = await read('versions/2021-10-13/index.html');
    const actions = page.slice(page.indexOf('<ul class="actions" aria-label="本版本的其他形式">'));
    expect(actions).toContain('href="/versions/2021-10-13/lists/collected/"');
    expect(actions).toContain('href="/versions/2021-10-13/lists/shared/"');
    // The seed has no Baidu map SDK: the fixture history adds it on 2022-06-01; today's list has it.
    const seed = JSON.parse(await read('versions/2021-10-13/lists/shared.json'));
    expect(seed).toMatchObject({ version: '2021-10-13', effective: '2021-10-13' });
    expect(seed.rows.filter((r: { type: string }) => r.type === 'sdk')).toHaveLength(12);
    expect(seed.rows.some((r: { recipient: string }) => r.recipient === '百度地图SDK')).toBe(false);
    expect(JSON.parse(await read('lists/shared.json')).rows.some((r: { recipient: string }) => r.recipient === '百度地图SDK')).toBe(true);
    expect(await read('versions/2021-10-13/lists/shared.csv')).not.toContain('百度地图SDK');
    expect(await read('versions/2022-06-01/lists/shared.csv')).toContain('百度地图SDK,SDK,北京百度网讯科技有限公司');
    const list = await read('versions/2021-10-13/lists/shared/index.html');
    expect(list).not.toContain('百度地图SDK');
    expect(list).toContain('历史版本 2021-10-13');
    expect(list).toContain('href="/versions/2021-10-13/lists/shared.json"');
    expect(list).toContain('<a href="/lists/shared/">查看当前版本 2023-03-15</a>');
    // The collected list of an old version is that version's, too (the same rows as its document says).
    const collected = JSON.parse(await read('versions/2021-10-13/lists/collected.json'));
    expect(collected.version).toBe('2021-10-13');
    expect(collected.rows.length).toBeGreaterThan(10);
    // The current version's page keeps the site's lists.
    expect(await read('index.html')).toContain('href="/lists/shared/"');
  });
});

describe('the app feed', () => {
  const validator = (schema: string) => createAjv().getSchema(schema)!;
  const valid = (schema: string, value: unknown) => {
    const validate = validator(schema);
    return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };

  it('every built feed document matches its schema', async () => {
    expect(valid('feed-index.schema.json', JSON.parse(await read('feed/index.json')))).toEqual([]);
    expect(valid('feed-history.schema.json', JSON.parse(await read('feed/history.json')))).toEqual([]);
    expect(valid('feed-keys.schema.json', JSON.parse(await read('feed/keys.json')))).toEqual([]);
    expect(valid('feed-signature.schema.json', JSON.parse(await read('feed/index.json.sig')))).toEqual([]);
    for (const id of history.ids) expect(valid('feed-version.schema.json', JSON.parse(await read(`feed/versions/${id}.json`))), id).toEqual([]);
  });

  it('the index points at the current version by hash and length, and is signed', async () => {
    const text = await read('feed/index.json');
    const index = JSON.parse(text);
    expect(index).toMatchObject({ serial: 1700000000, signed: true, current: { id: '2023-03-15', consentEpoch: 2, level: 'notify' } });
    expect(index.latestMaterial).toMatchObject({ id: '2023-03-15', level: 'notify' });
    const version = await readFile(path.join(out, 'feed/versions/2023-03-15.json'));
    expect(index.current.sha256).toBe(createHash('sha256').update(version).digest('hex'));
    expect(index.current.length).toBe(version.length);
    const signature = JSON.parse(await read('feed/index.json.sig'));
    expect(signature.kid).toBe(key.published.kid);
    expect(verifyIndexSignature(text, signature, key.published)).toBe(true);
    expect(verifyIndexSignature(text.replace('"serial": 1700000000', '"serial": 1700000001'), signature, key.published)).toBe(false);
    expect(JSON.parse(await read('feed/keys.json')).keys.map((k: { kid: string }) => k.kid)).toContain(key.published.kid);
  });

  it('the version document of the new SDK lists what needs separate consent', async () => {
    const doc = JSON.parse(await read('feed/versions/2022-06-01.json'));
    expect(doc).toMatchObject({ id: '2022-06-01', previous: '2022-01-10', level: 'separate-consent', popup: true, consentEpoch: 2 });
    expect(doc.dialog.consent.map((item: { id: string }) => item.id)).toEqual(['recipient/baidu']);
    expect(doc.separateConsent[0].html).toContain('百度地图SDK（附近门店定位与地图展示）：<strong>位置信息</strong>');
    expect(doc.summary.html).toContain('百度地图SDK（北京百度网讯科技有限公司）');
  });
});

describe('feeds, sitemap and cache headers', () => {
  it('an Atom feed of the releases, newest first', async () => {
    const atom = await read('feed/changes.xml');
    expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">');
    const entries = [...atom.matchAll(/<entry>[\s\S]*?<\/entry>/g)].map((m) => m[0]);
    expect(entries).toHaveLength(4);
    expect(entries[0]).toContain('https://privacy.example.com/versions/2023-03-15/changes/');
    expect(entries[0]).toContain('<updated>2023-03-15T00:00:00Z</updated>');
  });

  it('with the site address: a sitemap of every page, and each page names its canonical URL', async () => {
    const xml = await read('sitemap.xml');
    for (const id of history.ids) expect(xml).toContain(`<loc>https://privacy.example.com/versions/${id}/</loc>`);
    expect(xml).toContain('<loc>https://privacy.example.com/compare/</loc>');
    expect(xml).toContain('<loc>https://privacy.example.com/versions/2021-10-13/lists/shared/</loc>');
    expect(await read('index.html')).toContain('<link rel="canonical" href="https://privacy.example.com/">');
    expect(await read('versions/2022-06-01/changes/index.html')).toContain('<link rel="canonical" href="https://privacy.example.com/versions/2022-06-01/changes/">');
  });

  it('cache headers: immutable for versioned paths, short-lived for the index', async () => {
    const headers = await read('_headers');
    expect(headers).toMatch(/\/feed\/index\.json\n {2}Cache-Control: public, max-age=300/);
    expect(headers).toMatch(/\/feed\/versions\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
    expect(headers).toMatch(/\/versions\/:id\/policy\.pdf\n {2}Cache-Control: public, max-age=31536000, immutable/);
  });
});

describe('the build', () => {
  // The second build goes to another file system where the machine has one (/dev/shm, a tmpfs):
  // Astro renames its stylesheets into the output, which fails across file systems (EXDEV).
  it('is deterministic: a second build, on another file system where the machine has one, writes byte-identical files', async () => {
    const elsewhere = otherFileSystem(work.dir);
    const parent = elsewhere ? await mkdtemp(path.join(elsewhere, 'policy-press-')) : work.dir;
    const again = path.join(parent, 'dist-again');
    try {
      await buildSite({ versionsDir: history.versionsDir, outDir: again, siteUrl: 'https://privacy.example.com', env, now, pdf: { cacheDir: path.join(work.dir, 'pdf-cache') } });
      const list = async (dir: string): Promise<string[]> =>
        (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
      const files = await list(out);
      expect(await list(again)).toEqual(files);
      // Compared as bytes (Buffer#equals): a deep equality over the PDFs' megabytes took seconds.
      const differing: string[] = [];
      for (const file of files) if (!(await readFile(path.join(again, file))).equals(await readFile(path.join(out, file)))) differing.push(file);
      expect(differing).toEqual([]);
    } finally {
      if (elsewhere) await rm(parent, { recursive: true, force: true });
    }
  });

  it('stops on a tampered archive and leaves the previous output untouched, with no partial folder', async () => {
    const { dir: tampered, cleanup } = await tempDir();
    try {
      const versions = path.join(tampered, 'versions');
      await mkdir(versions);
      const { cp } = await import('node:fs/promises');
      await cp(history.versionsDir, versions, { recursive: true });
      const file = path.join(versions, '2022-01-10', 'policy.json');
      await writeFile(file, (await readFile(file, 'utf8')).replace('保障', '保护'));
      const before = await read('index.html');
      await expect(buildSite({ versionsDir: versions, outDir: out, siteUrl: 'https://privacy.example.com' })).rejects.toThrow(/2022-01-10/);
      expect(await read('index.html')).toBe(before);
      expect((await readdir(work.dir)).filter((name) => name.includes('.tmp-'))).toEqual([]);
    } finally {
      await cleanup();
    }
  });

  it('stops, without hanging, on a version document that is a FIFO: the pages read documents only as regular files', async () => {
    const { dir: tampered, cleanup } = await tempDir();
    try {
      const versions = path.join(tampered, 'versions');
      const { cp, rm } = await import('node:fs/promises');
      await cp(history.versionsDir, versions, { recursive: true });
      const file = path.join(versions, '2022-06-01', 'policy.json');
      await rm(file);
      const { execFileSync } = await import('node:child_process');
      execFileSync('mkfifo', [file]);
      const before = await read('index.html');
      await expect(buildSite({ versionsDir: versions, outDir: out, siteUrl: 'https://privacy.example.com' })).rejects.toThrow(/2022-06-01\/policy\.json[^\n]*FIFO/);
      expect(await read('index.html')).toBe(before);
      expect((await readdir(work.dir)).filter((name) => name.includes('.tmp-'))).toEqual([]);
    } finally {
      await cleanup();
    }
  });
});

describe('in a real browser', () => {
  let server: StaticServer;
  let browser: Browser;
  const axeSource = () => readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  /** Every page kind; the compare page also with a pair in its address (the island's result). */
  const pageKinds = [
    '/',
    '/versions/',
    '/versions/2021-10-13/',
    '/versions/2022-06-01/changes/',
    '/versions/2022-01-10/changes/',
    '/versions/2021-10-13/changes/',
    '/compare/',
    '/compare/?from=2021-10-13&to=2023-03-15',
    '/lists/collected/',
    '/lists/shared/',
    '/versions/2021-10-13/lists/collected/',
    '/versions/2021-10-13/lists/shared/',
  ];

  beforeAll(async () => {
    server = await serveStatic(out);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('follows links from the archive to a version, to its redline, to the lists', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: '历史版本', exact: true }).first().click();
    await page.waitForURL(`${server.url}/versions/`);
    expect(await page.locator('h1').innerText()).toBe('蜜饯隐私政策：历史版本');
    await page.getByRole('link', { name: '版本 2022-06-01', exact: true }).click();
    await page.waitForURL(`${server.url}/versions/2022-06-01/`);
    expect(await page.getByRole('note').innerText()).toContain('历史版本 2022-06-01');
    await page.getByRole('link', { name: '本版本的变更' }).click();
    await page.waitForURL(`${server.url}/versions/2022-06-01/changes/`);
    expect(await page.locator('h1').innerText()).toBe('蜜饯隐私政策：版本 2022-06-01 的变更');
    await page.getByRole('link', { name: '第三方信息共享清单' }).first().click();
    await page.waitForURL(`${server.url}/lists/shared/`);
    expect(await page.locator('table').innerText()).toContain('百度地图SDK');
    expect(errors).toEqual([]);
    await page.close();
  });

  // One browser, every page kind in a loop at each width: no sideways page scroll, no table cell
  // squeezed under 3 em, no console error; axe-core (WCAG 2.1 AA) clean at the narrowest phone and
  // on a wide screen (390 px is under the same media queries as 320 px: every breakpoint of
  // site/styles/site.css is at 30 rem or wider).
  it.each([
    [320, true],
    [390, false],
    [1280, true],
  ])('at %i px every page kind fits and keeps table cells at least 3 em wide (axe-core: %s)', async (width, withAxe) => {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    const axe = await axeSource();
    const problems: string[] = [];
    for (const pathname of pageKinds) {
      await page.goto(`${server.url}${pathname}`);
      if (pathname.includes('?')) await page.locator('#compare-result .rl-jump').waitFor();
      const fit = await page.evaluate(() => {
        const scroller = document.scrollingElement!;
        const narrow = Array.from(document.querySelectorAll('td, th')).flatMap((cell) => {
          const box = cell.getBoundingClientRect();
          const em = parseFloat(getComputedStyle(cell).fontSize);
          return box.width > 0 && box.width < 3 * em ? [`${cell.textContent!.slice(0, 12)} (${Math.round(box.width)} px)`] : [];
        });
        return { scrollWidth: scroller.scrollWidth, innerWidth: window.innerWidth, narrow };
      });
      if (fit.scrollWidth > fit.innerWidth) problems.push(`${pathname}: page is ${fit.scrollWidth} px wide`);
      for (const cell of fit.narrow) problems.push(`${pathname}: narrow cell ${cell}`);
      if (!withAxe) continue;
      await page.addScriptTag({ content: axe });
      const result = await page.evaluate(() =>
        (window as unknown as { axe: { run: (o: object) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe.run({
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        }),
      );
      for (const v of result.violations) problems.push(`${pathname}: axe ${v.id} (${v.nodes.length})`);
    }
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);

  it('on a phone the contents are one tap away from anywhere; on a wide screen they stay beside the text', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 800 } });
    await phone.goto(`${server.url}/#contact`);
    const link = phone.getByRole('link', { name: '目录', exact: true });
    expect(await link.isVisible()).toBe(true);
    const box = (await link.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    await link.click();
    await phone.waitForURL(/#toc$/);
    expect(await phone.locator('#toc').evaluate((e) => Math.abs(e.getBoundingClientRect().top) < 80)).toBe(true);
    // The contents nest the twelve sections of chapter 一 and show no numbers of their own.
    expect(await phone.locator('#toc a[href="#collection"] + ol > li').count()).toBe(12);
    expect(await phone.locator('#toc ol').first().evaluate((e) => getComputedStyle(e).listStyleType)).toBe('none');
    await phone.close();
    const wide = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await wide.goto(`${server.url}/#sharing`);
    const toc = (await wide.locator('#toc').boundingBox())!;
    expect(toc.y).toBeGreaterThanOrEqual(0);
    expect(toc.y).toBeLessThan(800);
    const text = (await wide.locator('#sharing').boundingBox())!;
    expect(text.x).toBeGreaterThan(toc.x + toc.width);
    expect(await wide.getByRole('link', { name: '目录', exact: true }).isVisible()).toBe(false);
    // Headings: a size per level; <dfn> not italic; lines of about 40 characters.
    const sizes = await wide.evaluate(() => ['main h1', '.doc-body h2', '.doc-body h3', '.doc-body h4', '.doc-body h5'].map((s) => parseFloat(getComputedStyle(document.querySelector(s)!).fontSize)));
    expect(new Set(sizes).size).toBe(5);
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
    expect(await wide.locator('dfn').first().evaluate((e) => getComputedStyle(e).fontStyle)).toBe('normal');
    const perLine = await wide.locator('.doc-body p').first().evaluate((p) => p.getBoundingClientRect().width / parseFloat(getComputedStyle(p).fontSize));
    expect(perLine).toBeGreaterThan(35);
    expect(perLine).toBeLessThanOrEqual(42);
    await wide.close();
  });

  it('the pop-up frame fits a 320 px phone', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${server.url}/versions/2022-06-01/changes/`);
    const box = await page.locator('figure.phone').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    expect(await page.locator('figure.phone').evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    expect(await page.getByRole('checkbox').isChecked()).toBe(false);
    await page.close();
  });

  it('every page kind is readable with JavaScript disabled', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    expect(await page.locator('main').innerText()).toContain('九、如何联系我们');
    await page.goto(`${server.url}/versions/2022-01-10/changes/`);
    expect(await page.locator('.rl-change del').first().innerText()).toBe('保护');
    await page.goto(`${server.url}/compare/`);
    expect(await page.getByRole('link', { name: '2022-01-10 → 2022-06-01' }).isVisible()).toBe(true);
    await context.close();
  });

  it('the compare island redlines any two versions, with the pair in the address, as the changes pages do', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/compare/`);
    for (const control of [page.locator('#compare-from'), page.getByRole('button', { name: '比较' })]) {
      expect((await control.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    }
    await page.selectOption('#compare-from', '2021-10-13');
    await page.selectOption('#compare-to', '2023-03-15');
    await page.getByRole('button', { name: '比较' }).click();
    await page.locator('#compare-result ins').first().waitFor();
    expect(page.url()).toBe(`${server.url}/compare/?from=2021-10-13&to=2023-03-15`);
    const inserted = await page.locator('#compare-result ins').allInnerTexts();
    expect(inserted.join('')).toContain('保障');
    expect(inserted.join('')).toContain('privacy');
    expect(await page.locator('#compare-result .rl-change').count()).toBe(3);
    // A shared address opens on its comparison.
    await page.goto(`${server.url}/compare/?from=2022-01-10&to=2022-06-01`);
    await page.locator('#compare-result .rl-change').first().waitFor();
    expect(await page.locator('#compare-from').inputValue()).toBe('2022-01-10');
    // A consecutive pair gives exactly the changes page's redline: one algorithm, one renderer.
    const island = await page.locator('#compare-result nav.rl-jump ~ section').evaluateAll((sections) => sections.map((s) => s.innerHTML));
    const changes = await read('versions/2022-06-01/changes/index.html');
    expect(island).toHaveLength(1);
    for (const section of island) expect(changes).toContain(section.replace(/ id="redline-/g, ' id="redline-').replace(/<h4 /g, '<h3 ').replace(/<\/h4>/g, '</h3>'));
    await page.close();
  });

  it('prints each link with its address', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/versions/2022-01-10/`);
    await page.emulateMedia({ media: 'print' });
    const after = await page.locator('.banner.old a[href="/"]').evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toBe('"（https://privacy.example.com/）"');
    await page.close();
  });
});

/** A writable folder on another file system than `dir`'s (/dev/shm), if the machine has one. */
function otherFileSystem(dir: string): string | undefined {
  try {
    return statSync('/dev/shm').dev !== statSync(dir).dev ? '/dev/shm' : undefined;
  } catch {
    return undefined;
  }
}
