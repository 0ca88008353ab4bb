// What is bold in a chapter (src/diff/prose/emphasis.ts): read from the chapter's HTML; a chapter
// with no bold tag is read without parsing it, and must come out as the parse does.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boldFlags, emphasisOf } from '../../src/diff/prose/emphasis.ts';
import type { CompiledPolicy } from '../../src/model/index.ts';
import { root } from '../helpers.ts';

type Chapter = CompiledPolicy['chapters'][number];
const mark = '\ue000';

/** The definition: a character is bold when marked; a space when the nearest characters on both sides that are not spaces are. */
function definition(text: string, marked: string): boolean[] {
  const flags = Array.from(marked.replace(/\s+/g, '')).map((c) => c === mark);
  let k = 0;
  const out = Array.from(text, (c) => (/\s/.test(c) ? undefined : flags[k++] === true));
  return out.map((flag, n) => flag ?? (out.slice(0, n).findLast((f) => f !== undefined) === true && out.slice(n + 1).find((f) => f !== undefined) === true));
}

/** Every chapter of every archived version of the 蜜饯 policy. */
async function archivedChapters(): Promise<Chapter[]> {
  const versions = path.join(root, 'versions');
  const chapters: Chapter[] = [];
  for (const id of await readdir(versions)) chapters.push(...(JSON.parse(await readFile(path.join(versions, id, 'policy.json'), 'utf8')) as CompiledPolicy).chapters);
  return chapters;
}

describe('emphasis', () => {
  it('boldFlags follows its definition on any text: spaces between bold characters are bold, others not', () => {
    const char = fc.constantFrom('字', 'a', ' ', '\n', '，');
    fc.assert(
      fc.property(fc.array(fc.tuple(char, fc.boolean()), { maxLength: 40 }), (chars) => {
        const text = chars.map(([c]) => c).join('');
        const marked = chars.map(([c, bold]) => (bold && !/\s/.test(c) ? mark : c)).join('');
        expect(boldFlags(text, marked)).toEqual(definition(text, marked));
      }),
      { numRuns: 500 },
    );
  });

  it('a chapter without a bold tag reads as the parse reads it, for every archived chapter', async () => {
    const chapters = await archivedChapters();
    expect(chapters.length).toBeGreaterThan(10);
    expect(chapters.some((chapter) => !/<(strong|b)[\s/>]/i.test(chapter.html))).toBe(true);
    for (const chapter of chapters) {
      // An empty bold element adds no text but makes the HTML go through the parse.
      expect(emphasisOf({ ...chapter }), chapter.id).toEqual(emphasisOf({ ...chapter, html: `${chapter.html}<b hidden></b>` }));
    }
  });

  it('finds bold written in any case or with a line break inside the tag', () => {
    const chapter = (html: string): Chapter => ({ id: 'x', title: 'x', text: '我们会收集手机号码。', html } as Chapter);
    for (const html of ['<p>我们会收集<B>手机号码</B>。</p>', '<p>我们会收集<strong\nclass="sensitive">手机号码</strong>。</p>']) {
      expect(emphasisOf(chapter(html)).bold[0]!.filter(Boolean).length, html).toBe(4);
    }
    expect(emphasisOf(chapter('<p>我们会收集手机号码。</p>')).bold[0]!.some(Boolean)).toBe(false);
  });
});
