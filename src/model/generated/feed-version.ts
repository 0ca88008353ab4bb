/* Generated from schemas/feed-version.schema.json by scripts/gen-types.ts. Do not edit: change the schema, then run `npm run gen:types`. */

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
 * The release's notice level (notice-rules.md).
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
 * What is consented to, stable across releases (popup.schema.json `consentItem.id`): `recipient/<id>`, `item/<id>`, `cross-border`, `children`, `review/<id>`. Records made before the consent model may also hold `sdk/<id>`.
 */
export type Id = string;
export type Text = string;
export type HTML = string;
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
export type Id1 =
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
export type Text1 = string;
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
export type Id2 = "items" | "permissions" | "purposes" | "uses";
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
export type Id3 = string;
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
export type Text2 = string;
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
export type ConsentItems = ConsentItem[];
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
 * A URL relative to the index (`feed/index.json`), covered by its signature: resolve it against the address the index was fetched from (RFC 3986), never against the document it appears in. The feed carries no site address, so it works wherever the site is served.
 */
export type URL1 = string;
/**
 * A URL relative to the index (`feed/index.json`), covered by its signature: resolve it against the address the index was fetched from (RFC 3986), never against the document it appears in. The feed carries no site address, so it works wherever the site is served.
 */
export type URL2 = string;
/**
 * The update date, with `.N` for the N-th release of one day.
 */
export type ReleaseId2 = string;
/**
 * A URL relative to the index (`feed/index.json`), covered by its signature: resolve it against the address the index was fetched from (RFC 3986), never against the document it appears in. The feed carries no site address, so it works wherever the site is served.
 */
export type URL3 = string;
/**
 * A URL relative to the index (`feed/index.json`), covered by its signature: resolve it against the address the index was fetched from (RFC 3986), never against the document it appears in. The feed carries no site address, so it works wherever the site is served.
 */
export type URL4 = string;
/**
 * A URL relative to the index (`feed/index.json`), covered by its signature: resolve it against the address the index was fetched from (RFC 3986), never against the document it appears in. The feed carries no site address, so it works wherever the site is served.
 */
export type URL5 = string;
/**
 * How the policy names the controller.
 */
export type Role = string;
/**
 * Registered legal name of the entity.
 */
export type LegalName = string;
/**
 * 注册地址; leave it out when the policy states none.
 */
export type RegisteredAddress = string;
/**
 * How users reach the controller.
 *
 * @minItems 1
 */
export type ContactChannels = [
  {
    id: Id4;
    kind: Kind2;
    name: Name;
    value: Value3;
    postcode?: Postcode;
    recipient?: Addressee;
  },
  ...{
    id: Id4;
    kind: Kind2;
    name: Name;
    value: Value3;
    postcode?: Postcode;
    recipient?: Addressee;
  }[]
];
/**
 * A stable identifier: lowercase letters, digits and hyphens. Other files and the Markdown prose refer to a record by it; renaming it is a change of the public interface.
 */
export type Id4 = string;
/**
 * `in-app` (an in-app service or feedback page), `email`, `phone`, `department` (a responsible department, reached through `value`), `url` (a web page), `web-form` (an online form, `value` its https address), `postal` (a postal address, `value` the address; `postcode` beside it).
 */
export type Kind2 = "in-app" | "email" | "phone" | "department" | "url" | "web-form" | "postal";
/**
 * What the channel is called.
 */
export type Name = string;
/**
 * The address, number, web address or in-app place. An email address renders as a mailto link, an https address as a link.
 */
export type Value3 = string;
/**
 * 邮政编码 of a postal address.
 */
export type Postcode = string;
/**
 * 收件人 of a postal address, as the policy names it.
 */
export type Addressee = string;
/**
 * Each purpose with the items, permissions and recipients it uses.
 */
export type Purposes = {
  id: string;
  title: string;
  function: "basic" | "additional";
  scenario?: string;
  items: ItemInUse[];
  permissions: ResolvedReference[];
  recipients: RecipientOfAPurpose[];
  /**
   * Id of the heading that presents the purpose, or null when it is presented in place with :collected.
   */
  section: string | null;
  /**
   * The purpose collects in the background. Absent otherwise.
   */
  background?: true;
}[];
/**
 * The item's main wording, used where no other wording is asked for.
 */
export type Name1 = string;
/**
 * Non-empty text as it appears in the policy.
 */
export type Text3 = string;
/**
 * Other wordings the policy uses for the same item; a reference may choose one with `as` or a directive label.
 */
export type OtherWordings = Text3[];
/**
 * account 账户, profile 个人资料, identity 身份, contact 联系, device 设备, network 网络, location 位置, usage 使用日志, transaction 交易订单, financial 财产支付, content 发布内容, communication 通信记录, health 健康生理 (步数、运动记录、体重), biometric 生物识别 (人脸、指纹、声纹), children 儿童. Items of `health`, `biometric` and `children` are sensitive unless `sensitive: false` says otherwise (GB/T 35273-2020 Appendix B); every other item states `sensitive`.
 */
export type Category1 =
  | "account"
  | "profile"
  | "identity"
  | "contact"
  | "device"
  | "network"
  | "location"
  | "usage"
  | "transaction"
  | "financial"
  | "content"
  | "communication"
  | "health"
  | "biometric"
  | "children";
/**
 * 个人敏感信息 (PIPL Art. 28, GB/T 35273-2020 Appendix B). Sensitive items render bold wherever they appear. Optional for `health`, `biometric` and `children` items, which are sensitive by default.
 */
export type Sensitive1 = boolean;
/**
 * Required when `sensitive` is true: the legal ground. For a `health`, `biometric` or `children` item left sensitive by default, the Appendix B ground of its category is used.
 */
export type WhyItIsSensitive = string;
/**
 * 个人信息字段定义以及穷举: what the item covers, where the policy defines it.
 */
export type FieldDefinition = string;
/**
 * Every kind of personal information; `sensitive` items are shown bold.
 */
export type Items = DataItem1[];
/**
 * Non-empty text as it appears in the policy.
 */
export type Text4 = string;
export type OtherWordings1 = Text3[];
export type AndroidPermissions = string[];
export type IOSUsageKeys = string[];
/**
 * Device permissions, with their Android names and iOS usage keys.
 */
export type Permissions = {
  id: Id4;
  name: Text4;
  wordings?: OtherWordings1;
  android?: AndroidPermissions;
  ios?: IOSUsageKeys;
}[];
/**
 * Non-empty text as it appears in the policy.
 */
export type Text5 = string;
export type OtherWordings2 = Text3[];
/**
 * `company` (one legal entity), `payment` (payment institution), `logistics`, `affiliate` (关联公司), `partner` (授权合作伙伴), `authority` (administrative or judicial bodies), `group` (a named group of recipients); and the audiences of a disclosure (公开披露): `other-users` (other users of the service), `organisation` (members of the user's organisation, e.g. an enterprise account's administrators), `public` (anyone).
 */
export type Kind3 =
  | "company"
  | "payment"
  | "logistics"
  | "affiliate"
  | "partner"
  | "authority"
  | "group"
  | "other-users"
  | "organisation"
  | "public";
/**
 * For a group: the recipients it includes.
 */
export type Members = Id4[];
/**
 * Non-empty text as it appears in the policy.
 */
export type Text6 = string;
/**
 * Third parties that receive personal information.
 */
export type Recipients = {
  id: Id4;
  name: Text5;
  wordings?: OtherWordings2;
  kind: Kind3;
  members?: Members;
  method?: Text6;
}[];
/**
 * Third-party SDKs with the items and permissions each uses.
 */
export type Sdks = {
  id: string;
  name: string;
  scenario: string;
  items: ItemInUse[];
  permissions: ResolvedReference[];
  company?: ResolvedReference1;
  /**
   * Its privacy policy, when the policy gives it.
   */
  privacyUrl?: string;
}[];
/**
 * Non-empty text as it appears in the policy.
 */
export type Text7 = string;
/**
 * Where the information is stored, as ISO 3166-1 alpha-2 codes: `CN` is mainland China; any other code (`HK`, `MO`, `TW` included) is outside it (境外) and needs `crossBorder: true`. Without it, `location` is read for 境内 or foreign wording.
 *
 * @minItems 1
 */
export type Regions = [string, ...string[]];
/**
 * True when personal information is transferred or stored abroad.
 */
export type CrossBorderTransfer = boolean;
export type Value4 = number;
export type Unit = "天" | "工作日" | "月" | "年";
/**
 * Non-empty text as it appears in the policy.
 */
export type Text8 = string;
export type MinimumRetentionMonths = number;
export type DeletionAfterAccountCancellationMonths = number;
/**
 * The `sha256` of the compiled document (compiled-policy.schema.json) of this version: what a consent receipt records.
 */
export type Sha256 = string;

/**
 * /feed/versions/<id>.json: one released version for apps, immutable once published (Cache-Control: max-age=31536000, immutable). It depends only on its release, never on later releases, the build time or the site address: its URLs are relative to the index. The pop-up is `dialog` (data to render natively; `summary` is its body as text and HTML); each of its consent items gets its own opt-in. policy-press/client merges the `dialog` of every release a user skipped into one pop-up (`popupFor`).
 */
export interface FeedVersion {
  /**
   * Format id of this document.
   */
  format: "policy-press/feed-version@1";
  id: ReleaseId;
  previous: PreviousRelease;
  /**
   * The product the policy covers.
   */
  product: string;
  /**
   * The policy's title.
   */
  title: string;
  updated: Date;
  effective: Date1;
  level: NoticeLevel;
  /**
   * True exactly when `level` is not `none`.
   */
  popup: boolean;
  /**
   * Categories of the release's changes above `none`, in the rule table's order.
   */
  categories: Category[];
  /**
   * An impact assessment for this release showed high risk.
   */
  highRisk: boolean;
  consentEpoch: ConsentEpoch;
  /**
   * The editor's note for the changelog.
   */
  note: string;
  /**
   * The pop-up's body as the release recorded it: only the changed parts, sensitive items in bold. For releases with a structured pop-up it leaves out the consent items (show them from `dialog.consent`, each with its own opt-in); older records list them at the end.
   */
  summary: {
    /**
     * Plain text, one line per change.
     */
    text: string;
    /**
     * The same as HTML (<p>, <ol>, <strong> for sensitive items); safe to render as is.
     */
    html: string;
  };
  /**
   * Each thing the user must agree to on its own (PIPL Arts. 23, 25, 29, 31, 39), one opt-in each, nothing pre-ticked: `dialog.consent` as id, text and HTML.
   */
  separateConsent: SeparateConsentItem[];
  dialog: PopUp;
  welcome: PopUp1;
  /**
   * Where to read this version and the one before it.
   */
  links: {
    html: URL1;
    pdf: URL2;
    /**
     * The version before it; null for the first.
     */
    previous: {
      id: ReleaseId2;
      url: URL3;
      html: URL4;
      pdf: URL5;
    } | null;
  };
  /**
   * The facts of this version as the compiled document has them (compiled-policy.schema.json), for apps that show them natively.
   */
  content: {
    controller: Controller;
    contacts: ContactChannels;
    purposes: Purposes;
    items: Items;
    permissions: Permissions;
    recipients: Recipients;
    sdks: Sdks;
    storage: Storage;
    retention?: Retention;
  };
  documentSha256: Sha256;
}
/**
 * One thing the user must agree to on its own (PIPL Arts. 23, 25, 29, 31, 39).
 */
export interface SeparateConsentItem {
  id: Id;
  text: Text;
  html: HTML;
}
/**
 * This release's pop-up as data (popup.schema.json): for a first release the consent to the whole policy (`kind: first-run`), else the changes since the release before (`kind: update`), with its links. For a release recorded before the structured pop-up existed, it is derived deterministically from the record's classified changes and decisions and this version's document (a first release: from the document).
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
  id: Id1;
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
  text: Text1;
  sensitive?: Sensitive;
}
/**
 * Elements of one kind a line lists after its lead, e.g. the data items newly collected.
 */
export interface GroupOfElements {
  id: Id2;
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
export interface ConsentItem {
  id: Id3;
  kind: Kind1;
  title: RichText3;
  lines: Lines;
  refusal: WhatRefusingMeans;
  required: Required;
  text: Text2;
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
/**
 * The pop-up for a user who meets this version first (first launch): consent to the whole policy, its sensitive items named, with links.
 */
export interface PopUp1 {
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
 * The personal-information handler.
 */
export interface Controller {
  role: Role;
  name: LegalName;
  address?: RegisteredAddress;
}
/**
 * A data item as a purpose or an SDK lists it: the wording shown there and whether it is sensitive.
 */
export interface ItemInUse {
  id: string;
  name: string;
  sensitive: boolean;
  /**
   * Collected while the app runs in the background (the purpose's `background`, or the item's own). Absent otherwise.
   */
  background?: true;
}
/**
 * A reference resolved to the wording shown in that place.
 */
export interface ResolvedReference {
  id: string;
  name: string;
}
/**
 * A recipient as a purpose names it; `items`: which of the purpose's items it receives, when the policy says (else all of them).
 */
export interface RecipientOfAPurpose {
  id: string;
  name: string;
  items?: ItemInUse[];
}
/**
 * A data item of data-items.yaml with its sensitivity resolved (an item of a sensitive-by-default category that states none is sensitive, with its category's Appendix B ground).
 */
export interface DataItem1 {
  id: Id4;
  name: Name1;
  wordings?: OtherWordings;
  category: Category1;
  sensitive: Sensitive1;
  sensitiveReason?: WhyItIsSensitive;
  definition?: FieldDefinition;
}
/**
 * A reference resolved to the wording shown in that place.
 */
export interface ResolvedReference1 {
  id: string;
  name: string;
}
/**
 * Where data is stored; whether it leaves the country.
 */
export interface Storage {
  location: Text7;
  regions?: Regions;
  crossBorder: CrossBorderTransfer;
}
/**
 * How long personal information is kept, when the policy states it (absent otherwise).
 */
export interface Retention {
  minimum?: MinimumRetention;
  afterCancellation?: DeletionAfterAccountCancellation;
  until?: Text8;
  minimumMonths?: MinimumRetentionMonths;
  afterCancellationMonths?: DeletionAfterAccountCancellationMonths;
}
/**
 * A period as the policy states it: a whole number and its unit. `天` (calendar days), `工作日` (working days), `月` (months), `年` (years).
 */
export interface MinimumRetention {
  value: Value4;
  unit: Unit;
}
/**
 * A period as the policy states it: a whole number and its unit. `天` (calendar days), `工作日` (working days), `月` (months), `年` (years).
 */
export interface DeletionAfterAccountCancellation {
  value: Value4;
  unit: Unit;
}
