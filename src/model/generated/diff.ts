/* Generated from schemas/diff.schema.json by scripts/gen-types.ts. Do not edit: change the schema, then run `npm run gen:types`. */

/**
 * A calendar date, YYYY-MM-DD.
 */
export type Date = string;
/**
 * A calendar date, YYYY-MM-DD.
 */
export type Date1 = string;
/**
 * The material-change kinds of the rule table (the seed's chapter 八): `service-model` (purposes, kinds of data, ways of use), `controller`, `recipients` (sharing, transfer, public disclosure), `user-rights`, `contact`, `risk-assessment`.
 */
export type Category = "service-model" | "controller" | "recipients" | "user-rights" | "contact" | "risk-assessment";
/**
 * `none` (quiet update), `notify` (pop-up or prominent notice), `reconsent` (pop-up needing an active agree), `separate-consent` (one dedicated opt-in per item). Ordered from lowest to highest.
 */
export type NoticeLevel = "none" | "notify" | "reconsent" | "separate-consent";
/**
 * The material-change kinds of the rule table (the seed's chapter 八): `service-model` (purposes, kinds of data, ways of use), `controller`, `recipients` (sharing, transfer, public disclosure), `user-rights`, `contact`, `risk-assessment`.
 */
export type Category1 = "service-model" | "controller" | "recipients" | "user-rights" | "contact" | "risk-assessment";
/**
 * `first-run` (consent to the whole policy: a first release, or a first launch) or `update` (the changed parts since the user's version).
 */
export type Kind = "first-run" | "update";
export type Product = string;
export type Title = string;
/**
 * One paragraph with the effective date of the newest version.
 */
export type Intro = string;
/**
 * `new-third-parties`, `new-collection`, `third-parties`, `use`, `controller`, `rights`, `contact`, `other`; in a first-run pop-up `sensitive` and `also`. Sections come in this order.
 */
export type Id =
  | "new-third-parties"
  | "new-collection"
  | "third-parties"
  | "use"
  | "controller"
  | "rights"
  | "contact"
  | "other"
  | "sensitive"
  | "also";
/**
 * src/model/labels.ts (`popupSectionLabel`).
 */
export type Heading = string;
/**
 * The categories of its lines, for apps and the changes page.
 */
export type LegalCategories = Category[];
/**
 * What the line is about: a change id, or the record whose elements it lists. Lines of several releases with the same key are one line in a merged pop-up.
 */
export type Key = string;
/**
 * The notice rules' category of the change (null for a change the rules file under none): data for apps and the changes page, not shown as a heading.
 */
export type LegalCategory = Category | null;
/**
 * `none` (quiet update), `notify` (pop-up or prominent notice), `reconsent` (pop-up needing an active agree), `separate-consent` (one dedicated opt-in per item). Ordered from lowest to highest.
 */
export type NoticeLevel1 = "none" | "notify" | "reconsent" | "separate-consent";
/**
 * True when the line stands for a change itself (an SDK added, an address changed); false when it only lists the elements `groups` adds to an existing record.
 */
export type AChangeOfItsOwn = boolean;
/**
 * Plain text.
 */
export type Text = string;
/**
 * The run names a sensitive item (敏感个人信息): show it bold.
 */
export type Sensitive = true;
/**
 * A line as text runs; joined, their texts are the plain line.
 */
export type RichText = TextRun[];
/**
 * A line as text runs; joined, their texts are the plain line.
 */
export type RichText1 = TextRun[];
/**
 * What the elements are.
 */
export type Id1 = "items" | "permissions" | "purposes" | "uses";
/**
 * The words before the elements.
 */
export type Label = string;
/**
 * The change it stands for (a change id of the diff).
 */
export type Key1 = string;
/**
 * A line as text runs; joined, their texts are the plain line.
 */
export type RichText2 = TextRun[];
/**
 * Steps from the version document's `content`: a property name, or in a list the id of an element (or the element itself in a list of ids).
 *
 * @minItems 1
 */
export type PathIntoTheStructuredContent = [string, ...string[]];
/**
 * A value of the policy: a field's value, or for an element added to a list `false` before and `true` after.
 */
export type Value = string | number | boolean;
/**
 * A value of the policy: a field's value, or for an element added to a list `false` before and `true` after.
 */
export type Value1 = string | number | boolean;
/**
 * A value of the policy: a field's value, or for an element added to a list `false` before and `true` after.
 */
export type Value2 = string | number | boolean;
export type Sections = Section[];
/**
 * Stable across releases, so an app can remember a grant: `recipient/<recipient id>`, `item/<item id>`, `cross-border`, `children`, `review/<review id>`.
 */
export type Id2 = string;
export type Kind1 = "recipient" | "item" | "cross-border" | "children" | "review" | "other";
/**
 * A line as text runs; joined, their texts are the plain line.
 */
export type RichText3 = TextRun[];
/**
 * Through what and for what, with the data (sensitive items bold).
 */
export type Lines = RichText2[];
/**
 * Derived from the data: which functions turn off, or that a basic function needs it.
 */
export type WhatRefusingMeans = string;
/**
 * A basic function (or the service as a whole) needs it: refusing means that function cannot be used. Still never pre-ticked.
 */
export type Required = boolean;
/**
 * The item as plain text: title, lines, what refusing means, one a line.
 */
export type Text1 = string;
/**
 * The change it stands for; in a merged pop-up the newest part of a key replaces older ones.
 */
export type Key2 = string;
/**
 * What exactly is consented to: a receipt that granted this scope of this item covers it.
 */
export type Scope = string;
/**
 * A line as text runs; joined, their texts are the plain line.
 */
export type RichText4 = TextRun[];
/**
 * The function that needs it, named for the reader: turned off when the user refuses.
 */
export type Function = string;
/**
 * The function is a basic one (purposes.yaml `function: basic`): refusing means it cannot be used.
 */
export type BasicFunction = boolean;
/**
 * Steps from the version document's `content`: a property name, or in a list the id of an element (or the element itself in a list of ids).
 *
 * @minItems 1
 */
export type PathIntoTheStructuredContent1 = [string, ...string[]];
/**
 * A fixed sentence on what refusing this part means (cross-border, children, an editor's decision).
 */
export type Refusal = string;
/**
 * This part is needed by the service as a whole.
 */
export type Required1 = boolean;
export type ConsentItems = ConsentItem1[];
/**
 * The version's permanent page.
 */
export type Policy = string;
/**
 * The version as a PDF.
 */
export type PDF = string;
/**
 * A URL relative to the index (`feed/index.json`), covered by its signature: resolve it against the address the index was fetched from (RFC 3986), never against the document it appears in. The feed carries no site address, so it works wherever the site is served.
 */
export type URL = string;
/**
 * The changes page (redline) of each release covered, oldest first; empty for a first-run pop-up.
 */
export type Changes = {
  id: string;
  url: URL;
}[];
/**
 * In a merged pop-up: the releases it covers, oldest first.
 */
export type ReleasesCovered = string[];

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
  effective?: Date1;
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
    | "background-collection-added"
    | "background-collection-removed"
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
    | "recipient-item-added"
    | "recipient-item-removed"
    | "sdk-added"
    | "sdk-removed"
    | "sdk-company-changed"
    | "sdk-url-changed"
    | "sdk-catalogue-changed"
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
    | "emphasis-changed"
    | "high-risk-assessment";
  record: RecordRef;
  element?: RecordRef1;
  /**
   * For a change of one field: its name.
   */
  field?: string;
  /**
   * The value before; absent when the older version did not state the fact (or for an element added).
   */
  before?: string | number | boolean;
  /**
   * The value after; absent when the newer version no longer states the fact (or for an element removed).
   */
  after?: string | number | boolean;
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
   * The categories of the chapter (as policy.yaml names them) or of the record, and those its signals suggest, in the table's order.
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
  /**
   * What the lexicon (the words of personal information, sensitivity, sharing and consent PolicyPress knows) and the policy's own records see in the inserted and deleted text, each with the category, minimum level and rule it suggests. Absent in records written before signals existed.
   */
  signals?: Signal[];
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
 * One thing seen in a reviewed edit: a kind of personal information, an organisation, a processing verb, a negation flip, a number, children.
 */
export interface Signal {
  kind:
    | "personal-information"
    | "sensitive"
    | "organisation"
    | "processing"
    | "cross-border"
    | "negation"
    | "number"
    | "children";
  /**
   * The words seen, as written.
   */
  term: string;
  /**
   * Whether the words were put in or taken out.
   */
  side: "inserted" | "deleted";
  record?: RecordRef3;
  /**
   * For a negation or a number: the processing verb or field of the sentence it qualifies.
   */
  context?: string;
  category: Category1;
  /**
   * `none` (quiet update), `notify` (pop-up or prominent notice), `reconsent` (pop-up needing an active agree), `separate-consent` (one dedicated opt-in per item). Ordered from lowest to highest.
   */
  level: "none" | "notify" | "reconsent" | "separate-consent";
  /**
   * Id of the signal rule (src/diff/rules.ts, `signalRules`).
   */
  rule: string;
}
/**
 * A record of the policy by type and id, with the name it has in the newer version (or the older one when it was removed).
 */
export interface RecordRef3 {
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
  /**
   * A whole block (paragraph, list item, table row) that only moved: deleted here and inserted unchanged elsewhere in the chapter. Never a review item.
   */
  moved?: true;
  /**
   * Only the ordinal of a heading or of a cross-reference changed ((六)→(七), 第十条→第十一条, 4.3→4.4) while the heading kept its id: formatting, never a review item. Set on the deleted and the inserted ordinal.
   */
  renumbered?: true;
  /**
   * Words kept whose bold changed: `added` (now bold), `removed` (no longer bold). Formatting: in the changelog (`emphasis-changed`), never a review item.
   */
  emphasis?: "added" | "removed";
}
/**
 * The pop-up in Chinese: `dialog` as data (popup.schema.json), and its body as text and HTML: only the changed parts in plain-language sections, sensitive items in bold. Since `dialog` exists, `text` and `html` leave out the consent items, which an app shows one by one with their own opt-in (`separateConsent`, or `dialog.consent`). Records made before `dialog` have no such field; their `text` and `html` end with the consent items.
 */
export interface Summary {
  /**
   * Plain text: the intro, then each section's heading and its numbered lines.
   */
  text: string;
  /**
   * The same as HTML (<p>, <ol>, <li>, <strong> only).
   */
  html: string;
  /**
   * The consent items (`dialog.consent`) as id, text and HTML.
   */
  separateConsent: ConsentItem[];
  dialog?: PopUp;
}
/**
 * One thing the user must agree to on its own (PIPL Arts. 23, 25, 29, 31, 39).
 */
export interface ConsentItem {
  /**
   * What is consented to, stable across releases (popup.schema.json `consentItem.id`): `recipient/<id>`, `item/<id>`, `cross-border`, `children`, `review/<id>`. Records made before the consent model may also hold `sdk/<id>`.
   */
  id: string;
  text: string;
  html: string;
}
/**
 * The pop-up as data.
 */
export interface PopUp {
  kind: Kind;
  product: Product;
  title: Title;
  intro: Intro;
  sections: Sections;
  consent: ConsentItems;
  links?: Links;
  releases?: ReleasesCovered;
}
/**
 * Lines under a heading a reader understands.
 */
export interface Section {
  id: Id;
  heading: Heading;
  categories: LegalCategories;
  lines: Line[];
}
/**
 * One short line of a section: one change, or the elements newly added to one record.
 */
export interface Line {
  key: Key;
  category: LegalCategory;
  level: NoticeLevel1;
  change: AChangeOfItsOwn;
  runs: RichText;
  lead?: RichText1;
  groups?: GroupOfElements[];
  holds?: WhatMustStillHold;
  before?: Value1;
  after?: Value2;
}
/**
 * A stretch of text; `sensitive` marks the name of a sensitive personal-information item, shown bold.
 */
export interface TextRun {
  text: Text;
  sensitive?: Sensitive;
}
/**
 * Elements of one kind a line lists after its lead, e.g. the data items newly collected.
 */
export interface GroupOfElements {
  id: Id1;
  label: Label;
  parts: ElementOfALine[];
}
/**
 * One element a line lists, e.g. one data item a purpose newly collects.
 */
export interface ElementOfALine {
  key: Key1;
  runs: RichText2;
  holds?: WhatMustStillHold;
}
/**
 * A fact of the policy this entry announces, checked against the newest version's `content` when pop-ups are merged: the path exists (and, with `is`, has that value; a list of ids or names counts as its elements joined with `、`). An entry whose fact no longer holds (an SDK added, then removed again) is left out.
 */
export interface WhatMustStillHold {
  path: PathIntoTheStructuredContent;
  is?: Value;
}
/**
 * One thing a user can refuse on its own (PIPL Arts. 23, 25, 29, 31, 39): shown with its own checkbox, never pre-ticked, not bundled with the general agree.
 */
export interface ConsentItem1 {
  id: Id2;
  kind: Kind1;
  title: RichText3;
  lines: Lines;
  refusal: WhatRefusingMeans;
  required: Required;
  text: Text1;
  parts: PartOfAConsentItem[];
}
/**
 * What one change adds to a consent item (e.g. one new SDK of the company).
 */
export interface PartOfAConsentItem {
  key: Key2;
  scope: Scope;
  holds?: WhatMustStillHold;
  rows: RowOfAConsentItem[];
  refusal?: Refusal;
  required?: Required1;
}
/**
 * One way the consent is used: an SDK or a purpose through which a company receives data (with the data), a purpose that collects a sensitive item, a destination abroad.
 */
export interface RowOfAConsentItem {
  lead: RichText4;
  feature?: Function;
  basic?: BasicFunction;
  source?: PathIntoTheStructuredContent1;
  items?: DataItem[];
  permissions?: {
    id: string;
    name: string;
  }[];
}
/**
 * A personal-information item as the record that uses it names it.
 */
export interface DataItem {
  id: string;
  name: string;
  sensitive: boolean;
}
/**
 * One tap away from the pop-up: the new policy, its PDF, and the full redline of each release it covers. In the feed, each URL is relative to the index like every feed URL; policy-press/client resolves them.
 */
export interface Links {
  policy: Policy;
  pdf: PDF;
  changes: Changes;
}
