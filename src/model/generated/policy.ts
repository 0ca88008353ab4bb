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
 * 本版本更新发布日期: the date this version was published.
 */
export type Date = string;
/**
 * 生效日期: the date this version takes effect; not before `updated`.
 */
export type Date1 = string;
/**
 * How the policy names the controller.
 */
export type Text2 = string;
/**
 * Registered legal name of the entity.
 */
export type Text3 = string;
/**
 * 注册地址.
 */
export type Text4 = string;
/**
 * A stable identifier: lowercase letters, digits and hyphens. Other files and the Markdown prose refer to a record by it; renaming it is a change of the public interface.
 */
export type Id = string;
/**
 * What the channel is called.
 */
export type Text5 = string;
/**
 * The address, number or in-app place. An email address renders as a mailto link.
 */
export type Text6 = string;
/**
 * Court where disputes are brought.
 */
export type Text7 = string;
/**
 * Non-empty text as it appears in the policy.
 */
export type Text8 = string;
/**
 * The material-change kinds of the rule table (the seed's chapter 八): `service-model` (purposes, kinds of data, ways of use), `controller`, `recipients` (sharing, transfer, public disclosure), `user-rights`, `contact`, `risk-assessment`.
 */
export type Category = "service-model" | "controller" | "recipients" | "user-rights" | "contact" | "risk-assessment";

/**
 * policy/policy.yaml: who publishes the policy, its dates, contacts, retention, storage and the order of its chapters.
 */
export interface PolicySource {
  /**
   * Editor hint; ignored by the compiler.
   */
  $schema?: string;
  product: Text;
  title: Text1;
  updated: Date;
  effective: Date1;
  /**
   * The personal-information handler (个人信息处理者) responsible for the policy.
   */
  controller: {
    role: Text2;
    name: Text3;
    address: Text4;
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
       * `in-app` (an in-app service), `email`, `phone`, `department` (a responsible department, reached through `value`), `url`.
       */
      kind: "in-app" | "email" | "phone" | "department" | "url";
      name: Text5;
      value: Text6;
    },
    ...{
      id: Id;
      /**
       * `in-app` (an in-app service), `email`, `phone`, `department` (a responsible department, reached through `value`), `url`.
       */
      kind: "in-app" | "email" | "phone" | "department" | "url";
      name: Text5;
      value: Text6;
    }[]
  ];
  /**
   * Days within which requests are answered.
   */
  responseDays: number;
  disputeVenue: Text7;
  /**
   * Age users must have reached to register.
   */
  minimumAge: number;
  /**
   * Users under this age are children (儿童).
   */
  childAge: number;
  /**
   * Where personal information is stored and whether it leaves the country.
   */
  storage: {
    location: Text8;
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
   * How long personal information is kept.
   */
  retention: {
    minimumMonths: number;
    afterCancellationMonths: number;
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
