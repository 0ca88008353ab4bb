// `policy import` on input it must refuse or clean, and on output folders it must not touch:
// every refusal is an error with a rule id at a place (or a refusal with a hint), and nothing is
// written. Input meant to fool the compiler (raw HTML, script links, directive syntax) comes out
// as plain text.
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compilePolicy } from '../../src/compile/compile.ts';
import { importPolicy } from '../../src/import/import.ts';
import { ImportError } from '../../src/import/messages.ts';
import { limits } from '../../src/load/limits.ts';
import { formatReport } from '../../src/report/format.ts';
import { hasErrors } from '../../src/report/messages.ts';
import { tempDir } from '../helpers.ts';

const { dir, cleanup } = await tempDir('policy-import-bad-');
afterAll(cleanup);
let n = 0;

const body = '蜜桃隐私政策\n\n更新日期：2024年1月2日\n\n一、我们如何收集和使用您的个人信息\n\n我们收集您的手机号。\n';

/** Imports `content` written to a file of that name; the result and the output folder. */
async function run(name: string, content: string | Buffer, options: { updated?: string } = {}) {
  const input = path.join(dir, `${n}-${name}`);
  const out = path.join(dir, `out-${n++}`);
  await writeFile(input, content);
  const result = await importPolicy({ input, out, cwd: dir, ...options });
  const written = await readdir(out).catch(() => undefined);
  return { result, out, written, rules: result.file.messages.map((m) => m.ruleId), errors: result.file.messages.filter((m) => m.fatal) };
}

describe('input that cannot be imported', () => {
  const cases: Array<[string, string | Buffer, string, { line: number; column: number }?]> = [
    ['gbk.txt', Buffer.concat([Buffer.from('隐私政策\n第二行'), Buffer.from([0xd2, 0xfe, 0xcb, 0xbd])]), 'import-not-utf8', { line: 2, column: 4 }],
    ['utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('隐私政策', 'utf16le')]), 'import-utf16'],
    ['nul.txt', Buffer.from('隐私政策\u0000更多'), 'import-binary'],
    ['policy.pdf.txt', Buffer.from('%PDF-1.7\n...'), 'import-binary'],
    ['policy.docx', Buffer.from('PK\u0003\u0004rest of a zip'), 'import-binary'],
    ['empty.txt', '', 'import-empty'],
    ['blank.md', '\n  \n\t\n', 'import-empty'],
    ['bidi.txt', `${body}我们不会\u202e出售\u202c您的信息。\n`, 'import-forbidden-character', { line: 8, column: 5 }],
    ['escape.txt', `${body}终端\u001b[31m红字\n`, 'import-forbidden-character', { line: 8, column: 3 }],
    ['long.txt', `${body}${'很长'.repeat(limits.lineLength)}\n`, 'import-line-too-long', { line: 8, column: limits.lineLength + 1 }],
    ['huge.txt', 'a'.repeat(limits.totalBytes + 1), 'import-too-large'],
  ];
  for (const [name, content, rule, place] of cases) {
    it(`${name}: ${rule}${place ? ` at ${place.line}:${place.column}` : ''}, and nothing written`, async () => {
      const { result, written, errors } = await run(name, content);
      expect(result.report).toBeUndefined();
      expect(errors.map((m) => m.ruleId)).toContain(rule);
      expect(errors[0]!.note).toBeTruthy();
      if (place) expect({ line: errors[0]!.line, column: errors[0]!.column }).toEqual(place);
      expect(written).toBeUndefined();
    });
  }

  it('a folder, a missing file and a FIFO are refused by name', async () => {
    const folder = path.join(dir, 'a-folder');
    await mkdir(folder);
    for (const [input, rule] of [[folder, 'import-not-regular'], [path.join(dir, 'nothing.txt'), 'import-missing-input']] as const) {
      const result = await importPolicy({ input, out: path.join(dir, `out-${n++}`), cwd: dir });
      expect(result.file.messages.map((m) => m.ruleId)).toEqual([rule]);
    }
    const fifo = path.join(dir, 'fifo.txt');
    if (spawnSync('mkfifo', [fifo]).status === 0) {
      const result = await importPolicy({ input: fifo, out: path.join(dir, `out-${n++}`), cwd: dir });
      expect(result.file.messages.map((m) => [m.ruleId, m.reason])).toEqual([['import-not-regular', 'The input is a FIFO (named pipe), not a regular file']]);
    }
  });

  it('a text that states no update date is refused with the option that gives one, and imported with it', async () => {
    await expect(run('undated.txt', body.replace('更新日期：2024年1月2日\n\n', ''))).rejects.toThrow(ImportError);
    await expect(run('undated.txt', body.replace('更新日期：2024年1月2日\n\n', ''))).rejects.toMatchObject({ ruleId: 'import-no-update-date', hint: expect.stringContaining('--updated') });
    const { result } = await run('undated.txt', body.replace('更新日期：2024年1月2日\n\n', ''), { updated: '2024-05-06' });
    expect(result.report!.facts.updated).toBe('2024-05-06');
  });
});

describe('input cleaned on the way in', () => {
  it('invisible characters are removed with one warning; the text reads the same', async () => {
    const { result, out } = await run('zwsp.txt', `\ufeff${body.replace('手机号', '手\u200b机\u00ad号')}`);
    expect(result.report).toBeDefined();
    expect(result.file.messages.filter((m) => m.ruleId === 'import-invisible-removed')).toHaveLength(1);
    const chapter = await readFile(path.join(out, 'chapters/collection.md'), 'utf8');
    expect(chapter).toContain('我们收集您的手机号。');
  });

  it('Windows and old Mac line endings are line endings', async () => {
    const { result } = await run('crlf.txt', body.replace(/\n/g, '\r\n').replace('我们收集', '我们\r收集'));
    expect(result.report!.lines).toEqual({ total: 5, kept: 5 });
  });

  it('an effective date before the update date is left out, with a warning', async () => {
    const { result } = await run('dates.txt', body.replace('更新日期：2024年1月2日', '更新日期：2024年1月2日\n\n生效日期：2023年12月1日'));
    expect(result.report!.facts.effective).toBeUndefined();
    expect(result.file.messages.map((m) => m.ruleId)).toContain('import-effective-before-update');
  });
});

describe('input meant to fool the compiler', () => {
  it('raw HTML, script links and directive syntax in Markdown come out as text, and pass check', async () => {
    const markdown = [
      '# 攻击隐私政策', '', '更新日期：2024年1月2日', '', '## 一、我们如何收集和使用您的个人信息', '',
      '<script>alert(1)</script>', '', '点击[这里](javascript:alert(1))或<img src=x onerror=alert(1)>。', '',
      ':::warning', '容器', ':::', '', '::sdk-table', '', '文字 :policy{#controller.name} 与 :contact{#email}', '',
      '## 二、联系 {#top}', '', '<a href="https://evil.example" onclick="steal()">链接</a>', '',
    ].join('\n');
    const { result, out } = await run('attack.md', markdown);
    expect(result.report, formatReport([result.file])).toBeDefined();
    const compiled = await compilePolicy({ policyDir: out, cwd: dir });
    expect(hasErrors(compiled.files), formatReport(compiled.files)).toBe(false);
    const html = compiled.document!.chapters.map((c) => c.html).join('\n');
    expect(html).not.toMatch(/<script|<img|onerror|onclick|javascript:/);
    expect(compiled.document!.text).toContain('::sdk-table');
    expect(compiled.document!.text).toContain(':policy{#controller.name} 与 :contact{#email}');
    expect(compiled.document!.text).toContain(':::warning');
    // The heading's `{#top}` is its text; its id is the import's own.
    expect(compiled.document!.chapters.flatMap((c) => c.headings.map((h) => h.id))).not.toContain('top');
  });
});

describe('the output folder', () => {
  it('is never written into when it holds anything; an empty one is filled', async () => {
    const out = path.join(dir, 'taken');
    await mkdir(out);
    await writeFile(path.join(out, 'notes.txt'), '我的文件');
    const input = path.join(dir, 'ok.txt');
    await writeFile(input, body);
    await expect(importPolicy({ input, out, cwd: dir })).rejects.toMatchObject({ ruleId: 'import-out-not-empty' });
    expect(await readdir(out)).toEqual(['notes.txt']);
    expect(await readFile(path.join(out, 'notes.txt'), 'utf8')).toBe('我的文件');
    await writeFile(path.join(dir, 'a-file'), 'x');
    await expect(importPolicy({ input, out: path.join(dir, 'a-file'), cwd: dir })).rejects.toMatchObject({ ruleId: 'import-out-not-folder' });
    const empty = path.join(dir, 'empty');
    await mkdir(empty);
    expect((await importPolicy({ input, out: empty, cwd: dir })).report).toBeDefined();
    // No temporary folder is left beside it.
    expect((await readdir(dir)).filter((name) => name.includes('.import-'))).toEqual([]);
  });
});
