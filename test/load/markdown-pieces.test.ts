// The Markdown of a text is parsed in pieces that start at headings (src/load/markdown.ts), each
// remembered by its text: the tree must be exactly the one parse of the whole text gives, for
// every text the repository holds and for texts drawn from every construct that could reach
// across a cut (lists, quotes, indented code, directive containers, fences, HTML, definitions).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseMarkdown, parseWhole, pieceStarts } from '../../src/load/markdown.ts';
import { markdownLimitProblem } from '../../src/load/markdown-limits.ts';
import { root } from '../helpers.ts';

async function markdownUnder(dir: string): Promise<string[]> {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.md')).map((e) => path.join(e.parentPath, e.name));
}

const lines = [
  '# 标题', '## 第二节 {#second}', '###### 六', '#不是标题', '    # 缩进的代码', '', '', ' \t', '\u3000',
  '正文段落，**强调，**之后。', '- 列表项', '  - 嵌套', '1. 编号', '   续行', '> 引用', '> # 引用里的标题', '懒惰的续行',
  ':::note', ':::', '::::outer', '::::', ':::note{#x .y}', '::sdk-table', ':term[个人信息]', '    缩进代码',
  '```', '~~~', '[ref]: https://example.com', '[链接][ref]', '<!-- 注释', '-->', '<div>', '</div>', '---', '===', '***',
  '\t# 制表符', '|a|b|', '*', '  ', 'text<br>', '<https://example.com>',
];

describe('Markdown parsed in pieces', () => {
  it('gives the whole parse for every Markdown file in policy/, examples/, docs/ and test/fixtures/', async () => {
    const files = (await Promise.all(['policy', 'examples', 'docs', 'test/fixtures'].map(markdownUnder))).flat();
    expect(files.length).toBeGreaterThan(20);
    let cut = 0;
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      // A text past the limits is never parsed (load/ refuses it first).
      if (markdownLimitProblem(text)) continue;
      if (pieceStarts(text).length > 0) cut++;
      expect(parseMarkdown(text), file).toEqual(parseWhole(text));
    }
    // The policy's own chapters are cut: the cache is what makes an edit cheap.
    expect(cut).toBeGreaterThan(5);
  });

  it('gives the whole parse for texts drawn from constructs that reach across lines', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...lines), { maxLength: 40 }), fc.boolean(), (drawn, trailing) => {
        const text = drawn.join('\n') + (trailing ? '\n' : '');
        expect(parseMarkdown(text)).toEqual(parseWhole(text));
      }),
      { numRuns: 400 },
    );
  });

  it('cuts before a heading after a blank line, never inside a directive container or a text with a fence', () => {
    const at = (text: string, ...headings: string[]) => headings.map((heading) => text.indexOf(heading));
    const two = '段落\n\n# 一\n正文\n\n## 二\n';
    expect(pieceStarts(two)).toEqual(at(two, '# 一', '## 二'));
    expect(pieceStarts('段落\n# 紧接\n')).toEqual([]);
    const inside = ':::note\n\n# 里面\n:::\n\n# 外面\n';
    expect(pieceStarts(inside)).toEqual(at(inside, '# 外面'));
    expect(pieceStarts('::::outer\n:::\n\n# 仍在里面\n::::\n')).toEqual([]);
    expect(pieceStarts('段落\n\n# 一\n\n```\n\n# 二\n```\n')).toEqual([]);
  });

  it('returns a tree the caller may change', () => {
    const text = '# 一\n\n段落\n\n## 二\n\n段落\n';
    const first = parseMarkdown(text);
    first.children.length = 0;
    expect(parseMarkdown(text)).toEqual(parseWhole(text));
  });
});
