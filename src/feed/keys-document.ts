import type { FeedKeys, PublishedKey } from './types.ts';

/** `/feed/keys.json`: the signing key first, then the other published keys, each kid once. */
export function buildKeysDocument(signing: PublishedKey | undefined, published: readonly PublishedKey[]): FeedKeys {
  const seen = new Set<string>();
  const keys: PublishedKey[] = [];
  for (const key of signing ? [signing, ...published] : published) {
    if (seen.has(key.kid)) continue;
    seen.add(key.kid);
    keys.push({ kid: key.kid, alg: 'Ed25519', publicKey: key.publicKey, signing: key === signing, ...(key.notBefore ? { notBefore: key.notBefore } : {}), ...(key.notAfter ? { notAfter: key.notAfter } : {}) });
  }
  return { format: 'policy-press/feed-keys@1', keys };
}
