// One placeholder mark (src/model/placeholder.ts) for `policy init` and `policy import`: the facts an
// imported text does not state are written as 【待填写：…】, which `policy check` warns at, each at
// its place, and `policy release` refuses, exactly as in a scaffold.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compilePolicy } from '../../src/compile/compile.ts';
import { importPolicy } from '../../src/import/import.ts';
import { placeholderPattern } from '../../src/model/placeholder.ts';
import { createRelease } from '../../src/release/create.ts';
import { collectMessages } from '../../src/report/format.ts';
import { tempDir } from '../helpers.ts';

const { dir, cleanup } = await tempDir('policy-import-placeholders-');
afterAll(cleanup);

describe('an imported policy whose text leaves facts out', () => {
  // No title, controller, contact or storage location: only a date and one chapter.
  const text = '更新日期：2024年1月2日\n\n一、我们如何收集和使用您的个人信息\n\n我们收集您的手机号。\n';

  it('holds a placeholder for each, which check warns at, at its line and column, and release refuses', async () => {
    const input = path.join(dir, 'policy.txt');
    await writeFile(input, text);
    const { file } = await importPolicy({ input, out: 'policy', cwd: dir });
    expect(file.messages.filter((m) => m.fatal)).toEqual([]);
    expect(file.messages.filter((m) => m.ruleId === 'import-fact-missing').length).toBeGreaterThanOrEqual(5);

    const yaml = await readFile(path.join(dir, 'policy/policy.yaml'), 'utf8');
    const written = yaml.split('\n').flatMap((line, i) => (line.trimStart().startsWith('#') ? [] : [...line.matchAll(placeholderPattern)].map((m) => `policy/policy.yaml:${i + 1}:${m.index + 1}`)));
    expect(written.length).toBeGreaterThanOrEqual(6);

    const { files, document } = await compilePolicy({ policyDir: 'policy', cwd: dir });
    expect(document).toBeDefined();
    const warned = collectMessages(files).filter((m) => m.ruleId === 'placeholder');
    expect(warned.every((m) => !m.fatal)).toBe(true);
    expect(warned.filter((m) => m.file === 'policy/policy.yaml').map((m) => `${m.file}:${m.line}:${m.column}`)).toEqual(written);

    const refused = await createRelease({ id: '2024-01-02', note: '首次发布', rulings: new Map(), highRisk: false, versionsDir: path.join(dir, 'versions'), policyDir: path.join(dir, 'policy') });
    expect(refused.record).toBeUndefined();
    const errors = collectMessages(refused.files).filter((m) => m.fatal);
    expect(errors.length).toBeGreaterThanOrEqual(written.length);
    expect(errors.every((m) => m.ruleId === 'placeholder')).toBe(true);
    expect(await readdir(path.join(dir, 'versions')).catch(() => [])).toEqual([]);
  });
});
