import { createPublicKey, type KeyObject } from 'node:crypto';
import { sha256 } from '../util/hash.ts';

/** The raw 32-byte Ed25519 public key, base64url without padding (its JWK `x`). */
export function rawPublicKey(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  return publicKey.export({ format: 'jwk' }).x!;
}

/** The key id: the first 16 hex digits of the sha256 of the raw public key's bytes. */
export function keyId(rawBase64url: string): string {
  return sha256(Buffer.from(rawBase64url, 'base64url')).slice(0, 16);
}

/** A KeyObject for a raw Ed25519 public key given as base64url. */
export function publicKeyFromRaw(rawBase64url: string): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: rawBase64url }, format: 'jwk' });
}
