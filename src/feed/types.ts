// The feed's inputs and outputs. Document shapes come from the schemas (src/model/generated/).
import type { CompiledPolicy } from '../model/generated/compiled-policy.ts';
import type { ReleaseRecord } from '../model/generated/release.ts';
import type { FeedIndex } from '../model/generated/feed-index.ts';
import type { FeedHistory } from '../model/generated/feed-history.ts';
import type { FeedVersion } from '../model/generated/feed-version.ts';
import type { FeedKeys } from '../model/generated/feed-keys.ts';
import type { FeedSignature } from '../model/generated/feed-signature.ts';

export type { FeedIndex, FeedHistory, FeedVersion, FeedKeys, FeedSignature };
export type PublishedKey = FeedKeys['keys'][number];
export type HistoryEntry = FeedHistory['releases'][number];

/** One released version as the archive holds it (the shape `readArchive` returns), oldest first. */
export interface FeedRelease {
  id: string;
  record: ReleaseRecord;
  document: CompiledPolicy;
}

/** What every feed document is built from, besides the releases. */
export interface FeedOptions {
  /** The absolute URL the site is published at (https; http only on a loopback host, for a preview). */
  baseUrl: string;
  /** Build time (ISO 8601): SOURCE_DATE_EPOCH, else the commit time, so the output is reproducible. */
  generatedAt: string;
  /** Never decreases from one publish to the next; by default SOURCE_DATE_EPOCH in seconds. */
  serial: number;
  /** Days after `generatedAt` when clients stop trusting the index (default 14). */
  expiresInDays?: number;
}

/** The documents' bytes before signing, and what the index needs to point at them. */
export interface DocumentBytes {
  path: string;
  url: string;
  text: string;
  sha256: string;
  length: number;
}
