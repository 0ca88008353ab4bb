// The client's own shapes. The feed documents' shapes come from the schemas (src/model/generated/).
import type { FeedIndex } from '../model/generated/feed-index.ts';
import type { FeedHistory } from '../model/generated/feed-history.ts';
import type { FeedVersion } from '../model/generated/feed-version.ts';
import type { FeedSignature } from '../model/generated/feed-signature.ts';

export type { FeedIndex, FeedHistory, FeedVersion, FeedSignature };
export type NoticeLevel = FeedIndex['current']['level'];
export type ConsentItem = FeedVersion['separateConsent'][number];

/**
 * What the app does now: `none` (nothing to show), `consent` (first launch: the whole policy and an
 * active agree), `notify` (a notice listing the changed parts), `reconsent` (a pop-up with the
 * changed parts that needs an active agree), `separate-consent` (the re-consent pop-up plus one
 * opt-in per item of `separateConsent`, nothing pre-ticked).
 */
export type Action = 'none' | 'consent' | 'notify' | 'reconsent' | 'separate-consent';

/** Why: `first-launch`, `consent-epoch` (a release raised the epoch), `notice`, `quiet-update`, `up-to-date`, `not-yet-effective`. */
export type DecisionReason = 'first-launch' | 'consent-epoch' | 'notice' | 'quiet-update' | 'up-to-date' | 'not-yet-effective';

/** A key the app trusts, pinned in its code: an entry of keys.json (`kid` is recomputed and checked). */
export interface TrustedKey {
  publicKey: string;
  kid?: string;
  alg?: 'Ed25519';
  notBefore?: string;
  notAfter?: string;
}

/** Why the client would not use a feed document. */
export type RefusalReason =
  | 'offline'
  | 'http-error'
  | 'malformed'
  | 'unsigned'
  | 'untrusted-key'
  | 'bad-signature'
  | 'rollback'
  | 'expired'
  | 'hash-mismatch';

export interface Refusal {
  reason: RefusalReason;
  message: string;
  url?: string;
}

/** A release as the index or the history names it: enough to decide, and where its document is. */
export interface ReleaseRef {
  id: string;
  previous: string | null;
  effective: string;
  level: NoticeLevel;
  consentEpoch: number;
  url: string;
  sha256: string;
  length: number;
  html: string;
}

/**
 * What the app stores after the user agreed (or acknowledged a notice): a consent receipt in the
 * spirit of ISO/IEC TS 27560 and the Kantara Consent Receipt. The app may add its user id and a
 * receipt id when it sends it to its server.
 */
export interface ConsentReceipt {
  format: 'policy-press/consent-receipt@1';
  /** The release the user was shown. */
  policyId: string;
  /** The epoch the consent covers: every version of this epoch. */
  consentEpoch: number;
  /** sha256 of the compiled policy text (the version document's `documentSha256`). */
  sha256: string;
  /** The version's permanent page. */
  policyUrl: string;
  /** The personal-information handler's legal name. */
  controller: string;
  /** What the user did: agreed at first launch, agreed again, agreed with separate opt-ins, acknowledged a notice. */
  action: Exclude<Action, 'none'>;
  /** When, ISO 8601 UTC. */
  acceptedAt: string;
  /** Each separate-consent item the user was asked, granted or not (carried over from earlier receipts). */
  separateConsent: Array<{ id: string; granted: boolean }>;
}

/** What the client knows of the user: their last receipt, and the last release it processed quietly. */
export interface StoredConsent {
  receipt?: ConsentReceipt;
  seen?: string;
}

/** One release's changed parts, for the pop-up (oldest first when several were skipped). */
export interface ChangedPart {
  id: string;
  level: NoticeLevel;
  effective: string;
  text: string;
  html: string;
  /** The release's page, and the one before it, for "see the new / previous version" links. */
  page: string;
  previousPage: string | null;
}

/** A release in force, as the decision names it. */
export interface VersionInForce {
  id: string;
  effective: string;
  consentEpoch: number;
  level: NoticeLevel;
  /** Its permanent page. */
  html: string;
}

interface DecisionBase {
  reason: DecisionReason;
  /** The newest release when its effective date is still ahead (the app may announce it). */
  upcoming?: { id: string; effective: string; html: string };
}

/** Nothing to show. `version` is the release in force (absent when it is the one already accepted and the newest is not yet in force). */
export interface QuietDecision extends DecisionBase {
  action: 'none';
  version?: VersionInForce;
  changes: [];
  separateConsent: [];
}

/** Something to show: the version in force with its document, the changed parts and the separate-consent items. */
export interface PromptDecision extends DecisionBase {
  action: Exclude<Action, 'none'>;
  version: VersionInForce & { document: FeedVersion };
  /** Empty for `consent` (first launch: show the whole policy). */
  changes: ChangedPart[];
  /** Non-empty exactly for `separate-consent`. */
  separateConsent: ConsentItem[];
}

export type Decision = QuietDecision | PromptDecision;
