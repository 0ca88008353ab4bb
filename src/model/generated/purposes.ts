/* Generated from schemas/purposes.schema.json by scripts/gen-types.ts. Do not edit: change the schema, then run `npm run gen:types`. */

/**
 * A stable identifier: lowercase letters, digits and hyphens. Other files and the Markdown prose refer to a record by it; renaming it is a change of the public interface.
 */
export type Id = string;
/**
 * The purpose as the lists show it.
 */
export type Text = string;
/**
 * When the collection happens (使用场景).
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
 * policy/purposes.yaml: why personal information is collected. A purpose is presented either by a heading `{#id}` whose section mentions each of its items, permissions and recipients, or by `:collected{#id}`, which renders its list in place.
 */
export interface PurposesSource {
  $schema?: string;
  purposes: {
    id: Id;
    title: Text;
    /**
     * `basic` (基本功能: required for the service) or `additional` (附加功能: the user may refuse).
     */
    function: "basic" | "additional";
    scenario?: Text1;
    /**
     * True when the purpose collects its items while the app runs in the background (后台运行时); a single item may say so with `{ id, background: true }`.
     */
    background?: boolean;
    /**
     * Data items collected for this purpose.
     */
    items: DataItemReference[];
    permissions?: Id[];
    /**
     * Recipients (recipients.yaml) the items are provided to for this purpose: an id (all the purpose's items), or `{ id, items }` naming which of them.
     */
    recipients?: (
      | Id
      | {
          id: Id;
          /**
           * Which of the purpose's items go to this recipient.
           *
           * @minItems 1
           */
          items: [Id, ...Id[]];
        }
    )[];
  }[];
}
