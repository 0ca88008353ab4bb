import { generateKeyPairSync } from 'node:crypto';
import type { PublishedKey } from './types.ts';
import { keyId, rawPublicKey } from './kid.ts';

/** A fresh Ed25519 key pair: the private key as PKCS#8 PEM, the public key as keys.json lists it. */
export function generateKeyPair(): { privatePem: string; published: PublishedKey } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const raw = rawPublicKey(publicKey);
  return {
    privatePem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    published: { kid: keyId(raw), alg: 'Ed25519', publicKey: raw, signing: false },
  };
}
