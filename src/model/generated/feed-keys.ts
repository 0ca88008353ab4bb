/* Generated from schemas/feed-keys.schema.json by scripts/gen-types.ts. Do not edit: change the schema, then run `npm run gen:types`. */

/**
 * The key signs no index before this time.
 */
export type Instant = string;
/**
 * The key signs no index after this time: a client stops trusting it then.
 */
export type Instant1 = string;

/**
 * /feed/keys.json: the publisher's Ed25519 public keys: the one that signs the index now, and the keys listed in POLICY_PUBLISHED_KEYS (the next key before a rotation, the old one after it). Informational: apps pin the keys they trust in their own code and never take a key from this file.
 */
export interface FeedKeys {
  /**
   * Format id of this document.
   */
  format: "policy-press/feed-keys@1";
  /**
   * The signing key first (when the build had one), then the other published keys in the order given, each kid once.
   */
  keys: Key[];
}
/**
 * One Ed25519 public key.
 */
export interface Key {
  /**
   * Derived from `publicKey`; a client recomputes it.
   */
  kid: string;
  /**
   * Always `Ed25519` (RFC 8032).
   */
  alg: "Ed25519";
  /**
   * The raw 32-byte public key, base64url without padding (the `x` of its JWK).
   */
  publicKey: string;
  /**
   * True for the key that signed this build's index.
   */
  signing: boolean;
  notBefore?: Instant;
  notAfter?: Instant1;
}
