import { sign, verify } from 'node:crypto';
import type { FeedSignature, PublishedKey } from './types.ts';
import type { SigningKey } from './signing-key.ts';
import { publicKeyFromRaw } from './kid.ts';

/** The detached signature over the exact UTF-8 bytes of index.json. */
export function signIndex(indexText: string, key: SigningKey): FeedSignature {
  const signature = sign(null, Buffer.from(indexText, 'utf8'), key.privateKey);
  return { format: 'policy-press/feed-signature@1', kid: key.published.kid, alg: 'Ed25519', sig: signature.toString('base64url') };
}

/** Checks a signature with Node's crypto (the build and tests; apps use src/client). */
export function verifyIndexSignature(indexText: string, signature: FeedSignature, key: PublishedKey): boolean {
  if (signature.kid !== key.kid || signature.alg !== 'Ed25519') return false;
  return verify(null, Buffer.from(indexText, 'utf8'), publicKeyFromRaw(key.publicKey), Buffer.from(signature.sig, 'base64url'));
}
