// Attacks on the files of the policy folder, made at run time (git cannot hold a FIFO, and the
// large ones would weigh on the repository): each is refused by name, at a place, with exit 1.
import { execFileSync } from 'node:child_process';
import { chmod, cp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compilePolicy } from '../../src/compile/compile.ts';
import { collectMessages, formatReport } from '../../src/report/format.ts';
import { limits } from '../../src/load/limits.ts';
import { errnoRefusal, unreadableReason } from '../../src/util/regular-file.ts';
import { root, tempDir } from '../helpers.ts';
import { runPolicy } from '../workspace.ts';

const minimal = path.join(root, 'test/fixtures/compile/minimal');
const { dir: work, cleanup } = await tempDir();
afterAll(cleanup);

let n = 0;
/** A copy of the minimal policy, changed by `attack`; returns the folder holding `policy/`. */
async function attacked(attack: (policy: string) => Promise<void>): Promise<string> {
  const dir = path.join(work, `case-${n++}`);
  await cp(minimal, dir, { recursive: true });
  await attack(path.join(dir, 'policy'));
  return dir;
}

async function check(dir: string) {
  const { files, document } = await compilePolicy({ policyDir: 'policy', cwd: dir });
  const errors = collectMessages(files).filter((m) => m.fatal);
  return { document, errors, report: formatReport(files) };
}

/** The one error of `rule`, at a place; the run has no document. */
async function refused(dir: string, rule: string) {
  const result = await check(dir);
  expect(result.document === undefined, result.report).toBe(true);
  const error = result.errors.find((e) => e.ruleId === rule);
  expect(error, result.report).toBeDefined();
  expect(error!.line).toBeGreaterThanOrEqual(1);
  expect(error!.column).toBeGreaterThanOrEqual(1);
  return { ...result, error: error! };
}

const chapter = (policy: string) => path.join(policy, 'chapters/collection.md');

describe('only regular files inside the policy folder are read', () => {
  it('a chapter symlinked to /dev/zero is refused without reading it', async () => {
    const dir = await attacked(async (policy) => {
      await rm(chapter(policy));
      await symlink('/dev/zero', chapter(policy));
    });
    // Measured as growth: the worker process runs other test files too (vitest.config.ts `isolate: false`).
    const before = process.memoryUsage().rss;
    const { error } = await refused(dir, 'not-regular-file');
    expect(error.reason).toBe('`policy/chapters/collection.md` is a symbolic link; only regular files inside the policy folder are read');
    expect(process.memoryUsage().rss - before).toBeLessThan(256 * 1024 ** 2);
  });

  it('a chapter symlinked to a file outside the folder is refused, and its text is not compiled', async () => {
    const outside = path.join(work, 'outside.md');
    await writeFile(outside, '## 外部文件 {#collection}\n\n外部文字。\n');
    const dir = await attacked(async (policy) => {
      await rm(chapter(policy));
      await symlink(outside, chapter(policy));
    });
    const { report } = await refused(dir, 'not-regular-file');
    expect(report).not.toContain('外部');
  });

  it('a FIFO is refused at once (no hang), and so is a symlink loop and a linked chapters folder', async () => {
    const fifo = await attacked(async (policy) => {
      await rm(chapter(policy));
      execFileSync('mkfifo', [chapter(policy)]);
    });
    expect((await refused(fifo, 'not-regular-file')).error.reason).toContain('is a FIFO (named pipe)');
    const loop = await attacked(async (policy) => {
      await rm(chapter(policy));
      await symlink('collection.md', chapter(policy));
    });
    expect((await refused(loop, 'not-regular-file')).error.reason).toContain('is a symbolic link');
    const linkedFolder = await attacked(async (policy) => {
      await cp(path.join(policy, 'chapters'), path.join(work, `chapters-${n}`), { recursive: true });
      await rm(path.join(policy, 'chapters'), { recursive: true });
      await symlink(path.join(work, `chapters-${n}`), path.join(policy, 'chapters'));
    });
    expect((await refused(linkedFolder, 'not-regular-file')).error.reason).toContain('inside `chapters`, which is a symbolic link, not a folder');
  });

  it('`chapters` being a file and a YAML source being a folder are errors with a hint, and the CLI exits 1, not 70', async () => {
    const dir = await attacked(async (policy) => {
      await rm(path.join(policy, 'chapters'), { recursive: true });
      await writeFile(path.join(policy, 'chapters'), 'not a folder\n');
      await rm(path.join(policy, 'sdks.yaml'));
      await mkdir(path.join(policy, 'sdks.yaml'));
    });
    const { errors } = await check(dir);
    expect(errors.map((e) => `${e.file} ${e.ruleId}`)).toEqual(expect.arrayContaining(['policy/sdks.yaml not-regular-file', 'policy/chapters/collection.md not-regular-file']));
    const cli = await runPolicy(['check'], dir);
    expect(cli.status).toBe(1);
    expect(cli.stderr).not.toContain('internal error');
    expect(cli.stderr).toContain('policy/chapters/collection.md:1:1: error: `policy/chapters/collection.md` is inside `chapters`, which is a file, not a folder');
  });

  it('an unreadable file is an error with a hint (EACCES; as root, the mapping itself)', async () => {
    expect(errnoRefusal(Object.assign(new Error('denied'), { code: 'EACCES' }), 'a.md')).toEqual({ kind: 'unreadable', code: 'EACCES', where: 'a.md' });
    expect(unreadableReason('EACCES').reason).toBe('permission denied');
    expect(errnoRefusal(Object.assign(new Error('loop'), { code: 'ELOOP' }), 'a.md')).toEqual({ kind: 'not-regular', what: 'a symbolic link' });
    if (process.getuid?.() === 0) return; // root reads any file
    const dir = await attacked((policy) => chmod(chapter(policy), 0o000));
    expect((await refused(dir, 'unreadable-file')).error.reason).toContain('permission denied');
  });
});

describe('sizes are limited before anything is parsed', () => {
  it('a chapter over the file limit (a 1,500-deep list, 2.2 MB) is refused by its size', async () => {
    const dir = await attacked(async (policy) => {
      let list = '## 一、列表 {#collection}\n\n';
      for (let i = 0; i < 1500; i++) list += `${' '.repeat(2 * i)}- 第${i}层\n`;
      await writeFile(chapter(policy), list);
    });
    const { error } = await refused(dir, 'file-too-large');
    expect(error.reason).toMatch(/^`policy\/chapters\/collection\.md` is 2\.\d MiB; a source file may be at most 256 KiB$/);
  });

  it('a 1 MiB anchor aliased 2,000 times is refused by its size, and within the size by its alias count', async () => {
    const huge = await attacked((policy) => writeFile(path.join(policy, 'rights.yaml'), `big: &a "${'x'.repeat(1 << 20)}"\nlist: [${Array(2000).fill('*a').join(', ')}]\n`));
    await refused(huge, 'file-too-large');
    const many = await attacked((policy) => writeFile(path.join(policy, 'rights.yaml'), `big: &a "${'x'.repeat(3000)}"\nlist:\n${'  - *a\n'.repeat(2000)}`));
    const { error } = await refused(many, 'yaml-too-many-aliases');
    expect([error.line, error.column]).toEqual([3 + limits.yamlAliases, 5]);
  });

  it('a 200 KB line of `*a` is refused at the column that crosses the line limit', async () => {
    const dir = await attacked((policy) => writeFile(chapter(policy), `## 一 {#collection}\n\n${'*a'.repeat(100_000)}\n`));
    const { error } = await refused(dir, 'line-too-long');
    expect([error.line, error.column]).toEqual([3, limits.lineLength + 1]);
  });

  it('deeply nested YAML (flow brackets over many lines, or indentation) is refused at the level that crosses the limit', async () => {
    const flow = await attacked((policy) => writeFile(path.join(policy, 'rights.yaml'), `rights: ${'[\n'.repeat(20_000)}${']\n'.repeat(20_000)}`));
    // `rights:` is the first level and the bracket on its line the second.
    expect((await refused(flow, 'yaml-too-deep')).error.line).toBe(limits.yamlDepth);
    let block = 'rights:\n';
    for (let i = 1; i < 200; i++) block += `${' '.repeat(i)}a:\n`;
    const indented = await attacked((policy) => writeFile(path.join(policy, 'rights.yaml'), block));
    expect((await refused(indented, 'yaml-too-deep')).error.line).toBe(limits.yamlDepth + 1);
  });

  it('the policy as a whole is limited: more chapters than the limit, or more bytes, are refused at the one that crosses it', async () => {
    const chapters = await attacked(async (policy) => {
      const ids = Array.from({ length: limits.chapters + 5 }, (_, i) => `c${i}`);
      await writeFile(path.join(policy, 'policy.yaml'), (await readFile(path.join(policy, 'policy.yaml'), 'utf8')).replace('chapters: [definitions, collection]', `chapters: [definitions, collection, ${ids.join(', ')}]`));
    });
    expect((await refused(chapters, 'too-many-chapters')).error.line).toBe(25);
    const bytes = await attacked(async (policy) => {
      const names = ['a', 'b', 'c', 'd', 'e'];
      for (const name of names) await writeFile(path.join(policy, `chapters/${name}.md`), `## ${name} {#${name}}\n\n${'文字。\n'.repeat(25_000)}`);
      const file = path.join(policy, 'policy.yaml');
      const text = await readFile(file, 'utf8');
      await writeFile(file, text.replace('chapters: [definitions, collection]', `chapters: [definitions, collection, ${names.join(', ')}]`));
    });
    // 250 KB each: the third one crosses the total limit, the ones after it are refused too.
    const { errors } = await refused(bytes, 'policy-too-large');
    expect(errors.filter((e) => e.ruleId === 'policy-too-large').map((e) => e.file)).toEqual(['policy/chapters/c.md', 'policy/chapters/d.md', 'policy/chapters/e.md']);
  });

  it('the parser\'s work is bounded by lines and markup per text and in all, and by lines per YAML file', async () => {
    const lines = await attacked((policy) => writeFile(chapter(policy), `## 一 {#collection}\n\n${'一行。\n'.repeat(limits.markdownLines)}`));
    expect((await refused(lines, 'markdown-too-long')).error.line).toBe(limits.markdownLines + 2);
    const markup = await attacked((policy) => writeFile(chapter(policy), `## 一 {#collection}\n\n${`${':item{#phone}'.repeat(20)}\n`.repeat(limits.markdownMarkup / 20 + 1)}`));
    expect((await refused(markup, 'markdown-too-complex')).error.reason).toBe(`More than ${limits.markdownMarkup} Markdown markup characters (such as \`*\`, \`[\`, \`:\` and \`<\`) in one text`);
    const yaml = await attacked((policy) => writeFile(path.join(policy, 'rights.yaml'), `rights:\n${'  # 注释\n'.repeat(limits.yamlLines + 10)}`));
    expect((await refused(yaml, 'yaml-too-long')).error.line).toBe(limits.yamlLines + 1);
  });

  it('a file full of one mistake reports the first 200 and counts the rest, as an error', async () => {
    const dir = await attacked((policy) => writeFile(chapter(policy), `## 一 {#collection}\n\n${':item{#nope}\n\n'.repeat(500)}`));
    const { files } = await compilePolicy({ policyDir: 'policy', cwd: dir });
    const messages = files.find((f) => f.path === 'policy/chapters/collection.md')!.messages;
    expect(messages).toHaveLength(200);
    expect(messages.at(-1)).toMatchObject({ ruleId: 'too-many-messages', fatal: true, reason: '…and 301 more problems in this file, not shown' });
  });
});
