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
   * Chapter ids in reading order; chapter `x` is the Markdown file `chapters/x.md`.
   *
   * @minItems 1
   */
  chapters: [Id, ...Id[]];
}
