// Where every feed document lives, and how the feed documents refer to each other and to the
// pages: by URLs relative to the index (`feed/index.json`), covered by its signature. A client
// resolves them against the address it fetched the index from, so the feed needs no site address
// and works wherever the site is served (docs/app-clients.md).

import { urls } from '../model/urls.ts';

export interface FeedUrls {
  history: string;
  keys: string;
  version(id: string): string;
  html(id: string): string;
  /** The version's changes page (the redline against the release before). */
  changes(id: string): string;
  pdf(id: string): string;
}

/** Paths under the output folder (`dist/`), for the files the feed writes. */
export const feedPaths = {
  index: 'feed/index.json',
  signature: 'feed/index.json.sig',
  history: 'feed/history.json',
  keys: 'feed/keys.json',
  version: (id: string) => `feed/versions/${id}.json`,
} as const;

/** A site URL (`/versions/<id>/`) as a path under the output folder. */
const sitePath = (url: string) => url.slice(1);

/** The index's folder: every URL in the feed is relative to it. */
const indexFolder = 'feed/';

/** A path under the output folder, as a URL relative to the index. */
export function fromIndex(outputPath: string): string {
  return outputPath.startsWith(indexFolder) ? outputPath.slice(indexFolder.length) : `../${outputPath}`;
}

/** The URLs the feed documents carry, each relative to the index. */
export const feedUrls: FeedUrls = {
  history: fromIndex(feedPaths.history),
  keys: fromIndex(feedPaths.keys),
  version: (id) => fromIndex(feedPaths.version(id)),
  // The version's page, changes page and PDF, where the site's URL map puts them.
  html: (id) => fromIndex(sitePath(urls.version(id))),
  changes: (id) => fromIndex(sitePath(urls.changes(id))),
  pdf: (id) => fromIndex(sitePath(urls.pdf(id))),
};
