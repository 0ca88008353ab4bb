/* Generated from schemas/policy.schema.json by scripts/gen-types.ts. Do not edit: change the schema, then run `npm run gen:types`. */

/**
 * The product the policy covers.
 */
export type Text = string;
/**
 * The policy's title, shown as its main heading.
 */
export type Text1 = string;
/**
 * The date this version was published (shown as 本版本更新发布日期 unless `labels.updated` names it otherwise); the release id.
 */
export type Date = string;
/**
 * 生效日期: the date this version takes effect; not before `updated`. Leave it out when the policy states none: the header shows no effective date, and the version is in force from its publication (`updated`).
 */
export type Date1 = string;
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
 * Non-empty text as it appears in the policy.
 */
export type Text5 = string;
/**
 * A stable identifier: lowercase letters, digits and hyphens. Other files and the Markdown prose refer to a record by it; renaming it is a change of the public interface.
 */
export type Id = string;
/**
 * Non-empty text as it appears in the policy.
 */
export type Text6 = string;
/**
 * Non-empty text as it appears in the policy.
 */
export type Text7 = string;
/**
 * Non-empty text as it appears in the policy.
 */
export type Text8 = string;
export type Value = number;
export type Unit = "天" | "工作日" | "月" | "年";
/**
 * Non-empty text as it appears in the policy.
 */
export type Text9 = string;
/**
 * The material-change kinds of the rule table (the seed's chapter 八): `service-model` (purposes, kinds of data, ways of use), `controller`, `recipients` (sharing, transfer, public disclosure), `user-rights`, `contact`, `risk-assessment`.
 */
export type Category = "service-model" | "controller" | "recipients" | "user-rights" | "contact" | "risk-assessment";

/**
 * policy/policy.yaml: who publishes the policy, its dates, contacts, retention, storage and the order of its chapters. Facts a policy may not state (the effective date, ages, response time, dispute venue, retention) are optional: leave out what the policy does not say; nothing is shown for it.
 */
export interface PolicySource {
  /**
   * Editor hint; ignored by the compiler.
   */
  $schema?: string;
  product: Text;
  title: Text1;
  updated: Date;
  effective?: Date1;
  /**
   * How the document header names the two dates, in the policy's own words. Without it: 本版本更新发布日期 and 生效日期.
   */
  labels?: {
    updated?: Text2;
    effective?: Text2;
  };
  /**
   * The personal-information handler (个人信息处理者) responsible for the policy.
   */
  controller: {
    role: Text3;
    name: Text4;
    address?: Text5;
  };
  /**
   * How users reach the controller; the prose refers to each by id.
   *
   * @minItems 1
   */
  contacts: [
    {
      id: Id;
      /**
       * `in-app` (an in-app service or feedback page), `email`, `phone`, `department` (a responsible department, reached through `value`), `url` (a web page), `web-form` (an online form, `value` its https address), `postal` (a postal address, `value` the address; `postcode` beside it).
       */
      kind: "in-app" | "email" | "phone" | "department" | "url" | "web-form" | "postal";
      name: Text6;
      value: Text7;
      /**
       * 邮政编码 of a postal address.
       */
      postcode?: string;
      recipient?: Text8;
    },
    ...{
      id: Id;
      /**
       * `in-app` (an in-app service or feedback page), `email`, `phone`, `department` (a responsible department, reached through `value`), `url` (a web page), `web-form` (an online form, `value` its https address), `postal` (a postal address, `value` the address; `postcode` beside it).
       */
      kind: "in-app" | "email" | "phone" | "department" | "url" | "web-form" | "postal";
      name: Text6;
      value: Text7;
      /**
       * 邮政编码 of a postal address.
       */
      postcode?: string;
      recipient?: Text8;
    }[]
  ];
  /**
   * Days within which requests are answered: the short form of `responseTime: { value: N, unit: 天 }`. Write one of the two, or neither when the policy states none.
   */
  responseDays?: number;
  responseTime?: Duration;
  /**
   * Where disputes are brought: the wording (a court, read as such when it ends in 法院; an arbitration commission when it names 仲裁), or `{ name, kind: court | arbitration }`. Leave it out when the policy states none.
   */
  disputeVenue?:
    | Text2
    | {
        name: Text2;
        /**
         * `court` (人民法院) or `arbitration` (仲裁委员会、仲裁院).
         */
        kind: "court" | "arbitration";
      };
  /**
   * Age users must have reached to register; leave it out when the policy states none.
   */
  minimumAge?: number;
  /**
   * Users under this age are children (儿童); leave it out when the policy states none.
   */
  childAge?: number;
  /**
   * Where personal information is stored and whether it leaves the country.
   */
  storage: {
    location: Text2;
    /**
     * Where the information is stored, as ISO 3166-1 alpha-2 codes: `CN` is mainland China; any other code (`HK`, `MO`, `TW` included) is outside it (境外) and needs `crossBorder: true`. Without it, `location` is read for 境内 or foreign wording.
     *
     * @minItems 1
     */
    regions?: [string, ...string[]];
    /**
     * True when personal information is transferred or stored abroad.
     */
    crossBorder: boolean;
  };
  /**
   * How long personal information is kept, as the policy states it: `minimum` (a shortest period), `afterCancellation` (deleted within a period after the account is cancelled), `until` (an event: 直至您注销账户). Each is optional; `minimumMonths` and `afterCancellationMonths` are the short forms in months. Leave the whole out when the policy states nothing.
   */
  retention?: {
    minimum?: Duration1;
    afterCancellation?: Duration1;
    until?: Text9;
    minimumMonths?: number;
    afterCancellationMonths?: number;
  };
  /**
   * The chapters in reading order; chapter `x` is the Markdown file `chapters/x.md`. An entry is the chapter's id, or `{id, categories}` naming the categories of the rule table the chapter is about (they label its review items; a chapter that names none is still reviewed on substantive edits).
   *
   * @minItems 1
   */
  chapters: [
    (
      | Id
      | {
          id: Id;
          /**
           * What the chapter is about, in the rule table's terms: service-model, controller, recipients, user-rights, contact, risk-assessment.
           */
          categories?: Category[];
        }
    ),
    ...(
      | Id
      | {
          id: Id;
          /**
           * What the chapter is about, in the rule table's terms: service-model, controller, recipients, user-rights, contact, risk-assessment.
           */
          categories?: Category[];
        }
    )[]
  ];
}
/**
 * Within how long requests are answered, with its unit (`天` or `工作日`); a right may state its own (rights.yaml `responseTime`). Leave it out when the policy states none.
 */
export interface Duration {
  value: Value;
  unit: Unit;
}
/**
 * A period as the policy states it: a whole number and its unit. `天` (calendar days), `工作日` (working days), `月` (months), `年` (years).
 */
export interface Duration1 {
  value: Value;
  unit: Unit;
}
