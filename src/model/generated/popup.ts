/* Generated from schemas/popup.schema.json by scripts/gen-types.ts. Do not edit: change the schema, then run `npm run gen:types`. */

/**
 * The material-change kinds of the rule table (the seed's chapter 八): `service-model` (purposes, kinds of data, ways of use), `controller`, `recipients` (sharing, transfer, public disclosure), `user-rights`, `contact`, `risk-assessment`.
 */
export type Category = "service-model" | "controller" | "recipients" | "user-rights" | "contact" | "risk-assessment";
/**
 * `none` (quiet update), `notify` (pop-up or prominent notice), `reconsent` (pop-up needing an active agree), `separate-consent` (one dedicated opt-in per item). Ordered from lowest to highest.
 */
export type NoticeLevel = "none" | "notify" | "reconsent" | "separate-consent";
/**
 * A line as text runs; joined, their texts are the plain line.
 */
export type Runs = Run[];
/**
 * A line as text runs; joined, their texts are the plain line.
 */
export type Runs1 = Run[];
/**
 * A line as text runs; joined, their texts are the plain line.
 */
export type Runs2 = Run[];
/**
 * Steps from the version document's `content`: a property name, or in a list the id of an element (or the element itself in a list of ids).
 *
 * @minItems 1
 */
export type Path = [string, ...string[]];
/**
 * A value of the policy: a field's value, or for an element added to a list `false` before and `true` after.
 */
export type Scalar = string | number | boolean;
/**
 * A line as text runs; joined, their texts are the plain line.
 */
export type Runs3 = Run[];
/**
 * A line as text runs; joined, their texts are the plain line.
 */
export type Runs4 = Run[];
/**
 * Steps from the version document's `content`: a property name, or in a list the id of an element (or the element itself in a list of ids).
 *
 * @minItems 1
 */
export type Path1 = [string, ...string[]];
/**
 * The version's permanent page.
 */
export type URL = string;
/**
 * The version as a PDF.
 */
export type URL1 = string;
/**
 * A URL relative to the index (`feed/index.json`), covered by its signature: resolve it against the address the index was fetched from (RFC 3986), never against the document it appears in. The feed carries no site address, so it works wherever the site is served.
 */
export type URL2 = string;

/**
 * The pop-up an app shows, as data: a title, an intro, sections of short plain-language lines (the legal category of each kept as data), and the consent items a user can grant or refuse one by one, nothing pre-ticked. A release record stores the pop-up of its release; each feed version document carries it with links; the client (`popupFor` in policy-press/client) merges the pop-ups of every release a user skipped into one. Render `title`, `intro`, `sections[].heading`, `sections[].lines[].runs`, `consent[]` (`title`, `lines`, `refusal`, `required`) and `links`; the other fields (`lead`, `groups`, `holds`, `before`, `after`, `parts`) are what the merge needs.
 */
export interface Popup {
  /**
   * `first-run` (consent to the whole policy: a first release, or a first launch) or `update` (the changed parts since the user's version).
   */
  kind: "first-run" | "update";
  product: string;
  title: string;
  /**
   * One paragraph with the effective date of the newest version.
   */
  intro: string;
  sections: Section[];
  consent: ConsentItem[];
  links?: Links;
  /**
   * In a merged pop-up: the releases it covers, oldest first.
   */
  releases?: string[];
}
/**
 * Lines under a heading a reader understands.
 */
export interface Section {
  /**
   * `new-third-parties`, `new-collection`, `third-parties`, `use`, `controller`, `rights`, `contact`, `other`; in a first-run pop-up `sensitive` and `also`. Sections come in this order.
   */
  id:
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
  heading: string;
  /**
   * The categories of its lines, for apps and the changes page.
   */
  categories: Category[];
  lines: Line[];
}
/**
 * One short line of a section: one change, or the elements newly added to one record.
 */
export interface Line {
  /**
   * What the line is about: a change id, or the record whose elements it lists. Lines of several releases with the same key are one line in a merged pop-up.
   */
  key: string;
  /**
   * The notice rules' category of the change (null for a change the rules file under none): data for apps and the changes page, not shown as a heading.
   */
  category: Category | null;
  level: NoticeLevel;
  /**
   * True when the line stands for a change itself (an SDK added, an address changed); false when it only lists the elements `groups` adds to an existing record.
   */
  change: boolean;
  runs: Runs;
  lead?: Runs1;
  groups?: Group[];
  holds?: Holds;
  /**
   * A value of the policy: a field's value, or for an element added to a list `false` before and `true` after.
   */
  before?: string | number | boolean;
  /**
   * A value of the policy: a field's value, or for an element added to a list `false` before and `true` after.
   */
  after?: string | number | boolean;
}
/**
 * A stretch of text; `sensitive` marks the name of a sensitive personal-information item, shown bold.
 */
export interface Run {
  /**
   * Plain text.
   */
  text: string;
  /**
   * The run names a sensitive item (敏感个人信息): show it bold.
   */
  sensitive?: true;
}
/**
 * Elements of one kind a line lists after its lead, e.g. the data items newly collected.
 */
export interface Group {
  /**
   * What the elements are.
   */
  id: "items" | "permissions" | "purposes" | "uses";
  /**
   * The words before the elements.
   */
  label: string;
  parts: Part[];
}
/**
 * One element a line lists, e.g. one data item a purpose newly collects.
 */
export interface Part {
  /**
   * The change it stands for (a change id of the diff).
   */
  key: string;
  runs: Runs2;
  holds?: Holds;
}
/**
 * A fact of the policy this entry announces, checked against the newest version's `content` when pop-ups are merged: the path exists (and, with `is`, has that value; a list of ids or names counts as its elements joined with `、`). An entry whose fact no longer holds (an SDK added, then removed again) is left out.
 */
export interface Holds {
  path: Path;
  is?: Scalar;
}
/**
 * One thing a user can refuse on its own (PIPL Arts. 23, 25, 29, 31, 39): shown with its own checkbox, never pre-ticked, not bundled with the general agree.
 */
export interface ConsentItem {
  /**
   * Stable across releases, so an app can remember a grant: `recipient/<recipient id>`, `item/<item id>`, `cross-border`, `children`, `review/<review id>`.
   */
  id: string;
  kind: "recipient" | "item" | "cross-border" | "children" | "review" | "other";
  title: Runs3;
  /**
   * Through what and for what, with the data (sensitive items bold).
   */
  lines: Runs2[];
  /**
   * Derived from the data: which functions turn off, or that a basic function needs it.
   */
  refusal: string;
  /**
   * A basic function (or the service as a whole) needs it: refusing means that function cannot be used. Still never pre-ticked.
   */
  required: boolean;
  /**
   * The item as plain text: title, lines, what refusing means, one a line.
   */
  text: string;
  parts: ConsentPart[];
}
/**
 * What one change adds to a consent item (e.g. one new SDK of the company).
 */
export interface ConsentPart {
  /**
   * The change it stands for; in a merged pop-up the newest part of a key replaces older ones.
   */
  key: string;
  /**
   * What exactly is consented to: a receipt that granted this scope of this item covers it.
   */
  scope: string;
  holds?: Holds;
  rows: Row[];
  /**
   * A fixed sentence on what refusing this part means (cross-border, children, an editor's decision).
   */
  refusal?: string;
  /**
   * This part is needed by the service as a whole.
   */
  required?: boolean;
}
/**
 * One way the consent is used: an SDK or a purpose through which a company receives data (with the data), a purpose that collects a sensitive item, a destination abroad.
 */
export interface Row {
  lead: Runs4;
  /**
   * The function that needs it, named for the reader: turned off when the user refuses.
   */
  feature?: string;
  /**
   * The function is a basic one (purposes.yaml `function: basic`): refusing means it cannot be used.
   */
  basic?: boolean;
  source?: Path1;
  items?: ItemRef[];
  permissions?: {
    id: string;
    name: string;
  }[];
}
/**
 * A personal-information item as the record that uses it names it.
 */
export interface ItemRef {
  id: string;
  name: string;
  sensitive: boolean;
}
/**
 * One tap away from the pop-up: the new policy, its PDF, and the full redline of each release it covers. In the feed, each URL is relative to the index like every feed URL; policy-press/client resolves them.
 */
export interface Links {
  policy: URL;
  pdf: URL1;
  /**
   * The changes page (redline) of each release covered, oldest first; empty for a first-run pop-up.
   */
  changes: {
    id: string;
    url: URL2;
  }[];
}
