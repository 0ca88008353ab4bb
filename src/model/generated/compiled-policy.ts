/* Generated from schemas/compiled-policy.schema.json by scripts/gen-types.ts. Do not edit: change the schema, then run `npm run gen:types`. */

/**
 * A calendar date, YYYY-MM-DD.
 */
export type Date = string;
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
 * How users reach the controller; the prose refers to each by id.
 *
 * @minItems 1
 */
export type ContactChannels = [
  {
    id: Id;
    kind: Kind;
    name: Name;
    value: Value;
  },
  ...{
    id: Id;
    kind: Kind;
    name: Name;
    value: Value;
  }[]
];
/**
 * A stable identifier: lowercase letters, digits and hyphens. Other files and the Markdown prose refer to a record by it; renaming it is a change of the public interface.
 */
export type Id = string;
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
 * Non-empty text as it appears in the policy.
 */
export type Location = string;
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
export type MinimumRetentionMonths = number;
export type DeletionAfterAccountCancellationMonths = number;
/**
 * The item's main wording, used where no other wording is asked for.
 */
export type Name1 = string;
/**
 * Non-empty text as it appears in the policy.
 */
export type Text = string;
/**
 * Other wordings the policy uses for the same item; a reference may choose one with `as` or a directive label.
 */
export type OtherWordings = Text[];
/**
 * account 账户, profile 个人资料, identity 身份, contact 联系, device 设备, network 网络, location 位置, usage 使用日志, transaction 交易订单, financial 财产支付, content 发布内容, communication 通信记录, children 儿童.
 */
export type Category =
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
export type Text1 = string;
/**
 * Non-empty text as it appears in the policy.
 */
export type Text2 = string;
export type Items = {
  id: Id;
  name: Name1;
  wordings?: OtherWordings;
  category: Category;
  sensitive: Sensitive;
  sensitiveReason?: Text1;
  definition?: Text2;
}[];
/**
 * Non-empty text as it appears in the policy.
 */
export type Text3 = string;
export type OtherWordings1 = Text[];
export type AndroidPermissions = string[];
export type IOSUsageKeys = string[];
export type Permissions = {
  id: Id;
  name: Text3;
  wordings?: OtherWordings1;
  android?: AndroidPermissions;
  ios?: IOSUsageKeys;
}[];
/**
 * Non-empty text as it appears in the policy.
 */
export type Text4 = string;
export type OtherWordings2 = Text[];
/**
 * `company` (one legal entity), `payment` (payment institution), `logistics`, `affiliate` (关联公司), `partner` (授权合作伙伴), `authority` (administrative or judicial bodies), `group` (a named group of recipients).
 */
export type Kind1 = "company" | "payment" | "logistics" | "affiliate" | "partner" | "authority" | "group";
/**
 * For a group: the recipients it includes.
 */
export type Members = Id[];
/**
 * Non-empty text as it appears in the policy.
 */
export type Text5 = string;
export type Recipients = {
  id: Id;
  name: Text4;
  wordings?: OtherWordings2;
  kind: Kind1;
  members?: Members;
  method?: Text5;
}[];
/**
 * Non-empty text as it appears in the policy.
 */
export type Text6 = string;
/**
 * `app-path` (a path in the app, shown as written), `contact` (a contact channel), `self-service` (an action in the app described in words).
 */
export type Kind2 = "app-path" | "contact" | "self-service";
/**
 * Non-empty text as it appears in the policy.
 */
export type Text7 = string;
export type WaysToExerciseIt = {
  id: Id;
  kind: Kind2;
  text: Text7;
}[];
export type Rights = {
  id: Id;
  name: Text6;
  ways: WaysToExerciseIt;
}[];
/**
 * The material-change kinds of the rule table (the seed's chapter 八): `service-model` (purposes, kinds of data, ways of use), `controller`, `recipients` (sharing, transfer, public disclosure), `user-rights`, `contact`, `risk-assessment`.
 */
export type Category1 = "service-model" | "controller" | "recipients" | "user-rights" | "contact" | "risk-assessment";

/**
 * The canonical document `policy compile` writes: every structured fact resolved, every chapter rendered to sanitized HTML and plain text. Byte-identical for the same sources.
 */
export interface CompiledPolicy {
  /**
   * Format id of this document.
   */
  format: "policy-press/policy@1";
  product: string;
  title: string;
  updated: Date;
  effective: Date;
  controller: Controller;
  contacts: ContactChannels;
  responseDays: number;
  disputeVenue: string;
  minimumAge: number;
  childAge: number;
  storage: Storage;
  retention: Retention;
  definitions: {
    id: string;
    term: string;
    /**
     * The definition's HTML (inline).
     */
    html: string;
    /**
     * The definition as plain text.
     */
    text: string;
  }[];
  items: Items;
  permissions: Permissions;
  purposes: {
    id: string;
    title: string;
    function: "basic" | "additional";
    scenario?: string;
    items: ItemUse[];
    permissions: Named[];
    recipients: Named[];
    /**
     * Id of the heading that presents the purpose, or null when it is presented in place with :collected.
     */
    section: string | null;
  }[];
  sdks: {
    id: string;
    name: string;
    scenario: string;
    items: ItemUse[];
    permissions: Named[];
    company: Named;
    privacyUrl: string;
  }[];
  recipients: Recipients;
  rights: Rights;
  header: Rendered;
  chapters: {
    id: string;
    title: string;
    /**
     * The categories policy.yaml names for the chapter (absent in documents compiled before they could be named).
     */
    categories?: Category1[];
    html: string;
    text: string;
    headings: {
      id: string;
      depth: number;
      text: string;
      /**
       * What the section's own text (from this heading to the next) refers to through directives, sorted: `item:phone`, `recipient:partners`, `sdk:wechat-sdk`, `field:storage.location`. Absent in documents compiled before sections recorded them.
       */
      refs?: string[];
    }[];
  }[];
  /**
   * The whole document as plain text: the title (as a page's title), the header, then every chapter.
   */
  text: string;
  /**
   * sha256 of this document serialized without the sha256 property.
   */
  sha256: string;
}
/**
 * The personal-information handler (个人信息处理者) responsible for the policy.
 */
export interface Controller {
  role: Role;
  name: LegalName;
  address: RegisteredAddress;
}
/**
 * Where personal information is stored and whether it leaves the country.
 */
export interface Storage {
  location: Location;
  regions?: Regions;
  crossBorder: CrossBorderTransfer;
}
/**
 * How long personal information is kept.
 */
export interface Retention {
  minimumMonths: MinimumRetentionMonths;
  afterCancellationMonths: DeletionAfterAccountCancellationMonths;
}
/**
 * A data item as a purpose or an SDK lists it: the wording shown there and whether it is sensitive.
 */
export interface ItemUse {
  id: string;
  name: string;
  sensitive: boolean;
}
/**
 * A reference resolved to the wording shown in that place.
 */
export interface Named {
  id: string;
  name: string;
}
/**
 * The title (h1) and the two dates.
 */
export interface Rendered {
  /**
   * Sanitized HTML.
   */
  html: string;
  /**
   * Plain text (innerText).
   */
  text: string;
}
