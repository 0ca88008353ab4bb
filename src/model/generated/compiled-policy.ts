/* Generated from schemas/compiled-policy.schema.json by scripts/gen-types.ts. Do not edit: change the schema, then run `npm run gen:types`. */

/**
 * A calendar date, YYYY-MM-DD.
 */
export type Date = string;
/**
 * Non-empty text as it appears in the policy.
 */
export type Text = string;
/**
 * Non-empty text as it appears in the policy.
 */
export type Text1 = string;
/**
 * Non-empty text as it appears in the policy.
 */
export type Text2 = string;
/**
 * Non-empty text as it appears in the policy.
 */
export type Text3 = string;
/**
 * Non-empty text as it appears in the policy.
 */
export type Text4 = string;
/**
 * How users reach the controller; the prose refers to each by id.
 *
 * @minItems 1
 */
export type ContactChannels = [
  {
    id: Id;
    kind: Kind;
    name: Text5;
    value: Text6;
    postcode?: Postcode;
    recipient?: Text7;
  },
  ...{
    id: Id;
    kind: Kind;
    name: Text5;
    value: Text6;
    postcode?: Postcode;
    recipient?: Text7;
  }[]
];
/**
 * A stable identifier: lowercase letters, digits and hyphens. Other files and the Markdown prose refer to a record by it; renaming it is a change of the public interface.
 */
export type Id = string;
/**
 * `in-app` (an in-app service or feedback page), `email`, `phone`, `department` (a responsible department, reached through `value`), `url` (a web page), `web-form` (an online form, `value` its https address), `postal` (a postal address, `value` the address; `postcode` beside it).
 */
export type Kind = "in-app" | "email" | "phone" | "department" | "url" | "web-form" | "postal";
/**
 * Non-empty text as it appears in the policy.
 */
export type Text5 = string;
/**
 * Non-empty text as it appears in the policy.
 */
export type Text6 = string;
/**
 * 邮政编码 of a postal address.
 */
export type Postcode = string;
/**
 * Non-empty text as it appears in the policy.
 */
export type Text7 = string;
export type Value = number;
export type Unit = "天" | "工作日" | "月" | "年";
/**
 * Non-empty text as it appears in the policy.
 */
export type Text8 = string;
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
/**
 * Non-empty text as it appears in the policy.
 */
export type Text9 = string;
export type MinimumRetentionMonths = number;
export type DeletionAfterAccountCancellationMonths = number;
/**
 * The item's main wording, used where no other wording is asked for.
 */
export type Name = string;
/**
 * Non-empty text as it appears in the policy.
 */
export type Text10 = string;
/**
 * Other wordings the policy uses for the same item; a reference may choose one with `as` or a directive label.
 */
export type OtherWordings = Text10[];
/**
 * account 账户, profile 个人资料, identity 身份, contact 联系, device 设备, network 网络, location 位置, usage 使用日志, transaction 交易订单, financial 财产支付, content 发布内容, communication 通信记录, health 健康生理 (步数、运动记录、体重), biometric 生物识别 (人脸、指纹、声纹), children 儿童. Items of `health`, `biometric` and `children` are sensitive unless `sensitive: false` says otherwise (GB/T 35273-2020 Appendix B); every other item states `sensitive`.
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
  | "health"
  | "biometric"
  | "children";
/**
 * 个人敏感信息 (PIPL Art. 28, GB/T 35273-2020 Appendix B). Sensitive items render bold wherever they appear. Optional for `health`, `biometric` and `children` items, which are sensitive by default.
 */
export type Sensitive = boolean;
/**
 * Required when `sensitive` is true: the legal ground. For a `health`, `biometric` or `children` item left sensitive by default, the Appendix B ground of its category is used.
 */
export type WhyItIsSensitive = string;
/**
 * 个人信息字段定义以及穷举: what the item covers, where the policy defines it.
 */
export type FieldDefinition = string;
/**
 * Non-empty text as it appears in the policy.
 */
export type Text11 = string;
export type OtherWordings1 = Text10[];
export type AndroidPermissions = string[];
export type IOSUsageKeys = string[];
export type Permissions = {
  id: Id;
  name: Text11;
  wordings?: OtherWordings1;
  android?: AndroidPermissions;
  ios?: IOSUsageKeys;
}[];
/**
 * Non-empty text as it appears in the policy.
 */
export type Text12 = string;
export type URL = string;
/**
 * Non-empty text as it appears in the policy.
 */
export type Text13 = string;
export type OtherWordings2 = Text10[];
/**
 * `company` (one legal entity), `payment` (payment institution), `logistics`, `affiliate` (关联公司), `partner` (授权合作伙伴), `authority` (administrative or judicial bodies), `group` (a named group of recipients); and the audiences of a disclosure (公开披露): `other-users` (other users of the service), `organisation` (members of the user's organisation, e.g. an enterprise account's administrators), `public` (anyone).
 */
export type Kind1 =
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
export type Members = Id[];
/**
 * Non-empty text as it appears in the policy.
 */
export type Text14 = string;
export type Recipients = {
  id: Id;
  name: Text13;
  wordings?: OtherWordings2;
  kind: Kind1;
  members?: Members;
  method?: Text14;
}[];
/**
 * Non-empty text as it appears in the policy.
 */
export type Text15 = string;
/**
 * `app-path` (a path in the app, shown as written), `contact` (a contact channel), `self-service` (an action in the app described in words).
 */
export type Kind2 = "app-path" | "contact" | "self-service";
/**
 * Non-empty text as it appears in the policy.
 */
export type Text16 = string;
export type WaysToExerciseIt = {
  id: Id;
  kind: Kind2;
  text: Text16;
}[];
export type Rights = {
  id: Id;
  name: Text15;
  ways: WaysToExerciseIt;
  responseTime?: Duration3;
}[];
/**
 * The material-change kinds of the rule table (the seed's chapter 八): `service-model` (purposes, kinds of data, ways of use), `controller`, `recipients` (sharing, transfer, public disclosure), `user-rights`, `contact`, `risk-assessment`.
 */
export type Category1 = "service-model" | "controller" | "recipients" | "user-rights" | "contact" | "risk-assessment";

/**
 * The canonical document `policy compile` writes: every structured fact resolved, every chapter rendered to sanitized HTML and plain text. Byte-identical for the same sources. A fact the policy does not state is absent (documents compiled before facts were optional hold `effective`, `responseDays`, `disputeVenue`, `minimumAge`, `childAge` and `retention` always; readers take both shapes).
 */
export interface CompiledPolicy {
  /**
   * Format id of this document.
   */
  format: "policy-press/policy@1";
  product: string;
  title: string;
  updated: Date;
  effective?: Date;
  labels?: HeaderLabels;
  controller: Controller;
  contacts: ContactChannels;
  responseDays?: number;
  responseTime?: Duration;
  /**
   * As policy.yaml states it: the wording, or `{ name, kind }`.
   */
  disputeVenue?:
    | string
    | {
        name: string;
        kind: "court" | "arbitration";
      };
  minimumAge?: number;
  childAge?: number;
  storage: Storage;
  retention?: Retention;
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
    number?: string;
    note?: string;
  }[];
  items: Item[];
  permissions: Permissions;
  purposes: {
    id: string;
    title: string;
    function: "basic" | "additional";
    scenario?: string;
    items: ItemUse[];
    permissions: Named[];
    recipients: RecipientUse[];
    /**
     * Id of the heading that presents the purpose, or null when it is presented in place with :collected.
     */
    section: string | null;
    /**
     * The purpose collects in the background. Absent otherwise.
     */
    background?: true;
  }[];
  sdks: {
    id: string;
    name: string;
    scenario: string;
    items: ItemUse[];
    permissions: Named[];
    company?: Named1;
    /**
     * Its privacy policy, when the policy gives it.
     */
    privacyUrl?: string;
  }[];
  sdkCatalogue?: SDKCatalogue;
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
 * How the document header names the two dates, in the policy's own words. Without it: 本版本更新发布日期 and 生效日期.
 */
export interface HeaderLabels {
  updated?: Text;
  effective?: Text1;
}
/**
 * The personal-information handler (个人信息处理者) responsible for the policy.
 */
export interface Controller {
  role: Text2;
  name: Text3;
  address?: Text4;
}
/**
 * A period as the policy states it: a whole number and its unit. `天` (calendar days), `工作日` (working days), `月` (months), `年` (years).
 */
export interface Duration {
  value: Value;
  unit: Unit;
}
/**
 * Where personal information is stored and whether it leaves the country.
 */
export interface Storage {
  location: Text8;
  regions?: Regions;
  crossBorder: CrossBorderTransfer;
}
/**
 * How long personal information is kept, as the policy states it: `minimum` (a shortest period), `afterCancellation` (deleted within a period after the account is cancelled), `until` (an event: 直至您注销账户). Each is optional; `minimumMonths` and `afterCancellationMonths` are the short forms in months. Leave the whole out when the policy states nothing.
 */
export interface Retention {
  minimum?: Duration1;
  afterCancellation?: Duration2;
  until?: Text9;
  minimumMonths?: MinimumRetentionMonths;
  afterCancellationMonths?: DeletionAfterAccountCancellationMonths;
}
/**
 * A period as the policy states it: a whole number and its unit. `天` (calendar days), `工作日` (working days), `月` (months), `年` (years).
 */
export interface Duration1 {
  value: Value;
  unit: Unit;
}
/**
 * A period as the policy states it: a whole number and its unit. `天` (calendar days), `工作日` (working days), `月` (months), `年` (years).
 */
export interface Duration2 {
  value: Value;
  unit: Unit;
}
/**
 * A data item of data-items.yaml with its sensitivity resolved (an item of a sensitive-by-default category that states none is sensitive, with its category's Appendix B ground).
 */
export interface Item {
  id: Id;
  name: Name;
  wordings?: OtherWordings;
  category: Category;
  sensitive: Sensitive;
  sensitiveReason?: WhyItIsSensitive;
  definition?: FieldDefinition;
}
/**
 * A data item as a purpose or an SDK lists it: the wording shown there and whether it is sensitive.
 */
export interface ItemUse {
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
export interface Named {
  id: string;
  name: string;
}
/**
 * A recipient as a purpose names it; `items`: which of the purpose's items it receives, when the policy says (else all of them).
 */
export interface RecipientUse {
  id: string;
  name: string;
  items?: ItemUse[];
}
/**
 * A reference resolved to the wording shown in that place.
 */
export interface Named1 {
  id: string;
  name: string;
}
/**
 * An external page that lists the SDKs (第三方SDK目录, 第三方信息共享清单): shown as a link by `::sdk-table` (after the table, or alone when `sdks` is empty) or `:sdk-catalogue`. The SDKs it lists are not in this file, so the diff cannot see their changes; a change of the link is in the changelog.
 */
export interface SDKCatalogue {
  title: Text12;
  url: URL;
}
/**
 * A period as the policy states it: a whole number and its unit. `天` (calendar days), `工作日` (working days), `月` (months), `年` (years).
 */
export interface Duration3 {
  value: Value;
  unit: Unit;
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
