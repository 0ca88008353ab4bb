// The package as a second company gets it: `npm pack` of a copy of this repository (its `prepare`
// builds lib/ there), installed from the tarball into an empty project, and used only through the
// installed `bin` and exports: `policy init`, `check` (a warning at every placeholder), `release`
// (refused while placeholders remain, then made), `keygen`, `build` (site, PDF and signed feed),
// `verify --published`; then the installed reference client verifies the feed over HTTP. And
// `policy import` of the seed text (its vocabulary is data the bundle carries), checked as imported.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedPath, tempDir } from '../helpers.ts';
import { ok, packAndInstall, run } from './packed.ts';
import { serveStatic } from '../static-server.ts';

let work: { dir: string; cleanup: () => Promise<void> };
let project: string;
let keys: string;
let tarball: string;
const today = new Date().toISOString().slice(0, 10);

/** The installed command, as `npx policy` finds it. */
const policy = (args: string[], extra: NodeJS.ProcessEnv = {}) => run(path.join(project, 'node_modules/.bin/policy'), args, project, extra);

beforeAll(async () => {
  work = await tempDir('policy-package-');
  const started = performance.now();
  ({ tarball, project } = await packAndInstall(work.dir));
  keys = path.join(work.dir, 'keys');
  console.log(`packed and installed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}, 600_000);
afterAll(() => work?.cleanup());

/** Every placeholder of the scaffold's policy/, with its place. */
async function placeholders(): Promise<string[]> {
  const places: string[] = [];
  for (const file of (await readdir(path.join(project, 'policy'), { recursive: true })).sort()) {
    if (!/\.(md|yaml)$/.test(file)) continue;
    const lines = (await readFile(path.join(project, 'policy', file), 'utf8')).split('\n');
    lines.forEach((line, i) => {
      if (/^\s*#/.test(line)) return;
      for (const match of line.matchAll(/【待填写：[^】]*】/g)) places.push(`policy/${file.split(path.sep).join('/')}:${i + 1}:${match.index + 1}`);
    });
  }
  return places;
}

describe('npm pack, installed into an empty project', () => {
  it('ships compiled JavaScript, declarations, the schemas, the site and the templates; no TypeScript to run', async () => {
    const listed = ok(run('tar', ['tzf', tarball], work.dir)).stdout.split('\n');
    for (const file of ['package/lib/cli.js', 'package/lib/index.js', 'package/lib/client.js', 'package/lib/astro.js', 'package/lib/types/index.d.ts', 'package/lib/types/client/index.d.ts', 'package/lib/types/astro/index.d.ts', 'package/schemas/policy.schema.json', 'package/site/pages/index.astro', 'package/templates/init/policy/policy.yaml']) {
      expect(listed, file).toContain(file);
    }
    expect(listed.filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && !file.startsWith('package/site/'))).toEqual([]);
    expect(listed.some((file) => file.startsWith('package/versions/') || file.startsWith('package/policy/') || file.startsWith('package/test/'))).toBe(false);
  });

  it('every export loads from node_modules; the reference client imports nothing', async () => {
    const script = "const m = await import('policy-press'); const c = await import('policy-press/client'); const a = await import('policy-press/astro'); console.log(typeof m.compilePolicy, typeof m.readArchive, typeof c.check, typeof a.default);";
    expect(ok(run(process.execPath, ['--input-type=module', '-e', script], project)).stdout.trim()).toBe('function function function function');
    const client = await readFile(path.join(project, 'node_modules/policy-press/lib/client.js'), 'utf8');
    expect(client).not.toMatch(/^\s*(import|export)\s[^;]*?\bfrom\s*["']|\bimport\(\s*["'`]|\brequire\(\s*["'`]|^\s*import\s*["']/m);
  });

  it('policy init scaffolds a whole repository and overwrites nothing', async () => {
    const before = await readFile(path.join(project, 'package.json'), 'utf8');
    const result = ok(policy(['init']));
    expect(result.stdout).toContain('kept    package.json (it exists; not overwritten)');
    expect(await readFile(path.join(project, 'package.json'), 'utf8')).toBe(before);
    for (const file of ['astro.config.mjs', '.gitignore', 'README.md', '.github/workflows/publish.yml', 'policy/policy.yaml', 'policy/chapters/collection.md', 'policy/chapters/cross-border.md']) {
      await expect(readFile(path.join(project, file), 'utf8'), file).resolves.toBeTruthy();
    }
    expect(await readFile(path.join(project, 'astro.config.mjs'), 'utf8')).toContain("integrations: [policyPress()]");
    // A second run changes nothing either.
    await writeFile(path.join(project, 'policy/chapters/minors.md'), '### 六、我们如何处理儿童的个人信息 {#minors}\n\n我们的产品不面向儿童。\n');
    expect(ok(policy(['init'])).stdout).toMatch(/0 files written, \d+ existing left as they were/);
    expect(await readFile(path.join(project, 'policy/chapters/minors.md'), 'utf8')).toContain('不面向儿童');
  });

  it('policy check passes with a warning at each placeholder, pointing at it', async () => {
    const result = policy(['check']);
    expect(result.status, result.stderr).toBe(0);
    const warned = [...result.stdout.matchAll(/^(policy\/\S+:\d+:\d+): warning: Placeholder `【待填写：[^`]*】` is still to be filled in \[placeholder\]$/gm)].map((m) => m[1]);
    const expected = await placeholders();
    expect(expected.length).toBeGreaterThan(10);
    expect(warned).toEqual(expected);
    expect(result.stdout).toMatch(/^0 errors, \d+ warnings$/m);
  });

  it('policy release refuses while placeholders remain, then releases the filled-in policy', async () => {
    const refused = policy(['release', '--id', today, '--note', '首次发布']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/policy\/policy\.yaml:\d+:\d+: error: Placeholder `【待填写：/);
    await expect(readdir(path.join(project, 'versions'))).resolves.toEqual([]);

    for (const file of await readdir(path.join(project, 'policy'), { recursive: true })) {
      if (!/\.(md|yaml)$/.test(file)) continue;
      const at = path.join(project, 'policy', file);
      await writeFile(at, (await readFile(at, 'utf8')).replace(/【待填写：[^】]*】/g, '示例内容'));
    }
    ok(policy(['check']));
    const released = ok(policy(['release', '--id', today, '--note', '首次发布']));
    expect(released.stdout).toContain(`released versions/${today}`);
  });

  it('policy import turns the seed text into sources that pass check, every line kept', async () => {
    const imported = ok(policy(['import', seedPath, '--out', 'imported']));
    expect(imported.stdout).toMatch(/^policy import: imported .* into imported\/$/m);
    expect(imported.stdout).toMatch(/(\d+) of \1 lines of the input are in the compiled text/);
    // Read with its chapters split at their headings (the Appendix D vocabulary, appendix-d.json, is in the bundle).
    expect((await readdir(path.join(project, 'imported/chapters'))).length).toBeGreaterThan(5);
    const checked = policy(['check', '--policy', 'imported']);
    expect(checked.status, checked.stderr).toBe(0);
    expect(checked.stdout).toMatch(/^0 errors, \d+ warnings$/m);
    expect(await readFile(path.join(project, 'imported/policy.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\.\/node_modules\/policy-press\/schemas\/policy\.schema\.json$/m);
  });

  it('policy build writes the site, the PDF and a signed feed that the installed client verifies', async () => {
    ok(policy(['keygen', '--out', keys]));
    const privateKey = (await readdir(keys)).find((name) => name.endsWith('.pem'))!;
    const publicKey = (await readdir(keys)).find((name) => name.endsWith('.pub.json'))!;
    const built = ok(policy(['build', '--lang', 'zh-CN'], { POLICY_SIGNING_KEY_FILE: path.join(keys, privateKey) }));
    // A Chinese editor's build says everything in Chinese: its progress lines, warnings and hints
    // (the names of files, variables and commands aside).
    const said = built.stdout.split('\n').filter((line) => line.startsWith('policy build: ') || line.startsWith('  '));
    expect(said.length).toBeGreaterThanOrEqual(4);
    for (const line of said) expect(line, line).toMatch(/\p{Script=Han}/u);
    expect(built.stdout).not.toMatch(/No site address|pages:|feed:|printed|hint:/);
    expect(built.stdout).toMatch(/^policy build: 应用数据源：\d+ 个文件，序号 \d+，\S+ 过期，已签名$/m);
    expect(built.stdout).toMatch(/^policy build: PDF：打印 1 份，沿用 0 份，用时 [\d.]+ 秒$/m);
    const dist = path.join(project, 'dist');
    const home = await readFile(path.join(dist, 'index.html'), 'utf8');
    expect(home).toMatch(/^<!DOCTYPE html><html lang="zh-CN"/);
    expect(home).toContain('九、如何联系我们');
    expect(await readFile(path.join(dist, `versions/${today}/policy.json`))).toEqual(await readFile(path.join(project, `versions/${today}/policy.json`)));
    expect((await readFile(path.join(dist, `versions/${today}/policy.pdf`))).subarray(0, 5).toString()).toBe('%PDF-');
    for (const file of ['versions/index.html', `versions/${today}/changes/index.html`, 'lists/collected/index.html', 'feed/index.json', 'feed/index.json.sig', 'feed/changes.xml', '_headers']) {
      await expect(readFile(path.join(dist, file)), file).resolves.toBeTruthy();
    }

    // The published feed against the archive: the signature, every hash (the installed bin).
    const verified = ok(policy(['verify', '--published', 'dist', '--key', path.join(keys, publicKey)]));
    expect(verified.stdout).toContain('each is in the archive, unchanged');

    // And as an app sees it: the installed reference client over HTTP checks the signature and hashes.
    const server = await serveStatic(dist);
    try {
      const client = (await import(pathToFileURL(path.join(project, 'node_modules/policy-press/lib/client.js')).href)) as typeof import('../../src/client/index.ts');
      const { kid, publicKey: raw } = JSON.parse(await readFile(path.join(keys, publicKey), 'utf8')) as { kid: string; publicKey: string };
      const result = await client.check({ baseUrl: server.url, storage: client.memoryStorage(), trustedKeys: [{ kid, publicKey: raw }], now: new Date() });
      expect(result).toMatchObject({ ok: true, action: 'consent' });
      // A version document altered on the host no longer matches the hash the signed index gives.
      const document = path.join(dist, `feed/versions/${today}.json`);
      await writeFile(document, (await readFile(document, 'utf8')).replace('示例内容', '示例内客'));
      const tampered = await client.check({ baseUrl: server.url, storage: client.memoryStorage(), trustedKeys: [{ kid, publicKey: raw }], now: new Date() });
      expect(tampered.ok).toBe(false);
    } finally {
      await server.close();
    }
  });
});
