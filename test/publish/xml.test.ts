// The Atom feed and the sitemap are built as trees: text that holds markup, and even an archived
// text holding control characters, gives well-formed XML that says exactly that text.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sax from 'sax';
import { describe, expect, it } from 'vitest';
import type { ReleaseRecord } from '../../src/model/generated/release.ts';
import { atomFeed } from '../../src/publish/atom.ts';
import { sitemap } from '../../src/publish/sitemap.ts';
import { root } from '../helpers.ts';

/** XML 1.0's `Char` production: what a well-formed document may hold at all. */
const notXmlChar = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

/** Parses strictly; returns the text of every element named `name`, or throws at the first error. */
function parse(xml: string, name: string): string[] {
  if (notXmlChar.test(xml)) throw new Error(`not XML: holds U+${xml.codePointAt(xml.search(notXmlChar))!.toString(16)}`);
  const parser = sax.parser(true);
  const texts: string[] = [];
  let inside = false;
  parser.onerror = (error) => {
    throw error;
  };
  parser.onopentag = (tag) => {
    inside = tag.name === name;
    if (inside) texts.push('');
  };
  parser.onclosetag = () => {
    inside = false;
  };
  parser.ontext = (text) => {
    if (inside) texts[texts.length - 1] += text;
  };
  parser.write(xml).close();
  return texts;
}

const record = JSON.parse(await readFile(path.join(root, 'versions/2021-10-13/release.json'), 'utf8')) as ReleaseRecord;

describe('XML outputs', () => {
  it('the Atom feed stays well-formed and says the note exactly, markup and control characters included', () => {
    const note = '更新</summary><script>alert(1)</script>]]>&amp; \x01\x1b[2J 结束';
    const atom = atomFeed([{ ...record, note }], { site: new URL('https://privacy.example/'), title: '标题<&>"' });
    const summaries = parse(atom, 'summary');
    expect(summaries).toEqual([`${note.replace(/[\x01\x1b]/g, '\ufffd')}\n${record.summary.text}`]);
    expect(parse(atom, 'title')[0]).toBe('标题<&>"：版本更新');
    expect(atom).not.toContain('<script>');
  });

  it('the sitemap escapes its addresses', () => {
    const xml = sitemap(new URL('https://privacy.example/'), ['/', '/a&b/<c>/']);
    expect(parse(xml, 'loc')).toEqual(['https://privacy.example/', 'https://privacy.example/a&b/%3Cc%3E/']);
  });
});
