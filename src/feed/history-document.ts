import type { DocumentBytes, FeedHistory, FeedRelease } from './types.ts';
import type { FeedUrls } from './urls.ts';

/**
 * `/feed/history.json`: every release, newest first. It depends only on the releases (no build
 * time), so its bytes, and the sha256 the index carries, change only when a release is added.
 */
export function buildHistoryDocument(releases: readonly FeedRelease[], versions: ReadonlyMap<string, DocumentBytes>, urls: FeedUrls): FeedHistory {
  const newestFirst = [...releases].reverse();
  return {
    format: 'policy-press/feed-history@1',
    releases: newestFirst.map(({ record }) => {
      const version = versions.get(record.id)!;
      return {
        id: record.id,
        previous: record.previous?.id ?? null,
        updated: record.updated,
        effective: record.effective,
        level: record.level,
        categories: record.categories,
        consentEpoch: record.consentEpoch,
        note: record.note,
        url: version.url,
        sha256: version.sha256,
        length: version.length,
        html: urls.html(record.id),
      };
    }) as FeedHistory['releases'],
  };
}
