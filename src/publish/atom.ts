import type { ReleaseRecord } from '../model/generated/release.ts';
import { absolute, urls } from './urls.ts';
import { levelLabel } from './labels.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');


/** `/feed/changes.xml`: an Atom feed of the releases, newest first, for people who watch for changes. */
export function atomFeed(records: readonly ReleaseRecord[], options: { siteUrl: string; title: string }): string {
  const newest = [...records].reverse();
  const updated = newest[0] ? `${newest[0].updated}T00:00:00Z` : '1970-01-01T00:00:00Z';
  const entries = newest.map((r) => {
    const link = absolute(options.siteUrl, urls.changes(r.id));
    return [
      '  <entry>',
      `    <id>${escape(absolute(options.siteUrl, urls.version(r.id)))}</id>`,
      `    <title>${escape(`${options.title} ${r.id}（${levelLabel[r.level]}）`)}</title>`,
      `    <updated>${r.updated}T00:00:00Z</updated>`,
      `    <link rel="alternate" type="text/html" href="${escape(link)}"/>`,
      `    <summary>${escape(`${r.note}\n${r.summary.text}`)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>${escape(absolute(options.siteUrl, urls.atom))}</id>`,
    `  <title>${escape(`${options.title}：版本更新`)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escape(absolute(options.siteUrl, urls.atom))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escape(absolute(options.siteUrl, urls.versions))}"/>`,
    '  <author><name>PolicyPress</name></author>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
