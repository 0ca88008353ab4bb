// policy-press/astro as another project uses it: its own folder names in astro.config.mjs, which
// `policy build` follows (the feed and the data files from the same archive as the pages), and
// `astro build` alone refused with the command to use instead.
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import policyPress, { sitePages } from '../../src/astro/index.ts';
import { buildSite } from '../../src/publish/build.ts';
import { root } from '../helpers.ts';

let project: string;

beforeAll(async () => {
  // Inside the repository and without a package.json of its own, so that `policy-press/astro`
  // resolves to this package (its lib/) and `astro` to the same install, as from node_modules.
  await mkdir(path.join(root, '.tmp'), { recursive: true });
  project = await mkdtemp(path.join(root, '.tmp', 'project-'));
  await writeFile(
    path.join(project, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nimport policyPress from 'policy-press/astro';\n\nexport default defineConfig({ site: 'https://privacy.example.org', integrations: [policyPress({ versionsDir: 'archive', policyDir: 'sources' })] });\n",
  );
  await cp(path.join(root, 'versions'), path.join(project, 'archive'), { recursive: true });
  await cp(path.join(root, 'policy'), path.join(project, 'sources'), { recursive: true });
});
afterAll(() => rm(project, { recursive: true, force: true }));

describe('the integration in another project', () => {
  it('injects a route for every page the package ships, prerendered', () => {
    const patterns = sitePages().map((page) => page.pattern);
    expect(patterns).toEqual(expect.arrayContaining(['/', '/versions', '/versions/[id]', '/versions/[id]/changes', '/compare', '/lists/collected', '/feed/changes.xml', '/[sitemap].xml']));
    expect(patterns.filter((pattern) => /\.(json|csv)$/.test(pattern))).toEqual([]);
  });

  it('policy build reads the folders its astro.config.mjs names, for the pages, the feed and the data files alike', async () => {
    const out = path.join(project, 'dist');
    const lines: string[] = [];
    await buildSite({ root: project, outDir: out, log: (line) => lines.push(line) });
    const home = await readFile(path.join(out, 'index.html'), 'utf8');
    expect(home).toContain('<link rel="canonical" href="https://privacy.example.org/">');
    expect(await readFile(path.join(out, 'versions/2021-10-13/policy.json'))).toEqual(await readFile(path.join(project, 'archive/2021-10-13/policy.json')));
    expect(JSON.parse(await readFile(path.join(out, 'feed/index.json'), 'utf8')).current.id).toBe('2021-10-13');
    expect((await readFile(path.join(out, 'lists/collected.csv'), 'utf8')).split('\n')[0]).toContain('个人信息');
    expect(await readdir(path.join(out, 'versions/2021-10-13/lists'))).toEqual(['collected', 'collected.csv', 'collected.json', 'shared', 'shared.csv', 'shared.json']);
    expect(lines.some((line) => line.includes('site https://privacy.example.org'))).toBe(true);
  });

  it('two builds of the project at once each keep their own Astro working folder, and leave none behind', async () => {
    // Astro keeps its prerender chunks in the working folder's .astro/ when the output lies outside
    // the project: a build killed midway leaves its folder, which the next build removes.
    const { buildFolder } = await import('../../src/publish/build-folder.ts');
    const stale = buildFolder(project, 2 ** 22 + 12345); // above any process id Linux gives
    await mkdir(path.join(stale, '.astro'), { recursive: true });
    const outside = await mkdtemp(path.join(tmpdir(), 'policy-two-builds-'));
    try {
      await Promise.all(['a', 'b'].map((name) => buildSite({ root: project, outDir: path.join(outside, name) })));
      for (const name of ['a', 'b']) expect(await readFile(path.join(outside, name, 'versions/2021-10-13/index.html'), 'utf8')).toContain('<html lang="zh-CN"');
      expect((await readdir(path.join(project, '.astro'))).filter((entry) => entry.startsWith('policy-build-'))).toEqual([]);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('policy build in a folder without astro.config.mjs is refused before anything is built, with a hint', async () => {
    const empty = await mkdtemp(path.join(root, '.tmp', 'no-config-'));
    try {
      await expect(buildSite({ root: empty, outDir: path.join(empty, 'dist') })).rejects.toMatchObject({ message: expect.stringMatching(/has no astro\.config\.mjs/), hint: expect.stringContaining('policy init') });
      expect(await readdir(empty)).toEqual([]);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('`astro build` alone is refused, with the command that builds the whole site', () => {
    const setup = policyPress().hooks['astro:config:setup'] as unknown as (options: object) => void;
    const saved = process.env.POLICY_BUILD_CHILD;
    delete process.env.POLICY_BUILD_CHILD;
    try {
      expect(() => setup({ config: { root: new URL(`file://${project}/`) }, command: 'build', updateConfig: () => {}, injectRoute: () => {} })).toThrow(/^Build the policy site with `policy build` \(npx policy build\), not `astro build`\.\n {2}hint: /);
    } finally {
      if (saved !== undefined) process.env.POLICY_BUILD_CHILD = saved;
    }
  });
});

