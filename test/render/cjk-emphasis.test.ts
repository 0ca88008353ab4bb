// Bold next to Chinese punctuation renders as bold, in every position editors write it; a run that
// still renders literally is a warning of `policy check` at its place.
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parseMarkdown } from '../../src/load/markdown.ts';
import { toHtml, toPlainText, toSanitizedHast } from '../../src/render/markdown.ts';
import { checkLiteralEmphasis, literalEmphasis } from '../../src/validate/emphasis.ts';
import { compilePolicy } from '../../src/compile/compile.ts';
import { formatReport } from '../../src/report/format.ts';
import { editorFor } from '../diff/scenario.ts';
import { copyRealPolicy, tempDir } from '../helpers.ts';

const punctuation = ['。', '，', '、', '：', '；', '！', '？', '（', '）', '「', '」', '“', '”', '《', '》'];

function html(markdown: string): string {
  return toHtml(toSanitizedHast(parseMarkdown(markdown)));
}

describe('CJK emphasis', () => {
  for (const p of punctuation) {
    it(`bold before and after ${p}`, () => {
      for (const source of [`前文${p}**加粗的文字**后文`, `前文**加粗的文字**${p}后文`, `前文**${p}加粗的文字**后文`, `前文**加粗的文字${p}**后文`, `前文${p}**${p}加粗${p}**${p}后文`]) {
        const out = html(source);
        expect(out, source).toMatch(/<strong>[^<]*加粗[^<]*<\/strong>/);
        expect(out, source).not.toContain('*');
        expect(literalEmphasis(parseMarkdown(source), source), source).toEqual([]);
      }
    });
  }

  it('at the start and the end of a line, and across a paragraph of the seed\'s shape', () => {
    expect(html('**如您不同意，请停止使用。**')).toBe('<p><strong>如您不同意，请停止使用。</strong></p>');
    expect(html('请您仔细阅读：\n**如您不同意，请停止使用。**\n谢谢。')).toBe('<p>请您仔细阅读：\n<strong>如您不同意，请停止使用。</strong>\n谢谢。</p>');
    expect(html('我们会收集您的**身份证号码。**')).toBe('<p>我们会收集您的<strong>身份证号码。</strong></p>');
    expect(html('…阅读本政策。**如您未满十四周岁，**请在监护人陪同下阅读。')).toContain('<strong>如您未满十四周岁，</strong>请在');
    expect(html('单星号*强调*与《*书名*》')).toBe('<p>单星号<em>强调</em>与《<em>书名</em>》</p>');
    expect(toPlainText(toSanitizedHast(parseMarkdown('前文。**如您…**后文')))).toBe('前文。如您…后文');
  });

  it('finds what still renders literally, but not an escape, code or a name with underscores', () => {
    const source = '未闭合的**加粗与*单星，以及__下划线__和 `a**b` 与 \\*号 与 READ_EXTERNAL_STORAGE。';
    const runs = literalEmphasis(parseMarkdown(source), source).map((r) => ({ run: r.run, at: source.slice(r.start, r.end), start: r.start }));
    expect(runs.map((r) => r.run)).toEqual(['**', '*', '__', '__']);
    expect(runs[0]!.start).toBe(source.indexOf('**'));
  });

  it('policy check warns at the run, with a hint, and the compiled text has no literal **', async () => {
    const { dir, cleanup } = await tempDir('policy-cjk-');
    try {
      const policyDir = await copyRealPolicy(dir);
      const editor = editorFor(policyDir);
      await editor.text('chapters/cookies.md', (t) => t.replace('借助于Cookie，', '借助于Cookie。**请注意，**网站能够**存储偏好，'));
      const { files, document } = await compilePolicy({ policyDir, cwd: dir });
      const report = formatReport(files);
      const line = report.split('\n').find((l) => l.includes('[literal-emphasis]'))!;
      const source = (await import('node:fs')).readFileSync(`${policyDir}/chapters/cookies.md`, 'utf8').split('\n')[4]!;
      expect(line).toBe(`policy/chapters/cookies.md:5:${source.lastIndexOf('**') + 1}: warning: \`**\` is shown as written: it opens or closes no bold [literal-emphasis]`);
      expect(report.split('\n').filter((l) => l.includes('[literal-emphasis]'))).toHaveLength(1);
      expect(document!.chapters.find((c) => c.id === 'cookies')!.html).toContain('<strong>请注意，</strong>');
    } finally {
      await cleanup();
    }
  });

  it('places a run by the line and column of its source', () => {
    const file = new VFile({ path: 'x.md' });
    const source = '第一行\n第二行有**一个';
    checkLiteralEmphasis(parseMarkdown(source), source, file);
    expect(file.messages.map((m) => `${m.line}:${m.column}`)).toEqual(['2:5']);
  });

  it('a definition\'s text is checked at its place in definitions.yaml', async () => {
    const { dir, cleanup } = await tempDir('policy-cjk-');
    try {
      const policyDir = await copyRealPolicy(dir);
      await editorFor(policyDir).text('definitions.yaml', (t) => t.replace('text: 指在实现日常业务功能', 'text: 指在**实现日常业务功能'));
      const { files } = await compilePolicy({ policyDir, cwd: dir });
      const line = formatReport(files).split('\n').find((l) => l.includes('[literal-emphasis]'))!;
      expect(line).toMatch(/^policy\/definitions\.yaml:14:13: warning: `\*\*` is shown as written/);
    } finally {
      await cleanup();
    }
  });
});
