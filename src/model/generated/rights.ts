/* Generated from schemas/rights.schema.json by scripts/gen-types.ts. Do not edit: change the schema, then run `npm run gen:types`. */

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
export type Value = number;
export type Unit = "天" | "工作日" | "月" | "年";

/**
 * policy/rights.yaml: the rights of 五、您如何管理您的信息 and how to exercise them. A right is presented by a heading `{#id}` whose section mentions each of its ways (`:way{#id}`).
 */
export interface RightsSource {
  $schema?: string;
  rights: {
    id: Id;
    name: Text;
    ways: {
      id: Id;
      /**
       * `app-path` (a path in the app, shown as written), `contact` (a contact channel), `self-service` (an action in the app described in words).
       */
      kind: "app-path" | "contact" | "self-service";
      text: Text1;
    }[];
    responseTime?: Duration;
  }[];
}
/**
 * Within how long a request for this right is answered, when the policy states one for it (else policy.yaml `responseTime` applies, if stated).
 */
export interface Duration {
  value: Value;
  unit: Unit;
}
