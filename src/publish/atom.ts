import { x } from 'xastscript';
import type { ReleaseRecord } from '../model/generated/release.ts';
import { urls } from '../model/urls.ts';
import { levelLabel } from '../model/labels.ts';
import { indented, xmlDocument } from './xml.ts';
import { sha256 } from '../util/hash.ts';

/**
 * A permanent Atom id from a release record's sha256, as a name-based UUID (RFC 9562, version 8):
 * it never changes, whatever address the site is later published at.
 */
export function atomId(sha256: string): string {
  const hex = sha256.slice(0, 32).split('');
  hex[12] = '8';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * `/feed/changes.xml`: an Atom feed of the releases, newest first, for people who watch for
 * changes. With the site's address its links are absolute; without one they are relative to the
 * site's root, which Atom readers resolve against the feed's own address. Built as an xast tree.
 */
export function atomFeed(records: readonly ReleaseRecord[], options: { site: URL | undefined; title: string }): string {
  const link = (path: string) => (options.site ? new URL(path, options.site).href : path);
  const newest = [...records].reverse();
  const updated = newest[0] ? `${newest[0].updated}T00:00:00Z` : '1970-01-01T00:00:00Z';
  const entries = newest.map((r) =>
    x('entry', indented([
      x('id', atomId(r.sha256)),
      x('title', `${options.title} ${r.id}（${levelLabel[r.level]}）`),
      x('updated', `${r.updated}T00:00:00Z`),
      x('link', { rel: 'alternate', type: 'text/html', href: link(urls.changes(r.id)) }),
      x('summary', `${r.note}\n${r.summary.text}`),
    ], 2)),
  );
  // The feed's id: from the first release, which every later archive keeps (not that entry's own id).
  const first = records[0];
  const feedId = first ? atomId(sha256(`policy-press/atom-feed\0${first.sha256}`)) : atomId('0'.repeat(64));
  return xmlDocument(
    x('feed', { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'zh-CN' }, indented([
      x('id', feedId),
      x('title', `${options.title}：版本更新`),
      x('updated', updated),
      x('link', { rel: 'self', type: 'application/atom+xml', href: link(urls.atom) }),
      x('link', { rel: 'alternate', type: 'text/html', href: link(urls.versions) }),
      x('author', [x('name', 'PolicyPress')]),
      ...entries,
    ])),
  );
}
