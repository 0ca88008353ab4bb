/* Generated from schemas/recipients.schema.json by scripts/gen-types.ts. Do not edit: change the schema, then run `npm run gen:types`. */

/**
 * A stable identifier: lowercase letters, digits and hyphens. Other files and the Markdown prose refer to a record by it; renaming it is a change of the public interface.
 */
export type Id = string;
/**
 * Legal name for a company; the policy's wording for a group.
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
 * policy/recipients.yaml: companies and kinds of organisation personal information is shared with: SDK providers, payment institutions, logistics companies, affiliates. The prose refers to each with `:recipient{#id}`.
 */
export interface RecipientsSource {
  $schema?: string;
  recipients: {
    id: Id;
    name: Text;
    wordings?: Text1[];
    /**
     * `company` (one legal entity), `payment` (payment institution), `logistics`, `affiliate` (关联公司), `partner` (授权合作伙伴), `authority` (administrative or judicial bodies), `group` (a named group of recipients); and the audiences of a disclosure (公开披露): `other-users` (other users of the service), `organisation` (members of the user's organisation, e.g. an enterprise account's administrators), `public` (anyone).
     */
    kind:
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
    members?: Id[];
    method?: Text2;
  }[];
}
