/* Generated from schemas/sdks.schema.json by scripts/gen-types.ts. Do not edit: change the schema, then run `npm run gen:types`. */

/**
 * A stable identifier: lowercase letters, digits and hyphens. Other files and the Markdown prose refer to a record by it; renaming it is a change of the public interface.
 */
export type Id = string;
/**
 * Non-empty text as it appears in the policy.
 */
export type Text = string;
/**
 * Non-empty text as it appears in the policy.
 */
export type Text1 = string;
/**
 * A data item by id, or an object naming the id and the wording (one of the item's `wordings`) to show in this place.
 */
export type DataItemReference =
  | Id
  | {
      id: Id;
      as?: Wording;
      background?: CollectedInTheBackground;
    };
/**
 * The wording to show here; must be the item's name or one of its wordings.
 */
export type Wording = string;
/**
 * True when this item is collected while the app runs in the background (后台运行时), not only while it is in use.
 */
export type CollectedInTheBackground = boolean;
/**
 * A stable identifier: lowercase letters, digits and hyphens. Other files and the Markdown prose refer to a record by it; renaming it is a change of the public interface.
 */
export type Id1 = string;
/**
 * Non-empty text as it appears in the policy.
 */
export type Text2 = string;

/**
 * policy/sdks.yaml: the SDK table of the sharing chapter, one record a row, in the order of the table (`::sdk-table` renders it, as `layout` says); or, for a policy that lists its SDKs on a page of their own, `catalogue`: the link to that 第三方SDK目录.
 */
export interface SdksSource {
  $schema?: string;
  sdks: {
    id: Id;
    name: Text;
    scenario: Text1;
    /**
     * 个人信息类型: data items the SDK collects, in the order shown.
     */
    items: DataItemReference[];
    /**
     * Shown after the items.
     */
    permissions?: DataItemReference[];
    /**
     * What separates the items in the table cell; `、` unless given.
     */
    separator?: "、" | "，" | "；" | ",";
    company?: Id1;
    /**
     * The company's privacy policy. Only an https: URL becomes a link; an http: one is shown as text, with a warning. Leave it out only when the policy gives none (a warning).
     */
    privacyUrl?: string;
  }[];
  /**
   * An external page that lists the SDKs (第三方SDK目录, 第三方信息共享清单): shown as a link by `::sdk-table` (after the table, or alone when `sdks` is empty) or `:sdk-catalogue`. The SDKs it lists are not in this file, so the diff cannot see their changes; a change of the link is in the changelog.
   */
  catalogue?: {
    title: Text;
    url: string;
  };
  /**
   * How `::sdk-table` shows the SDKs, in the policy's own words. `as: table`: a header row of the fields' labels, then a row per SDK, a cell per field. `as: list`: a paragraph per SDK (the shape of a 第三方信息共享清单), a line per field: its label as written (colon included: `第三方名称：`), then the value; a field the SDK does not state is left out. Without it: a table of SDK名称 (name), 场景描述 (scenario), 个人信息类型 (items), 第三方机构名称 (company, then privacyUrl). `policy import` writes it so that an imported table reads as it did.
   */
  layout?: {
    as: "table" | "list";
    /**
     * In the order shown: each a column (table) or a line (list).
     *
     * @minItems 1
     */
    fields: [
      {
        /**
         * What the cell or line shows; several fields are shown one per line in the same cell (`[company, privacyUrl]`).
         *
         * @minItems 1
         *
         * Items: `name`, `scenario`, `items` (then `permissions`), `company` (the recipient's name), `privacyUrl`, `method` (the company's `method` in recipients.yaml).
         */
        show: [
          "name" | "scenario" | "items" | "company" | "privacyUrl" | "method",
          ...("name" | "scenario" | "items" | "company" | "privacyUrl" | "method")[]
        ];
        label?: Text2;
      },
      ...{
        /**
         * What the cell or line shows; several fields are shown one per line in the same cell (`[company, privacyUrl]`).
         *
         * @minItems 1
         *
         * Items: `name`, `scenario`, `items` (then `permissions`), `company` (the recipient's name), `privacyUrl`, `method` (the company's `method` in recipients.yaml).
         */
        show: [
          "name" | "scenario" | "items" | "company" | "privacyUrl" | "method",
          ...("name" | "scenario" | "items" | "company" | "privacyUrl" | "method")[]
        ];
        label?: Text2;
      }[]
    ];
  };
}
