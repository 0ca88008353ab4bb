// The feed's URLs are relative to the index (docs/app-clients.md): every one of them, in every
// feed document, is resolved against the address the index was fetched from. Resolution follows
// RFC 3986 §5.2 by hand rather than with `new URL`, whose React Native implementation is partial.
import type { FeedHistory, FeedIndex, FeedVersion } from './types.ts';
import { FeedRefusal } from './refusal.ts';

const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/** RFC 3986 §5.2.4: `a/./b/../c` → `a/c`; never above the root. */
function removeDotSegments(path: string): string {
  const segments = path.split('/');
  const out: string[] = [];
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === '.' || segment === '..') {
      if (segment === '..' && out.length > 1) out.pop();
      if (last) out.push('');
      return;
    }
    out.push(segment);
  });
  return out.join('/');
}

/** `reference` resolved against the absolute URL `base`; an absolute reference is returned as it is. */
export function resolveUrl(reference: string, base: string): string {
  if (scheme.test(reference)) return reference;
  const parts = /^([A-Za-z][A-Za-z0-9+.-]*:)(\/\/[^/?#]*)?([^?#]*)(\?[^#]*)?/.exec(base);
  if (!parts) throw new TypeError(`Not an absolute URL: ${base}`);
  const [, protocol, authority = '', basePath = '', baseQuery = ''] = parts;
  if (reference.startsWith('//')) return protocol + reference;
  const [, path = '', query = '', fragment = ''] = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(reference)!;
  if (path === '') return protocol + authority + basePath + (query || baseQuery) + fragment;
  const merged = path.startsWith('/') ? path : (authority && basePath === '' ? '/' : basePath.slice(0, basePath.lastIndexOf('/') + 1)) + path;
  return protocol + authority + removeDotSegments(merged) + query + fragment;
}

/** The index with every URL absolute. */
export function resolveIndexUrls(index: FeedIndex, indexUrl: string): FeedIndex {
  const at = (url: string) => resolveUrl(url, indexUrl);
  const { current, latestMaterial } = index;
  return {
    ...index,
    current: { ...current, url: at(current.url), html: at(current.html), pdf: at(current.pdf) },
    latestMaterial: latestMaterial && { ...latestMaterial, url: at(latestMaterial.url), html: at(latestMaterial.html) },
    history: { ...index.history, url: at(index.history.url) },
    keys: { ...index.keys, url: at(index.keys.url) },
  };
}

/** The history with every URL absolute. */
export function resolveHistoryUrls(history: FeedHistory, indexUrl: string): FeedHistory {
  const releases = history.releases.map((release) => ({ ...release, url: resolveUrl(release.url, indexUrl), html: resolveUrl(release.html, indexUrl) }));
  return { ...history, releases: releases as FeedHistory['releases'] };
}

/** A version document with every URL absolute: its links, and those of its pop-ups. */
export function resolveVersionUrls(version: FeedVersion, indexUrl: string): FeedVersion {
  const at = (url: string) => resolveUrl(url, indexUrl);
  const { links } = version;
  const previous = links.previous && { ...links.previous, url: at(links.previous.url), html: at(links.previous.html), pdf: at(links.previous.pdf) };
  type PopupLinks = NonNullable<FeedVersion['dialog']['links']>;
  const popupLinks = (l: PopupLinks | undefined): PopupLinks | undefined => l && { ...l, policy: at(l.policy), pdf: at(l.pdf), changes: l.changes.map((c) => ({ ...c, url: at(c.url) })) };
  const withLinks = <T extends { links?: PopupLinks }>(dialog: T): T => (dialog.links ? { ...dialog, links: popupLinks(dialog.links) } : dialog);
  return {
    ...version,
    links: { ...links, html: at(links.html), pdf: at(links.pdf), previous },
    ...(version.dialog ? { dialog: withLinks(version.dialog) } : {}),
    ...(version.welcome ? { welcome: withLinks(version.welcome) } : {}),
  };
}

/** Resolves a document's URLs; a document whose URLs are not text is malformed. */
export function withAbsoluteUrls<T>(resolve: (document: T, indexUrl: string) => T, document: T, indexUrl: string, what: string): T {
  try {
    return resolve(document, indexUrl);
  } catch {
    throw new FeedRefusal('malformed', `${what} has a URL that is not text.`, indexUrl);
  }
}
