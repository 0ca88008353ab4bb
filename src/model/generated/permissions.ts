/* Generated from schemas/permissions.schema.json by scripts/gen-types.ts. Do not edit: change the schema, then run `npm run gen:types`. */

/**
 * A stable identifier: lowercase letters, digits and hyphens. Other files and the Markdown prose refer to a record by it; renaming it is a change of the public interface.
 */
export type Id = string;
/**
 * Non-empty text as it appears in the policy.
 */
export type Text = string;

/**
 * policy/permissions.yaml: device permissions the app or its SDKs use (录音, 摄像头, 外置存储器). Purposes and SDKs refer to them by id; the prose with `:permission{#id}`.
 */
export interface PermissionsSource {
  $schema?: string;
  permissions: {
    id: Id;
    name: Text;
    wordings?: Text[];
    android?: string[];
    ios?: string[];
  }[];
}
