/* Generated from schemas/definitions.schema.json by scripts/gen-types.ts. Do not edit: change the schema, then run `npm run gen:types`. */

/**
 * A stable identifier: lowercase letters, digits and hyphens. Other files and the Markdown prose refer to a record by it; renaming it is a change of the public interface.
 */
export type Id = string;
/**
 * The defined term.
 */
export type Text = string;
/**
 * The definition, inline Markdown; may use directives such as `:policy{#controller.name}`.
 */
export type Text1 = string;
/**
 * The definition's number as the policy writes it, shown before the term.
 */
export type Text2 = string;
/**
 * A note after the definition, e.g. its source, shown in parentheses.
 */
export type Text3 = string;

/**
 * policy/definitions.yaml: the terms of 第一部分 定义. The prose places each with `::definition{#id}` and refers to its term with `:term{#id}`.
 */
export interface DefinitionsSource {
  $schema?: string;
  definitions: {
    id: Id;
    term: Text;
    text: Text1;
    number?: Text2;
    note?: Text3;
  }[];
}
