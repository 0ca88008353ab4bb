// The real `policy build`, as a newcomer runs it: without a site address (astro.config.mjs sets
// none) it says once what it leaves out and builds everything else; the docs' own client example
// works against that build wherever it is served; a bad address, a stale build time and a serial
// that does not increase are refused before anything is built.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accept, check, memoryStorage, storageKeys } from '../../src/client/index.ts';
import { generateKeyPair } from '../../src/feed/index.ts';
import { cacheHeaders } from '../../src/publish/headers.ts';
import { rulesFor } from '../../src/publish/hosting.ts';
import { root, tempDir } from '../helpers.ts';
import { serveStatic, type StaticServer } from '../static-server.ts';
import { dated, edit, released, runPolicyAsync, runPolicyProcess, workspace, type PolicyRun } from '../workspace.ts';

let work: { dir: string; cleanup: () => Promise<void> };
let versions: string;
let out: string;
let build: PolicyRun;
let server: StaticServer;
const key = generateKeyPair();
let env: NodeJS.ProcessEnv;

/** The shell of a publisher: no SOURCE_DATE_EPOCH, no other POLICY_ setting, the signing key in a file outside the repository. */
function publisherEnv(keyFile: string): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(POLICY_|SOURCE_DATE_EPOCH$)/.test(name)));
  return { ...clean, POLICY_SIGNING_KEY_FILE: keyFile };
}

beforeAll(async () => {
  work = await tempDir();
  const ws = await workspace(work.dir);
  versions = ws.versionsDir;
  await released(ws, '2021-10-13', { note: '首次发布' });
  await dated(ws, '2022-03-01', '2022-03-08');
  await edit(ws, 'purposes.yaml', (t) => t.replace('items: [cell-info]', 'items: [cell-info, location]'));
  await released(ws, '2022-03-01', { note: '检测不同区域的服务新增收集位置信息' });
  const keyFile = path.join(work.dir, 'feed-key.pem');
  await writeFile(keyFile, key.privatePem, { mode: 0o600 });
  env = publisherEnv(keyFile);
  out = path.join(work.dir, 'dist');
  build = runPolicyProcess(['build', '--no-pdf', '--versions', versions, '--out', out], root, env);
  server = await serveStatic(out);
});
afterAll(async () => {
  await server?.close();
  await work?.cleanup();
});

describe('a build without a site address', () => {
  it('says once, clearly, what it leaves out, and builds everything else', async () => {
    expect(build.status, build.stderr).toBe(0);
    const notices = build.stdout.split('\n').filter((line) => line.includes('No site address'));
    expect(notices).toEqual(['policy build: warning: No site address is configured, so the build leaves out sitemap.xml, the canonical links of the pages and the absolute links of the Atom feed (feed/changes.xml links relatively); everything else (pages, PDFs, lists, the app feed) is built.']);
    expect(build.stdout).toContain("  hint: Set the published address as Astro's `site` in astro.config.mjs (site: 'https://privacy.example.com'), or pass `policy build --site-url URL` for one build.");
    const files = await readdir(out);
    expect(files).not.toContain('sitemap.xml');
    for (const file of ['index.html', '_headers', 'feed', 'lists', 'versions']) expect(files).toContain(file);
    const home = await readFile(path.join(out, 'index.html'), 'utf8');
    expect(home).not.toContain('rel="canonical"');
    const atom = await readFile(path.join(out, 'feed/changes.xml'), 'utf8');
    expect(atom).toContain('<link rel="alternate" type="text/html" href="/versions/2022-03-01/changes/"/>');
    expect(atom).not.toMatch(/href="https?:/);
    expect(atom.match(/<id>urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}<\/id>/g)).toHaveLength(3);
  });

  it('wrote only files the hosting rules cover, each by exactly one rule (dist/_headers is generated from them)', async () => {
    const files = (await readdir(out, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => `/${path.relative(out, path.join(e.parentPath, e.name))}`);
    const served = files.filter((file) => file !== '/_headers').map((file) => file.replace(/(^|\/)index\.html$/, '$1'));
    expect(served.length).toBeGreaterThan(20);
    expect(served.filter((file) => rulesFor(file).length !== 1)).toEqual([]);
    expect(await readFile(path.join(out, '_headers'), 'utf8')).toBe(cacheHeaders());
  });

  it('writes a feed that names no address and expires its whole period after the build', async () => {
    const index = JSON.parse(await readFile(path.join(out, 'feed/index.json'), 'utf8'));
    expect(index.current).toMatchObject({ id: '2022-03-01', url: 'versions/2022-03-01.json', html: '../versions/2022-03-01/', pdf: '../versions/2022-03-01/policy.pdf' });
    expect(Math.abs(Date.parse(index.generatedAt) - Date.now())).toBeLessThan(10 * 60_000);
    expect(Date.parse(index.expires) - Date.parse(index.generatedAt)).toBe(14 * 86_400_000);
    expect(index.serial).toBe(Date.parse(index.generatedAt) / 1000);
  });

  it("runs the docs' own client example (docs/app-clients.md) against it, served on 127.0.0.1", async () => {
    const markdown = await readFile(path.join(root, 'docs/app-clients.md'), 'utf8');
    const section = markdown.slice(markdown.indexOf('## The JavaScript reference client'));
    const example = /```ts\n([\s\S]*?)\n```/.exec(section)![1]!;
    // The example as written, with this server as the site and this build's key as the pinned one.
    const code = example.replace(/^import .*$/m, '').replace(/baseUrl: '[^']*'/, 'baseUrl: site').replace(/trustedKeys: \[[^\]]*\]/, 'trustedKeys: pinned');
    expect(code).toContain('baseUrl: site');
    expect(code).toContain('trustedKeys: pinned');
    const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<unknown>;
    // `storage` and `answers` (the boxes as the user left them: none ticked) are the app's.
    const run = new AsyncFunction('check', 'accept', 'storage', 'answers', 'site', 'pinned', `${code}\nreturn result;`);
    const storage = memoryStorage();
    server.requests.length = 0;
    const result = (await run(check, accept, storage, {}, `${server.url}/`, [key.published])) as Awaited<ReturnType<typeof check>>;
    // A first launch, long after 2022-03-01 took effect: consent to it.
    expect(result).toMatchObject({ ok: true, action: 'consent', reason: 'first-launch', source: 'network', version: { id: '2022-03-01', html: `${server.url}/versions/2022-03-01/` } });
    expect(server.requests).toEqual(['GET /feed/index.json -> 200', 'GET /feed/index.json.sig -> 200', 'GET /feed/versions/2022-03-01.json -> 200']);
    const receipt = JSON.parse(storage.data.get(storageKeys.receipt)!);
    expect(receipt).toMatchObject({ policyId: '2022-03-01', action: 'consent', policyUrl: `${server.url}/versions/2022-03-01/` });
    // The page the receipt names is the one the build wrote.
    expect((await fetch(receipt.policyUrl)).status).toBe(200);
  });
});

describe('refusals before anything is built (exit 1, with a hint)', () => {
  const refused = async (args: string[], extra: NodeJS.ProcessEnv = {}) => {
    const target = path.join(work.dir, `refused-${args.length}-${Object.keys(extra).length}`);
    // Not spawnSync: the --previous-index URL is this test's own server.
    const run = await runPolicyAsync(['build', '--no-pdf', '--versions', versions, '--out', target, ...args], root, { ...env, ...extra });
    return { ...run, target };
  };
  const lines = (text: string) => text.split('\n').filter(Boolean);

  it('an address that is not https, or carries a query, a fragment or a path', async () => {
    for (const [address, problem] of [
      ['http://privacy.example.com', 'is not https.'],
      ['https://privacy.example.com/?x=1', 'has a query or fragment.'],
      ['https://privacy.example.com/privacy/', 'has a path (`/privacy/`).'],
      ['privacy.example.com', 'is not an absolute URL.'],
    ] as const) {
      const run = await refused(['--site-url', address]);
      expect(run.status, address).toBe(1);
      expect(lines(run.stderr)[0]).toBe(`policy build: error: The site address \`${address}\` (--site-url) ${problem}`);
      expect(lines(run.stderr)[1]).toMatch(/^ {2}hint: /);
      await expect(readdir(run.target)).rejects.toThrow();
    }
  });

  it('an index that would already be expired: a SOURCE_DATE_EPOCH from an old commit', async () => {
    const run = await refused([], { SOURCE_DATE_EPOCH: '1646128800' });
    expect(run.status).toBe(1);
    expect(lines(run.stderr)[0]).toMatch(/^policy build: error: The feed index would be built at 2022-03-01T10:00:00Z and expire at 2022-03-15T10:00:00Z: it has already expired \(now \S+\), so every app would refuse it\.$/);
    expect(lines(run.stderr)[1]).toMatch(/^ {2}hint: The build time is \d+ days ago: SOURCE_DATE_EPOCH is probably set from an old commit\./);
  });

  it('a serial that is not greater than the published index (a file or its URL)', async () => {
    const published = JSON.parse(await readFile(path.join(out, 'feed/index.json'), 'utf8'));
    for (const location of [path.join(out, 'feed/index.json'), `${server.url}/feed/index.json`]) {
      const run = await refused(['--previous-index', location], { SOURCE_DATE_EPOCH: String(published.serial) });
      expect(run.status, location).toBe(1);
      expect(lines(run.stderr)[0]).toBe(`policy build: error: The feed index would have serial ${published.serial}, not greater than ${published.serial} of the index already published (${location}): apps that have seen it refuse a serial that does not increase.`);
    }
  });
});
