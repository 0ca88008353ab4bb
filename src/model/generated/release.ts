/* Generated from schemas/release.schema.json by scripts/gen-types.ts. Do not edit: change the schema, then run `npm run gen:types`. */

/**
 * The update date, with `.N` (N ≥ 2) for the N-th release of one day.
 */
export type ReleaseId = string;
export type Sha256 = string;
/**
 * 本版本更新发布日期, as in the document.
 */
export type Date = string;
/**
 * 生效日期, as in the document.
 */
export type Date1 = string;
/**
 * `none` (quiet update), `notify` (pop-up or prominent notice), `reconsent` (pop-up needing an active agree), `separate-consent` (one dedicated opt-in per item). Ordered from lowest to highest.
 */
export type NoticeLevel = "none" | "notify" | "reconsent" | "separate-consent";
/**
 * `none` (quiet update), `notify` (pop-up or prominent notice), `reconsent` (pop-up needing an active agree), `separate-consent` (one dedicated opt-in per item). Ordered from lowest to highest.
 */
export type NoticeLevel1 = "none" | "notify" | "reconsent" | "separate-consent";
/**
 * `none` (quiet update), `notify` (pop-up or prominent notice), `reconsent` (pop-up needing an active agree), `separate-consent` (one dedicated opt-in per item). Ordered from lowest to highest.
 */
export type NoticeLevel2 = "none" | "notify" | "reconsent" | "separate-consent";
/**
 * The material-change kinds of the seed's chapter 八: `service-model` (purposes, kinds of data, ways of use), `controller`, `recipients` (sharing, transfer, public disclosure), `user-rights`, `contact`, `risk-assessment`.
 */
export type Category = "service-model" | "controller" | "recipients" | "user-rights" | "contact" | "risk-assessment";
/**
 * Stable key of the change: the record, then the element or field that changed.
 */
export type Id = string;
/**
 * What happened, in the rule table's terms.
 */
export type Kind =
  | "first-release"
  | "purpose-added"
  | "purpose-removed"
  | "purpose-function-changed"
  | "item-collected"
  | "item-no-longer-collected"
  | "permission-used"
  | "permission-no-longer-used"
  | "item-added"
  | "item-removed"
  | "item-sensitivity-changed"
  | "item-category-changed"
  | "permission-added"
  | "permission-removed"
  | "permission-access-changed"
  | "recipient-added"
  | "recipient-removed"
  | "recipient-renamed"
  | "recipient-kind-changed"
  | "recipient-method-changed"
  | "recipient-member-added"
  | "recipient-member-removed"
  | "purpose-recipient-added"
  | "purpose-recipient-removed"
  | "sdk-added"
  | "sdk-removed"
  | "sdk-company-changed"
  | "sdk-url-changed"
  | "controller-changed"
  | "controller-address-changed"
  | "contact-added"
  | "contact-removed"
  | "contact-changed"
  | "dispute-venue-changed"
  | "right-added"
  | "right-removed"
  | "right-renamed"
  | "way-added"
  | "way-removed"
  | "way-changed"
  | "response-days-changed"
  | "minimum-age-changed"
  | "child-age-changed"
  | "storage-location-changed"
  | "cross-border-changed"
  | "retention-changed"
  | "definition-added"
  | "definition-removed"
  | "chapters-reordered"
  | "wording-changed"
  | "high-risk-assessment";
/**
 * Which kind of record.
 */
export type RecordType =
  | "policy"
  | "controller"
  | "contact"
  | "storage"
  | "retention"
  | "purpose"
  | "item"
  | "permission"
  | "recipient"
  | "sdk"
  | "right"
  | "way"
  | "definition"
  | "chapter"
  | "assessment";
/**
 * The record's id (for the singletons policy, controller, storage, retention, assessment: the type again).
 */
export type Id1 = string;
/**
 * How the policy names the record.
 */
export type Name = string;
/**
 * For a data item: whether it is 个人敏感信息 (shown in bold).
 */
export type Sensitive = boolean;
/**
 * For a change of one field: its name.
 */
export type Field = string;
/**
 * A field's value before or after the change; lists are joined with `、`.
 */
export type Value = string | number | boolean;
/**
 * Id of the rule (src/diff/rules.ts) that decided the level.
 */
export type Rule = string;
/**
 * The rule's legal ground or seed clause.
 */
export type Reason = string;
/**
 * The change in Chinese, as plain text.
 */
export type Text = string;
/**
 * The same sentence as HTML; sensitive items in <strong>.
 */
export type HTML = string;
/**
 * What the decision names: `--decide <id>=<level>:<reason>`.
 */
export type Id2 = string;
/**
 * `prose` (a chapter's text) or `scope-wording` (a structured text that sets a scope).
 */
export type Kind1 = "prose" | "scope-wording";
/**
 * For scope wording: the field.
 */
export type Field1 = string;
/**
 * The categories the rules give this chapter or field (src/diff/chapter-categories.ts).
 */
export type Categories = Category[];
/**
 * Id of the rule that asks for review.
 */
export type Rule1 = string;
/**
 * Why a person must decide.
 */
export type Reason1 = string;
/**
 * The passages taken out that nothing structured explains.
 */
export type Deleted = string[];
/**
 * The passages put in that nothing structured explains.
 */
export type Inserted = string[];
/**
 * Plain text, one line per change.
 */
export type Text1 = string;
/**
 * The same as HTML (<p>, <ol>, <strong>).
 */
export type HTML1 = string;
/**
 * What is consented to: `item/<id>`, `recipient/<id>`, `sdk/<id>`, `cross-border`, `children`.
 */
export type Id3 = string;
export type Text2 = string;
export type HTML2 = string;
export type SeparateConsent = SeparateConsentItem[];

/**
 * versions/<id>/release.json: the immutable record of one released version, written by `policy release` and checked by `policy verify`. It chains to the previous release by that record's sha256 and carries the sha256 of every other file of the version.
 */
export interface ReleaseRecord {
  /**
   * Format id of this record.
   */
  format: "policy-press/release@1";
  id: ReleaseId;
  /**
   * The release this one follows, with the sha256 of its release.json; null for the first release.
   */
  previous: {
    id: ReleaseId;
    sha256: Sha256;
  } | null;
  updated: Date;
  effective: Date1;
  level: NoticeLevel;
  computedLevel: NoticeLevel1;
  /**
   * Present when an editor raised or lowered the computed level (`--level` with `--reason`).
   */
  override?: {
    level: NoticeLevel2;
    reason: string;
  };
  /**
   * True exactly when `level` is not `none`.
   */
  popup: boolean;
  /**
   * Categories of the changes and decisions above `none`, in the table's order.
   */
  categories: Category[];
  /**
   * An impact assessment for this release showed high risk (`--high-risk`).
   */
  highRisk: boolean;
  /**
   * 1 for the first release; one more than the previous release's when `level` is `reconsent` or `separate-consent`, the same otherwise.
   */
  consentEpoch: number;
  /**
   * The classified changes against the previous release.
   */
  changes: Change[];
  /**
   * An editor's decision for every review item of the diff.
   */
  decisions: Decision[];
  summary: PopUpSummary;
  /**
   * The editor's note for the changelog.
   */
  note: string;
  /**
   * Every other file of the version folder, sorted by path.
   *
   * @minItems 1
   */
  files: [File, ...File[]];
  /**
   * sha256 of this record serialized without the sha256 property (JSON.stringify, keys in this order).
   */
  sha256: string;
}
/**
 * One structured change, classified by the first rule of highest level that matches it.
 */
export interface Change {
  id: Id;
  kind: Kind;
  record: RecordReference;
  element?: RecordReference1;
  field?: Field;
  before?: Value;
  after?: Value;
  /**
   * The rule's category; null for a change the table files under none (removals, wording).
   */
  category: Category | null;
  level: NoticeLevel2;
  rule: Rule;
  reason: Reason;
  text: Text;
  html: HTML;
}
/**
 * A record of the policy by type and id, with the name it has in the newer version (or the older one when it was removed).
 */
export interface RecordReference {
  type: RecordType;
  id: Id1;
  name: Name;
  sensitive?: Sensitive;
}
/**
 * A record of the policy by type and id, with the name it has in the newer version (or the older one when it was removed).
 */
export interface RecordReference1 {
  type: RecordType;
  id: Id1;
  name: Name;
  sensitive?: Sensitive;
}
/**
 * The level an editor gave one review item, and why.
 */
export interface Decision {
  review: ReviewItem;
  level: NoticeLevel2;
  reason: string;
}
/**
 * A change whose level no rule can read from the data: prose edited in a chapter the rules cover with no structured change to explain it, or a text that sets a scope (a definition, a purpose's title or scenario). A release must record an editor's decision for each.
 */
export interface ReviewItem {
  id: Id2;
  kind: Kind1;
  record: RecordReference2;
  field?: Field1;
  categories: Categories;
  rule: Rule1;
  reason: Reason1;
  deleted: Deleted;
  inserted: Inserted;
}
/**
 * A record of the policy by type and id, with the name it has in the newer version (or the older one when it was removed).
 */
export interface RecordReference2 {
  type: RecordType;
  id: Id1;
  name: Name;
  sensitive?: Sensitive;
}
/**
 * The pop-up text in Chinese: only the changed parts, grouped by category, sensitive items in bold, then the separate-consent items one by one.
 */
export interface PopUpSummary {
  text: Text1;
  html: HTML1;
  separateConsent: SeparateConsent;
}
/**
 * One thing the user must agree to on its own (PIPL Arts. 23, 25, 29, 31, 39).
 */
export interface SeparateConsentItem {
  id: Id3;
  text: Text2;
  html: HTML2;
}
/**
 * One file of the version folder besides release.json.
 */
export interface File {
  /**
   * Relative to the version folder, `/`-separated.
   */
  path: string;
  sha256: Sha256;
  /**
   * Length in bytes.
   */
  size: number;
}
