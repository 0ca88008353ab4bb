/* Generated from schemas/diff.schema.json by scripts/gen-types.ts. Do not edit: change the schema, then run `npm run gen:types`. */

/**
 * A calendar date, YYYY-MM-DD.
 */
export type Date = string;
/**
 * The material-change kinds of the seed's chapter 八: `service-model` (purposes, kinds of data, ways of use), `controller`, `recipients` (sharing, transfer, public disclosure), `user-rights`, `contact`, `risk-assessment`.
 */
export type Category = "service-model" | "controller" | "recipients" | "user-rights" | "contact" | "risk-assessment";
/**
 * A field's value before or after the change; lists are joined with `、`.
 */
export type Scalar = string | number | boolean;
/**
 * `none` (quiet update), `notify` (pop-up or prominent notice), `reconsent` (pop-up needing an active agree), `separate-consent` (one dedicated opt-in per item). Ordered from lowest to highest.
 */
export type NoticeLevel = "none" | "notify" | "reconsent" | "separate-consent";

/**
 * What `policy diff` reports between two versions of a policy: the structured changes keyed by id, each classified by the rule table (docs: notice-rules.md) into a category and a notice level; the prose redline per chapter; the review items an editor must decide; and the pop-up summary.
 */
export interface PolicyDiff {
  /**
   * Format id of this document.
   */
  format: "policy-press/diff@1";
  from: Side;
  to: Side;
  /**
   * `none` (quiet update), `notify` (pop-up or prominent notice), `reconsent` (pop-up needing an active agree), `separate-consent` (one dedicated opt-in per item). Ordered from lowest to highest.
   */
  level: "none" | "notify" | "reconsent" | "separate-consent";
  /**
   * True exactly when `level` is not `none`.
   */
  popup: boolean;
  /**
   * Categories of the changes above `none`, in the table's order.
   */
  categories: Category[];
  changes: Change[];
  review: ReviewItem[];
  /**
   * Chapters whose plain text changed, in the newer version's order.
   */
  chapters: ChapterRedline[];
  summary: Summary;
}
/**
 * One side of the comparison.
 */
export interface Side {
  /**
   * A version id, `working`, or a path.
   */
  label: string;
  updated: Date;
  effective: Date;
  sha256: string;
}
/**
 * One structured change, classified by the first rule of highest level that matches it.
 */
export interface Change {
  /**
   * Stable key of the change: the record, then the element or field that changed.
   */
  id: string;
  /**
   * What happened, in the rule table's terms.
   */
  kind:
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
  record: RecordRef;
  element?: RecordRef1;
  /**
   * For a change of one field: its name.
   */
  field?: string;
  before?: Scalar;
  after?: Scalar;
  /**
   * The rule's category; null for a change the table files under none (removals, wording).
   */
  category: Category | null;
  level: NoticeLevel;
  /**
   * Id of the rule (src/diff/rules.ts) that decided the level.
   */
  rule: string;
  /**
   * The rule's legal ground or seed clause.
   */
  reason: string;
  /**
   * The change in Chinese, as plain text.
   */
  text: string;
  /**
   * The same sentence as HTML; sensitive items in <strong>.
   */
  html: string;
}
/**
 * The record that changed.
 */
export interface RecordRef {
  /**
   * Which kind of record.
   */
  type:
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
  id: string;
  /**
   * How the policy names the record.
   */
  name: string;
  /**
   * For a data item: whether it is 个人敏感信息 (shown in bold).
   */
  sensitive?: boolean;
}
/**
 * For a change of a record's list (items, permissions, recipients, members, ways): the element added, removed or reworded.
 */
export interface RecordRef1 {
  /**
   * Which kind of record.
   */
  type:
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
  id: string;
  /**
   * How the policy names the record.
   */
  name: string;
  /**
   * For a data item: whether it is 个人敏感信息 (shown in bold).
   */
  sensitive?: boolean;
}
/**
 * A change whose level no rule can read from the data: prose edited in a chapter the rules cover with no structured change to explain it, or a text that sets a scope (a definition, a purpose's title or scenario). A release must record an editor's decision for each.
 */
export interface ReviewItem {
  /**
   * What the decision names: `--decide <id>=<level>:<reason>`.
   */
  id: string;
  /**
   * `prose` (a chapter's text) or `scope-wording` (a structured text that sets a scope).
   */
  kind: "prose" | "scope-wording";
  record: RecordRef2;
  /**
   * For scope wording: the field.
   */
  field?: string;
  /**
   * The categories the rules give this chapter or field (src/diff/chapter-categories.ts).
   */
  categories: Category[];
  /**
   * Id of the rule that asks for review.
   */
  rule: string;
  /**
   * Why a person must decide.
   */
  reason: string;
  /**
   * The passages taken out that nothing structured explains.
   */
  deleted: string[];
  /**
   * The passages put in that nothing structured explains.
   */
  inserted: string[];
}
/**
 * A record of the policy by type and id, with the name it has in the newer version (or the older one when it was removed).
 */
export interface RecordRef2 {
  /**
   * Which kind of record.
   */
  type:
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
  id: string;
  /**
   * How the policy names the record.
   */
  name: string;
  /**
   * For a data item: whether it is 个人敏感信息 (shown in bold).
   */
  sensitive?: boolean;
}
/**
 * The word-level redline of one chapter whose plain text changed.
 */
export interface ChapterRedline {
  id: string;
  /**
   * The chapter's heading (newer version).
   */
  title: string;
  status: "changed" | "added" | "removed";
  segments: Segment[];
}
/**
 * A run of words kept, inserted or deleted.
 */
export interface Segment {
  op: "equal" | "insert" | "delete";
  /**
   * Plain text, whitespace normalized; `\n` separates blocks.
   */
  text: string;
}
/**
 * The pop-up text in Chinese: only the changed parts, grouped by category, sensitive items in bold, then the separate-consent items one by one.
 */
export interface Summary {
  /**
   * Plain text, one line per change.
   */
  text: string;
  /**
   * The same as HTML (<p>, <ol>, <strong>).
   */
  html: string;
  separateConsent: ConsentItem[];
}
/**
 * One thing the user must agree to on its own (PIPL Arts. 23, 25, 29, 31, 39).
 */
export interface ConsentItem {
  /**
   * What is consented to: `item/<id>`, `recipient/<id>`, `sdk/<id>`, `cross-border`, `children`.
   */
  id: string;
  text: string;
  html: string;
}
