import type { TrustedKey } from './types.ts';
import { buffer, fromBase64url, sha256Hex } from './bytes.ts';

export interface ImportedKey {
  kid: string;
  key: CryptoKey;
  notBefore?: number;
  notAfter?: number;
}

/**
 * Imports the pinned keys (raw Ed25519, base64url) by kid, recomputing each kid. A pin that does
 * not decode or whose kid does not match is a mistake in the app: it throws.
 */
export async function importTrustedKeys(keys: readonly TrustedKey[], subtle: SubtleCrypto): Promise<Map<string, ImportedKey>> {
  const imported = new Map<string, ImportedKey>();
  for (const pin of keys) {
    const raw = fromBase64url(pin.publicKey);
    if (!raw || raw.length !== 32) throw new Error(`Trusted key ${pin.kid ?? pin.publicKey}: publicKey must be 32 bytes in base64url (an entry of keys.json).`);
    const kid = (await sha256Hex(raw, subtle)).slice(0, 16);
    if (pin.kid !== undefined && pin.kid !== kid) throw new Error(`Trusted key ${pin.kid}: its public key gives kid ${kid}; copy the entry from keys.json again.`);
    if (pin.alg !== undefined && pin.alg !== 'Ed25519') throw new Error(`Trusted key ${kid}: only Ed25519 is supported.`);
    const key = await subtle.importKey('raw', buffer(raw), { name: 'Ed25519' }, false, ['verify']);
    imported.set(kid, {
      kid,
      key,
      ...(pin.notBefore ? { notBefore: Date.parse(pin.notBefore) } : {}),
      ...(pin.notAfter ? { notAfter: Date.parse(pin.notAfter) } : {}),
    });
  }
  return imported;
}
