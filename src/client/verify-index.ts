import type { FeedIndex, FeedSignature } from './types.ts';
import type { ImportedKey } from './trusted-keys.ts';
import { FeedRefusal } from './refusal.ts';
import { buffer, fromBase64url, utf8 } from './bytes.ts';

export interface IndexCandidate {
  /** The exact bytes of index.json as received. */
  index: Uint8Array;
  /** The bytes of index.json.sig; undefined when there is none. */
  signature: Uint8Array | undefined;
  url: string;
}

export interface VerifyOptions {
  keys: ReadonlyMap<string, ImportedKey>;
  now: Date;
  /** The highest serial this client has accepted: a lower one is a rollback. */
  highestSerial: number | undefined;
  /** Development only: accept an index the build could not sign. */
  allowUnsigned?: boolean;
  subtle: SubtleCrypto;
}

function parseJson(bytes: Uint8Array, what: string, url: string): unknown {
  const text = utf8.decode(bytes);
  try {
    if (text === undefined) throw new Error('not UTF-8');
    return JSON.parse(text);
  } catch {
    throw new FeedRefusal('malformed', `${what} is not JSON.`, url);
  }
}

async function checkSignature(candidate: IndexCandidate, options: VerifyOptions): Promise<void> {
  if (!candidate.signature) {
    if (options.allowUnsigned) return;
    throw new FeedRefusal('unsigned', 'The index has no signature (index.json.sig); the publisher built it without a signing key.', candidate.url);
  }
  const signature = parseJson(candidate.signature, 'The signature', candidate.url) as Partial<FeedSignature> | null;
  const sig = typeof signature?.sig === 'string' ? fromBase64url(signature.sig) : undefined;
  if (!signature || signature.alg !== 'Ed25519' || typeof signature.kid !== 'string' || !sig || sig.length !== 64) {
    throw new FeedRefusal('malformed', 'The signature is not an Ed25519 signature document.', candidate.url);
  }
  const pinned = options.keys.get(signature.kid);
  if (!pinned) throw new FeedRefusal('untrusted-key', `The index is signed with key ${signature.kid}, which this app does not trust.`, candidate.url);
  const now = options.now.getTime();
  if ((pinned.notBefore !== undefined && now < pinned.notBefore) || (pinned.notAfter !== undefined && now > pinned.notAfter)) {
    throw new FeedRefusal('untrusted-key', `Key ${signature.kid} is outside the time this app trusts it.`, candidate.url);
  }
  const valid = await options.subtle.verify({ name: 'Ed25519' }, pinned.key, buffer(sig), buffer(candidate.index));
  if (!valid) throw new FeedRefusal('bad-signature', `The index does not match its signature by key ${signature.kid}.`, candidate.url);
}

function isIndex(value: unknown): value is FeedIndex {
  const index = value as Partial<FeedIndex> | null;
  return (
    index !== null && typeof index === 'object' && index.format === 'policy-press/feed-index@1' &&
    Number.isSafeInteger(index.serial) && typeof index.expires === 'string' &&
    typeof index.current?.id === 'string' && typeof index.current.consentEpoch === 'number' && typeof index.current.sha256 === 'string' &&
    typeof index.history?.url === 'string'
  );
}

/**
 * The index, once its signature verifies against a pinned key (over the exact bytes received),
 * its serial is not below one already seen (rollback) and it has not expired (freeze).
 */
export async function verifyIndex(candidate: IndexCandidate, options: VerifyOptions): Promise<FeedIndex> {
  await checkSignature(candidate, options);
  const index = parseJson(candidate.index, 'The index', candidate.url);
  if (!isIndex(index)) throw new FeedRefusal('malformed', 'The index is not a policy-press/feed-index@1 document.', candidate.url);
  if (options.highestSerial !== undefined && index.serial < options.highestSerial) {
    throw new FeedRefusal('rollback', `The index has serial ${index.serial}, lower than ${options.highestSerial} already seen: an old index is being replayed.`, candidate.url);
  }
  if (options.now.getTime() > Date.parse(index.expires)) {
    throw new FeedRefusal('expired', `The index expired at ${index.expires}: the publisher has not re-published it, or it is being withheld.`, candidate.url);
  }
  return index;
}
