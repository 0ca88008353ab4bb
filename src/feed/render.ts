import type { DocumentBytes, FeedOptions, FeedRelease, PublishedKey } from './types.ts';
import type { SigningKey } from './signing-key.ts';
import { digest } from './serialize.ts';
import { serializeJson } from '../util/json.ts';
import { feedPaths, feedUrls, fromIndex } from './urls.ts';
import { toInstant } from './time.ts';
import { buildVersionDocument } from './version-document.ts';
import { buildHistoryDocument } from './history-document.ts';
import { buildIndexDocument } from './index-document.ts';
import { buildKeysDocument } from './keys-document.ts';
import { signIndex } from './sign.ts';

export const defaultExpiresInDays = 14;

/**
 * Every feed file, by its path under the output folder. Pure: the same releases, options and key
 * give the same bytes. Inputs must already be checked (inputProblems).
 */
export function renderFeed(releases: readonly FeedRelease[], options: FeedOptions, keys: { signing?: SigningKey; published: readonly PublishedKey[] }): Map<string, string> {
  const urls = feedUrls;
  const files = new Map<string, string>();
  const bytes = (path: string, url: string, value: unknown): DocumentBytes => {
    const text = serializeJson(value);
    files.set(path, text);
    return { path, url, text, ...digest(text) };
  };

  const versions = new Map<string, DocumentBytes>();
  for (const release of releases) {
    versions.set(release.id, bytes(feedPaths.version(release.id), urls.version(release.id), buildVersionDocument(release, urls)));
  }
  const history = bytes(feedPaths.history, urls.history, buildHistoryDocument(releases, versions, urls));
  const index = bytes(feedPaths.index, fromIndex(feedPaths.index), buildIndexDocument({
    releases,
    versions,
    history,
    urls,
    serial: options.serial,
    generatedAt: toInstant(options.generatedAt)!,
    expiresInDays: options.expiresInDays ?? defaultExpiresInDays,
    signed: keys.signing !== undefined,
  }));
  bytes(feedPaths.keys, urls.keys, buildKeysDocument(keys.signing?.published, keys.published));
  if (keys.signing) files.set(feedPaths.signature, serializeJson(signIndex(index.text, keys.signing)));
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
