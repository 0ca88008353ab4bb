/* Generated from schemas/feed-signature.schema.json by scripts/gen-types.ts. Do not edit: change the schema, then run `npm run gen:types`. */

/**
 * The key that signed: a client looks it up among its pinned keys.
 */
export type KeyId = string;

/**
 * /feed/index.json.sig: a detached Ed25519 signature over the exact bytes of /feed/index.json as served (UTF-8, before any JSON parsing). Absent when the index says `"signed": false`.
 */
export interface FeedSignature {
  /**
   * Format id of this document.
   */
  format: "policy-press/feed-signature@1";
  kid: KeyId;
  /**
   * Always `Ed25519`.
   */
  alg: "Ed25519";
  /**
   * The 64-byte Ed25519 signature, base64url without padding.
   */
  sig: string;
}
