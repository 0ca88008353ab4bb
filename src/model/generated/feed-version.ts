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
 * The material-change kinds of the seed's chapter 八: `service-model` (purposes, kinds of data, ways of use), `controller`, `recipients` (sharing, transfer, public disclosure), `user-rights`, `contact`, `risk-assessment`.
 */
export type Category = "service-model" | "controller" | "recipients" | "user-rights" | "contact" | "risk-assessment";
/**
 * The release's consent epoch.
 */
export type ConsentEpoch = number;
/**
 * What is consented to: `item/<id>`, `recipient/<id>`, `sdk/<id>`, `cross-border`, `children`.
 */
export type Id = string;
export type Text = string;
export type HTML = string;
/**
 * This version's permanent page, /versions/<id>/.
 */
export type URL = string;
/**
 * This version as a PDF, /versions/<id>/policy.pdf.
 */
export type URL1 = string;
/**
 * The update date, with `.N` for the N-th release of one day.
 */
export type ReleaseId2 = string;
/**
 * Its /feed/versions/<id>.json.
 */
export type URL2 = string;
/**
 * Its permanent page.
 */
export type URL3 = string;
/**
 * Its PDF.
 */
export type URL4 = string;
/**
 * How the policy names the controller.
 */
export type Role = string;
/**
 * Registered legal name of the entity.
 */
export type LegalName = string;
/**
 * 注册地址.
 */
export type RegisteredAddress = string;
/**
 * How users reach the controller.
 *
 * @minItems 1
 */
export type ContactChannels = [
  {
    id: Id1;
    kind: Kind;
    name: Name;
    value: Value;
  },
  ...{
    id: Id1;
    kind: Kind;
    name: Name;
    value: Value;
  }[]
];
/**
 * A stable identifier: lowercase letters, digits and hyphens. Other files and the Markdown prose refer to a record by it; renaming it is a change of the public interface.
 */
export type Id1 = string;
/**
 * `in-app` (an in-app service), `email`, `phone`, `department` (a responsible department, reached through `value`), `url`.
 */
export type Kind = "in-app" | "email" | "phone" | "department" | "url";
/**
 * What the channel is called.
 */
export type Name = string;
/**
 * The address, number or in-app place. An email address renders as a mailto link.
 */
export type Value = string;
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
  recipients: ResolvedReference[];
  /**
   * Id of the heading that presents the purpose, or null when it is presented in place with :collected.
   */
  section: string | null;
}[];
/**
 * The item's main wording, used where no other wording is asked for.
 */
export type Name1 = string;
/**
 * Non-empty text as it appears in the policy.
 */
export type Text1 = string;
/**
 * Other wordings the policy uses for the same item; a reference may choose one with `as` or a directive label.
 */
export type OtherWordings = Text1[];
/**
 * account 账户, profile 个人资料, identity 身份, contact 联系, device 设备, network 网络, location 位置, usage 使用日志, transaction 交易订单, financial 财产支付, content 发布内容, communication 通信记录, children 儿童.
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
  | "children";
/**
 * 个人敏感信息 (PIPL Art. 28, GB/T 35273-2020 Appendix B). Sensitive items render bold wherever they appear.
 */
export type Sensitive = boolean;
/**
 * Non-empty text as it appears in the policy.
 */
export type Text2 = string;
/**
 * Non-empty text as it appears in the policy.
 */
export type Text3 = string;
/**
 * Every kind of personal information; `sensitive` items are shown bold.
 */
export type Items = {
  id: Id1;
  name: Name1;
  wordings?: OtherWordings;
  category: Category1;
  sensitive: Sensitive;
  sensitiveReason?: Text2;
  definition?: Text3;
}[];
/**
 * Non-empty text as it appears in the policy.
 */
export type Text4 = string;
export type OtherWordings1 = Text1[];
export type AndroidPermissions = string[];
export type IOSUsageKeys = string[];
/**
 * Device permissions, with their Android names and iOS usage keys.
 */
export type Permissions = {
  id: Id1;
  name: Text4;
  wordings?: OtherWordings1;
  android?: AndroidPermissions;
  ios?: IOSUsageKeys;
}[];
/**
 * Non-empty text as it appears in the policy.
 */
export type Text5 = string;
export type OtherWordings2 = Text1[];
/**
 * `company` (one legal entity), `payment` (payment institution), `logistics`, `affiliate` (关联公司), `partner` (授权合作伙伴), `authority` (administrative or judicial bodies), `group` (a named group of recipients).
 */
export type Kind1 = "company" | "payment" | "logistics" | "affiliate" | "partner" | "authority" | "group";
/**
 * For a group: the recipients it includes.
 */
export type Members = Id1[];
/**
 * Non-empty text as it appears in the policy.
 */
export type Text6 = string;
/**
 * Third parties that receive personal information.
 */
export type Recipients = {
  id: Id1;
  name: Text5;
  wordings?: OtherWordings2;
  kind: Kind1;
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
  company: ResolvedReference;
  privacyUrl: string;
}[];
/**
 * Non-empty text as it appears in the policy.
 */
export type Text7 = string;
/**
 * True when personal information is transferred or stored abroad.
 */
export type CrossBorderTransfer = boolean;
export type MinimumRetentionMonths = number;
export type DeletionAfterAccountCancellationMonths = number;
/**
 * The `sha256` of the compiled document (compiled-policy.schema.json) of this version: what a consent receipt records.
 */
export type Sha256 = string;

/**
 * /feed/versions/<id>.json: one released version for apps, immutable once published (Cache-Control: max-age=31536000, immutable). It depends only on its release and the base URL, never on later releases or the build time. The pop-up shows `summary`; each item of `separateConsent` gets its own opt-in.
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
   * What the pop-up says: only the changed parts, grouped by category, sensitive items in bold (the release's summary).
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
   * Each thing the user must agree to on its own (PIPL Arts. 23, 25, 29, 31, 39), one opt-in each, nothing pre-ticked.
   */
  separateConsent: SeparateConsentItem[];
  /**
   * Where to read this version and the one before it.
   */
  links: {
    html: URL;
    pdf: URL1;
    /**
     * The version before it; null for the first.
     */
    previous: {
      id: ReleaseId2;
      url: URL2;
      html: URL3;
      pdf: URL4;
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
    retention: Retention;
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
 * The personal-information handler.
 */
export interface Controller {
  role: Role;
  name: LegalName;
  address: RegisteredAddress;
}
/**
 * A data item as a purpose or an SDK lists it: the wording shown there and whether it is sensitive.
 */
export interface ItemInUse {
  id: string;
  name: string;
  sensitive: boolean;
}
/**
 * A reference resolved to the wording shown in that place.
 */
export interface ResolvedReference {
  id: string;
  name: string;
}
/**
 * Where data is stored; whether it leaves the country.
 */
export interface Storage {
  location: Text7;
  crossBorder: CrossBorderTransfer;
}
/**
 * How long data is kept.
 */
export interface Retention {
  minimumMonths: MinimumRetentionMonths;
  afterCancellationMonths: DeletionAfterAccountCancellationMonths;
}
