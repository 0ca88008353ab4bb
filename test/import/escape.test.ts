// Text written as Markdown by `policy import` reads back as the same text through the compiler's
// own parser, whatever characters it holds: checked on random text, and end to end on random
// lines imported and compiled.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { toString } from 'mdast-util-to-string';
import { VFile } from 'vfile';
import { afterAll, describe, expect, it } from 'vitest';
import { compilePolicy } from '../../src/compile/compile.ts';
import type { Inline } from '../../src/import/blocks.ts';
import { headingMarkdown, paragraphMarkdown } from '../../src/import/escape.ts';
import { importPolicy } from '../../src/import/import.ts';
import { parseMarkdown } from '../../src/load/markdown.ts';
import { missingInOrder, tempDir } from '../helpers.ts';

/** Characters Markdown, directives and emphasis give meaning to, beside text. */
const pieces = ['*', '**', '_', '__', '[', ']', '(', ')', '<', '>', '&', '&amp;', '&#x41;', '#', ':', '::', ':::', '\\', '`', '!', '|', '-', '+', '=', '~', '{', '}', '{#id}', '1.', '2)', ' ', '中文', '：', '。', 'a', 'Z9', 'https://x.example/', 'http://y', 'x@y.example', ':item{#phone}'];
const line = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 24 }).map((parts) => parts.join('').trim()).filter((s) => s !== '');
const at = { line: 1, column: 1 };

describe('escaping', () => {
  it('a paragraph of any such text reads back as that text', () => {
    fc.assert(
      fc.property(line, (value) => {
        const markdown = paragraphMarkdown([{ type: 'text', value }], new VFile(), at);
        const tree = parseMarkdown(markdown);
        expect(tree.children).toHaveLength(1);
        expect(toString(tree)).toBe(value);
      }),
      { numRuns: 400 },
    );
  });

  it('bold and links around such text keep their text (bold dropped only where Markdown cannot read it)', () => {
    fc.assert(
      fc.property(line, line, line, (a, b, c) => {
        const inline: Inline[] = [{ type: 'text', value: a }, { type: 'strong', children: [{ type: 'text', value: b }] }, { type: 'link', url: 'https://example.com/p', children: [{ type: 'text', value: c }] }];
        const file = new VFile();
        const tree = parseMarkdown(paragraphMarkdown(inline, file, at));
        expect(toString(tree)).toBe(a + b + c);
      }),
      { numRuns: 200 },
    );
  });

  it('a heading of any such text keeps it, before its id', () => {
    fc.assert(
      fc.property(line, (value) => {
        const tree = parseMarkdown(headingMarkdown([{ type: 'text', value }], 3, 'x-1'));
        expect(tree.children[0]!.type).toBe('heading');
        expect(toString(tree)).toBe(`${value} {#x-1}`);
      }),
      { numRuns: 200 },
    );
  });

  it('escapes only what would be markup: Chinese prose and URLs stay as written', () => {
    const value = '我们会收集您的设备信息（包括IMEI、MAC地址），详见https://example.com/a_b?c=1。READ_EXTERNAL_STORAGE权限';
    expect(paragraphMarkdown([{ type: 'text', value }], new VFile(), at)).toBe(value);
  });
});

describe('random lines imported and compiled', async () => {
  const { dir, cleanup } = await tempDir('policy-import-escape-');
  afterAll(cleanup);
  let n = 0;
  it('every line is in the compiled text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 8 }), async (lines) => {
        const input = path.join(dir, `${n}.txt`);
        await writeFile(input, ['随机隐私政策', '更新日期：2024年1月2日', '一、我们如何收集和使用您的个人信息', ...lines].join('\n'));
        const out = path.join(dir, `out-${n++}`);
        const result = await importPolicy({ input, out, cwd: dir });
        expect(result.report?.check.errors).toBe(0);
        const { document } = await compilePolicy({ policyDir: out, cwd: dir });
        expect(missingInOrder(lines.map((l) => l.replace(/\s+/g, '')), document!.text.replace(/\s+/g, ''))).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});
