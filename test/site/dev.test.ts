// The live preview (`npm run dev`): the working draft on `/`, marked as a draft; saving a file in
// policy/ reloads the open page, which then shows the problem, and the terminal prints it.
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../src/publish/browser.ts';
import { copyRealPolicy, root, tempDir } from '../helpers.ts';

let work: { dir: string; cleanup: () => Promise<void> };
let policyDir: string;
let server: ChildProcess;
let url: string;
let terminal = '';
let browser: Browser;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** The environment an editor's shell has: without what vitest adds (NODE_ENV=test, BASE_URL, MODE, …), which the child Vite would read as its own. */
function editorEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/^(VITEST|VITE_|TEST$|NODE_ENV$|BASE_URL$|MODE$|DEV$|PROD$|SSR$)/.test(key)) delete env[key];
  return env;
}

async function waitFor(condition: () => boolean | Promise<boolean>, what: string, ms = 60_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}; terminal:\n${terminal}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

beforeAll(async () => {
  work = await tempDir('policy-dev-');
  policyDir = await copyRealPolicy(work.dir);
  const port = await freePort();
  url = `http://127.0.0.1:${port}/`;
  server = spawn(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    env: { ...editorEnv(), POLICY_DIR: policyDir, POLICY_VERSIONS_DIR: path.join(root, 'versions') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk: Buffer) => (terminal += chunk));
  server.stderr!.on('data', (chunk: Buffer) => (terminal += chunk));
  let last = '';
  await waitFor(
    () => fetch(url).then(
      (r) => (last = `HTTP ${r.status}`) === 'HTTP 200',
      (e: Error) => ((last = `${e.message}: ${(e.cause as Error)?.message}`), false),
    ),
    'the dev server',
  ).catch((e: Error) => {
    throw new Error(`${e.message}\nlast response: ${last}`);
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  server?.kill();
  await work?.cleanup();
});

describe('npm run dev', () => {
  it('shows the working draft on `/`, marked as a draft', async () => {
    const html = await (await fetch(url)).text();
    expect(html).toContain('草稿预览');
    expect(html).toContain('九、如何联系我们');
  });

  it('serves the data files a build writes beside the pages: each archived document byte for byte, the lists', async () => {
    const document = await fetch(`${url}versions/2021-10-13/policy.json`);
    expect(document.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(Buffer.from(await document.arrayBuffer())).toEqual(await readFile(path.join(root, 'versions/2021-10-13/policy.json')));
    const list = await (await fetch(`${url}lists/collected.json`)).json();
    expect(list).toMatchObject({ version: '2021-10-13' });
    expect((await fetch(`${url}versions/2099-01-01/policy.json`)).status).toBe(404);
  });

  it('reloads the open page on save, showing the problem there and in the terminal', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    expect(await page.locator('.banner.draft').innerText()).not.toContain('raw-html');
    await page.waitForFunction(() => document.readyState === 'complete');
    const chapter = path.join(policyDir, 'chapters/cookies.md');
    const original = await readFile(chapter, 'utf8');
    const reloaded = page.waitForEvent('load', { timeout: 30_000 });
    await appendFile(chapter, '\n<b>粗体</b>\n');
    await reloaded;
    await page.locator('.problems').waitFor();
    expect(await page.locator('.problems').innerText()).toContain('policy-dev-');
    expect(await page.locator('.problems').innerText()).toMatch(/chapters\/cookies\.md:\d+:1: error: Raw HTML `<b>` is not allowed in the policy \[raw-html\]/);
    await waitFor(() => terminal.includes('[raw-html]'), 'the problem in the terminal');

    // Fixed: the next save reloads the page again, without the error.
    const again = page.waitForEvent('load', { timeout: 30_000 });
    await writeFile(chapter, original);
    await again;
    expect(await page.locator('.banner.draft').innerText()).not.toContain('raw-html');
    await page.close();
  });
});
