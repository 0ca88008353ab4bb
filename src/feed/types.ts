// The feed's inputs and outputs. Document shapes come from the schemas (src/model/generated/).
import type { FeedIndex } from '../model/generated/feed-index.ts';
import type { FeedHistory } from '../model/generated/feed-history.ts';
import type { FeedVersion } from '../model/generated/feed-version.ts';
import type { FeedKeys } from '../model/generated/feed-keys.ts';
import type { FeedSignature } from '../model/generated/feed-signature.ts';
import type { Release } from '../release/archive.ts';
import type { Problem } from '../report/refusal.ts';

export type { FeedIndex, FeedHistory, FeedVersion, FeedKeys, FeedSignature };
export type PublishedKey = FeedKeys['keys'][number];
export type HistoryEntry = FeedHistory['releases'][number];

/** One released version as the archive holds it (what `readArchive` returns), oldest first. */
export type FeedRelease = Release;

/** The index published last, as `--previous-index` read it. */
export interface PreviousIndex {
  serial: number;
  /** Its current release. */
  current: string;
  /** Where it was read, for messages. */
  source: string;
}

/** A value read from the environment or a file, with what is wrong with it (errors stop the build; warnings are printed). */
export interface Loaded<T> {
  value?: T;
  errors: Problem[];
  warnings: Problem[];
}

/** What every feed document is built from, besides the releases. */
export interface FeedOptions {
  /** Build time (ISO 8601): the current time, or SOURCE_DATE_EPOCH for a reproducible build (feedClock). */
  generatedAt: string;
  /** Increases with every publish: the build time in seconds (feedClock). */
  serial: number;
  /** Days after `generatedAt` when clients stop trusting the index (default 14, more than 1). */
  expiresInDays?: number;
  /** The real time, to refuse an index that is expired or would expire within a day (default: now). */
  now?: Date;
  /** The index published last (`policy build --previous-index`): the serial must exceed its serial. */
  previous?: PreviousIndex;
}

/** The documents' bytes before signing, and what the index needs to point at them. */
export interface DocumentBytes {
  path: string;
  /** Relative to the index (src/feed/urls.ts). */
  url: string;
  text: string;
  sha256: string;
  length: number;
}
