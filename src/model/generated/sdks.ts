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
    };
/**
 * The wording to show here; must be the item's name or one of its wordings.
 */
export type Wording = string;
/**
 * A stable identifier: lowercase letters, digits and hyphens. Other files and the Markdown prose refer to a record by it; renaming it is a change of the public interface.
 */
export type Id1 = string;

/**
 * policy/sdks.yaml: the SDK table of 三、（一）共享, one record a row, in the order of the table. `::sdk-table` renders it.
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
    separator?: "、" | "，";
    company: Id1;
    /**
     * The company's privacy policy. Only an https: URL becomes a link; an http: one is shown as text, with a warning.
     */
    privacyUrl: string;
  }[];
}
