// `policy init`: the scaffold is a complete policy repository on today's source model; `check` finds
// nothing but its placeholders, each at its place; `release` refuses them; nothing is overwritten.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scaffold } from '../../src/init/scaffold.ts';
import { compilePolicy } from '../../src/compile/compile.ts';
import { collectMessages } from '../../src/report/format.ts';
import { createRelease } from '../../src/release/create.ts';
import { checkPlaceholders } from '../../src/validate/placeholders.ts';
import { VFile } from 'vfile';
import { tempDir } from '../helpers.ts';

describe('policy init', () => {
  it('writes a whole repository whose policy has no problem but its placeholders, each warned at its place', async () => {
    const work = await tempDir('policy-init-');
    try {
      const { created, kept } = await scaffold(work.dir, { today: '2026-01-05' });
      expect(kept).toEqual([]);
      expect(created).toEqual(expect.arrayContaining(['package.json', 'astro.config.mjs', '.gitignore', 'README.md', '.github/workflows/publish.yml', 'policy/policy.yaml', 'policy/sdks.yaml']));
      // GB/T 35273-2020 附录D's nine chapters, in its order, after the preamble.
      const chapters = await Promise.all(['collection', 'cookies', 'sharing', 'protection', 'rights', 'minors', 'cross-border', 'updates', 'contact'].map((id) => readFile(path.join(work.dir, 'policy/chapters', `${id}.md`), 'utf8')));
      expect(chapters.map((text) => text.split(' {#')[0]!.replace(/^### /, ''))).toEqual([
        '一、我们如何收集和使用您的个人信息', '二、我们如何使用Cookie和同类技术', '三、我们如何共享、转让、公开披露您的个人信息', '四、我们如何保护您的个人信息',
        '五、您的权利', '六、我们如何处理儿童的个人信息', '七、您的个人信息如何在全球范围转移', '八、本政策如何更新', '九、如何联系我们',
      ]);
      const pkg = JSON.parse(await readFile(path.join(work.dir, 'package.json'), 'utf8'));
      expect(pkg.dependencies['policy-press']).toMatch(/^\^\d+\.\d+\.\d+/);
      expect(await readFile(path.join(work.dir, 'policy/policy.yaml'), 'utf8')).toContain('updated: 2026-01-05');
      expect(await readFile(path.join(work.dir, '.github/workflows/publish.yml'), 'utf8')).toContain('node-version: 22');

      const { files, document } = await compilePolicy({ policyDir: 'policy', cwd: work.dir });
      const messages = collectMessages(files);
      expect(messages.filter((m) => m.ruleId !== 'placeholder').map((m) => `${m.file}:${m.line}:${m.column} ${m.reason}`)).toEqual([]);
      expect(document).toBeDefined();
      // Each warning points at a placeholder.
      expect(messages.length).toBeGreaterThan(10);
      for (const m of messages) {
        const line = (await readFile(path.join(work.dir, m.file!), 'utf8')).split('\n')[m.line! - 1]!;
        expect(line.slice(m.column! - 1), `${m.file}:${m.line}:${m.column}`).toMatch(/^【待填写：/);
      }

      const refused = await createRelease({ id: '2026-01-05', note: '首次发布', rulings: new Map(), highRisk: false, versionsDir: path.join(work.dir, 'versions'), policyDir: path.join(work.dir, 'policy') });
      expect(refused.record).toBeUndefined();
      expect(collectMessages(refused.files).every((m) => m.ruleId === 'placeholder' && m.fatal === true)).toBe(true);
      expect(await readdir(path.join(work.dir, 'versions'))).toEqual([]);
    } finally {
      await work.cleanup();
    }
  });

  it('never overwrites a file of the folder', async () => {
    const work = await tempDir('policy-init-');
    try {
      await mkdir(path.join(work.dir, 'policy'));
      await writeFile(path.join(work.dir, 'README.md'), 'ours\n');
      await writeFile(path.join(work.dir, 'policy/policy.yaml'), 'ours: true\n');
      const { kept } = await scaffold(work.dir);
      expect(kept).toEqual(['README.md', 'policy/policy.yaml']);
      expect(await readFile(path.join(work.dir, 'README.md'), 'utf8')).toBe('ours\n');
      expect(await readFile(path.join(work.dir, 'policy/policy.yaml'), 'utf8')).toBe('ours: true\n');
      expect((await scaffold(work.dir)).created).toEqual([]);
      await writeFile(path.join(work.dir, 'file'), '');
      await expect(scaffold(path.join(work.dir, 'file'))).rejects.toThrow(/is not a folder/);
    } finally {
      await work.cleanup();
    }
  });
});

describe('placeholders', () => {
  it('are found in YAML values and Markdown text with their line and column, not in YAML comments', () => {
    const yaml = new VFile({ path: 'policy/policy.yaml', value: '# 【待填写：not this one】\nproduct: 【待填写：产品名称】\ntitle: 示例 # 【待填写：nor this】\naddress: "【待填写：地址】"\n' });
    const markdown = new VFile({ path: 'policy/chapters/a.md', value: '### 一、标题 {#a}\n\n正文【待填写：说明】，以及【待填写: 另一处】。\n\n【未填写：不是占位符】【待填写】\n' });
    checkPlaceholders([yaml, markdown]);
    expect(yaml.messages.map((m) => `${m.line}:${m.column} ${m.reason}`)).toEqual(['2:10 Placeholder `【待填写：产品名称】` is still to be filled in', '4:11 Placeholder `【待填写：地址】` is still to be filled in']);
    // A bare 【待填写】 is the same mark, saying nothing of what goes there.
    expect(markdown.messages.map((m) => `${m.line}:${m.column}`)).toEqual(['3:3', '3:14', '5:12']);
    expect(markdown.messages[2]!.note).toMatch(/^Write in its place what it asks for \(the real text\)/);
    expect(markdown.messages.every((m) => m.ruleId === 'placeholder' && !m.fatal && m.note?.includes('policy release'))).toBe(true);
  });
});
