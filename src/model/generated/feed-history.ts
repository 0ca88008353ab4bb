/* Generated from schemas/feed-history.schema.json by scripts/gen-types.ts. Do not edit: change the schema, then run `npm run gen:types`. */

/**
 * The release id.
 */
export type ReleaseId = string;
/**
 * The release before it; null for the first.
 */
export type PreviousRelease = ReleaseId1 | null;
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
 * The material-change kinds of the rule table (the seed's chapter 八): `service-model` (purposes, kinds of data, ways of use), `controller`, `recipients` (sharing, transfer, public disclosure), `user-rights`, `contact`, `risk-assessment`.
 */
export type Category = "service-model" | "controller" | "recipients" | "user-rights" | "contact" | "risk-assessment";
/**
 * The release's consent epoch.
 */
export type ConsentEpoch = number;
/**
 * URL of /feed/versions/<id>.json.
 */
export type URL = string;
/**
 * sha256 of the version document's bytes.
 */
export type Sha256 = string;
/**
 * Length of the version document in bytes.
 */
export type Length = number;
/**
 * The version's permanent page, /versions/<id>/.
 */
export type URL1 = string;

/**
 * /feed/history.json: every release, newest first, with the URL, sha256 and length of its version document. The index carries this file's sha256; it depends only on the releases, so it changes only when a release is added. A client fetches it only when it skipped releases or the current one is not yet in force.
 */
export interface FeedHistory {
  /**
   * Format id of this document.
   */
  format: "policy-press/feed-history@1";
  /**
   * Every release, newest first; each entry's `previous` is the id of the next entry.
   *
   * @minItems 1
   *
   * Items: One release as the changelog lists it.
   */
  releases: [
    {
      id: ReleaseId;
      previous: PreviousRelease;
      updated: Date;
      effective: Date1;
      level: NoticeLevel;
      /**
       * Categories of the release's changes above `none`, in the rule table's order.
       */
      categories: Category[];
      consentEpoch: ConsentEpoch;
      /**
       * The editor's note for the changelog.
       */
      note: string;
      url: URL;
      sha256: Sha256;
      length: Length;
      html: URL1;
    },
    ...{
      id: ReleaseId;
      previous: PreviousRelease;
      updated: Date;
      effective: Date1;
      level: NoticeLevel;
      /**
       * Categories of the release's changes above `none`, in the rule table's order.
       */
      categories: Category[];
      consentEpoch: ConsentEpoch;
      /**
       * The editor's note for the changelog.
       */
      note: string;
      url: URL;
      sha256: Sha256;
      length: Length;
      html: URL1;
    }[]
  ];
}
