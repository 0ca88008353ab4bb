/* Generated from schemas/feed-index.schema.json by scripts/gen-types.ts. Do not edit: change the schema, then run `npm run gen:types`. */

/**
 * The update date, with `.N` for the N-th release of one day.
 */
export type ReleaseId = string;
/**
 * The update date, with `.N` for the N-th release of one day.
 */
export type ReleaseId1 = string;
/**
 * 本版本更新发布日期.
 */
export type Date = string;
/**
 * 生效日期: from 00:00 China Standard Time (UTC+8) of this day.
 */
export type Date1 = string;
/**
 * The release's notice level.
 */
export type NoticeLevel = "none" | "notify" | "reconsent" | "separate-consent";
/**
 * The update date, with `.N` for the N-th release of one day.
 */
export type ReleaseId2 = string;
/**
 * 生效日期.
 */
export type Date2 = string;
/**
 * `notify`, `reconsent` or `separate-consent`.
 */
export type NoticeLevel1 = "none" | "notify" | "reconsent" | "separate-consent";

/**
 * /feed/index.json: the small file every app fetches at launch (Cache-Control: max-age=300 plus ETag). It names the current version and the latest material one, each with the URL, sha256 and length of its version document, and the history document; its size does not grow with the number of versions. Signed over its exact bytes by /feed/index.json.sig (feed-signature.schema.json).
 */
export interface FeedIndex {
  /**
   * Format id of this document; a client refuses a format it does not know.
   */
  format: "policy-press/feed-index@1";
  /**
   * Never decreases from one publish to the next (the build time in seconds). A client refuses an index whose serial is lower than one it has seen (rollback).
   */
  serial: number;
  /**
   * When the index was built: the build's real time, or SOURCE_DATE_EPOCH when that is set (a reproducible build).
   */
  generatedAt: string;
  /**
   * `generatedAt` plus the expiry period (14 days by default). A client refuses an index past this time (freeze), so the publisher must re-publish before it.
   */
  expires: string;
  /**
   * True when /feed/index.json.sig holds an Ed25519 signature over this file; false when the build had no signing key (a client that pins keys refuses it).
   */
  signed: boolean;
  /**
   * The newest release. Its effective date may still be ahead: until then the release before it is in force.
   */
  current: {
    id: ReleaseId;
    /**
     * The release before it (null for the first): a client that accepted that one needs no history.
     */
    previous: ReleaseId1 | null;
    updated: Date;
    effective: Date1;
    /**
     * The release's consent epoch.
     */
    consentEpoch: number;
    level: NoticeLevel;
    /**
     * URL of /feed/versions/<id>.json.
     */
    url: string;
    /**
     * sha256 of the version document's bytes.
     */
    sha256: string;
    /**
     * Length of the version document in bytes.
     */
    length: number;
    /**
     * The version's permanent page, /versions/<id>/.
     */
    html: string;
    /**
     * The version as a PDF, /versions/<id>/policy.pdf.
     */
    pdf: string;
  };
  /**
   * The newest release whose level is not `none` (it may be the current one; every release after it is a quiet update); null when no release has a pop-up.
   */
  latestMaterial: {
    id: ReleaseId2;
    /**
     * The release before it: a client that accepted that one, with only quiet updates since, needs no history.
     */
    previous: ReleaseId1 | null;
    effective: Date2;
    level: NoticeLevel1;
    /**
     * The release's consent epoch.
     */
    consentEpoch: number;
    /**
     * URL of /feed/versions/<id>.json.
     */
    url: string;
    /**
     * sha256 of the version document's bytes.
     */
    sha256: string;
    /**
     * Length of the version document in bytes.
     */
    length: number;
    /**
     * The version's permanent page, /versions/<id>/.
     */
    html: string;
  } | null;
  /**
   * /feed/history.json: every release, newest first (feed-history.schema.json).
   */
  history: {
    /**
     * URL of /feed/history.json.
     */
    url: string;
    /**
     * sha256 of the history document's bytes.
     */
    sha256: string;
    /**
     * Length of the history document in bytes.
     */
    length: number;
  };
  /**
   * Where the publisher lists its public keys (feed-keys.schema.json). Informational: a client trusts only the keys pinned in the app.
   */
  keys: {
    /**
     * URL of /feed/keys.json.
     */
    url: string;
  };
}
