// The client's own shapes. The feed documents' shapes come from the schemas (src/model/generated/).
import type { FeedIndex } from '../model/generated/feed-index.ts';
import type { FeedHistory } from '../model/generated/feed-history.ts';
import type { FeedVersion } from '../model/generated/feed-version.ts';
import type { FeedSignature } from '../model/generated/feed-signature.ts';
import type { ConsentReceipt } from '../model/generated/consent-receipt.ts';
import type { ConsentItem, Line, Popup, Run, Section } from '../model/generated/popup.ts';

export type { FeedIndex, FeedHistory, FeedVersion, FeedSignature, ConsentReceipt, Popup, ConsentItem, Section, Line, Run };
export type NoticeLevel = FeedIndex['current']['level'];
export type ConsentDecision = ConsentReceipt['separateConsent'][number];

/**
 * What the app does now: `none` (nothing to show), `consent` (first launch: the whole policy and an
 * active agree), `notify` (a notice listing the changed parts), `reconsent` (a pop-up with the
 * changed parts that needs an active agree), `separate-consent` (the re-consent pop-up plus one
 * opt-in per consent item of its pop-up, nothing pre-ticked).
 */
export type Action = 'none' | 'consent' | 'notify' | 'reconsent' | 'separate-consent';

/**
 * Why: `first-launch`, `consent-epoch` (a release raised the epoch), `notice`, `quiet-update`,
 * `up-to-date`, `not-yet-effective`, `many-updates` (more material releases were skipped than the
 * client merges: consent to the whole policy in force, as at a first launch).
 */
export type DecisionReason = 'first-launch' | 'consent-epoch' | 'notice' | 'quiet-update' | 'up-to-date' | 'not-yet-effective' | 'many-updates';

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
  | 'hash-mismatch'
  | 'too-large';

/** Why the client refused a feed: the reason (a stable id), what is wrong, how to fix it, and the URL it is about. */
export interface Refusal {
  reason: RefusalReason;
  message: string;
  hint?: string;
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

/** What the client knows of the user: their last receipt, and the last release it processed quietly. */
export interface StoredConsent {
  receipt?: ConsentReceipt;
  seen?: string;
}

/** A release a prompt covers: the pop-up merges the changes of every one of them. */
export interface CoveredRelease {
  id: string;
  level: NoticeLevel;
  effective: string;
  /** Its permanent page, its changes page (the redline), and the page of the release before it. */
  page: string;
  changesPage: string;
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
}

/** Something to show: the version in force with its document, and the one pop-up to show. */
export interface PromptDecision extends DecisionBase {
  action: Exclude<Action, 'none'>;
  version: VersionInForce & { document: FeedVersion };
  /** The version the user had (their receipt or last quiet update); null at a first launch. */
  base: string | null;
  /**
   * The pop-up: for `consent` the version's first-run pop-up (consent to the whole policy), else
   * every release since `base` merged into one (`popupFor`). Its `consent` items are non-empty
   * exactly for `separate-consent`: one opt-in each, nothing pre-ticked.
   */
  popup: Popup;
  /** The releases the pop-up covers, oldest first (empty for `consent`). */
  releases: CoveredRelease[];
}

export type Decision = QuietDecision | PromptDecision;
