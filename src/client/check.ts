import type { ConsentReceipt, Decision, FeedIndex, PromptDecision, Refusal, TrustedKey } from './types.ts';
import type { FeedStorage, ClientState } from './storage.ts';
import { readDocuments, readReceipt, readState, writeDocuments, writeReceipt, writeState } from './storage.ts';
import { get, indexMaxBytes, signatureMaxBytes, type Fetch } from './http.ts';
import { importTrustedKeys } from './trusted-keys.ts';
import { verifyIndex, type VerifyOptions } from './verify-index.ts';
import { resolveTimeline, defaultUtcOffset } from './timeline.ts';
import { decide, defaultMaxDocuments, versionsNeeded } from './decide.ts';
import { fetchHistory, fetchVersion, type DocumentSource } from './documents.ts';
import { consentReceipt } from './receipt.ts';
import { asRefusal } from './refusal.ts';
import { utf8 } from './bytes.ts';
import { resolveIndexUrls, resolveUrl, withAbsoluteUrls } from './urls.ts';

export interface CheckOptions {
  /** The policy site's address, e.g. https://privacy.example.com/: the index is feed/index.json under it. */
  baseUrl?: string;
  /** Or the index's own address (then `baseUrl` is not needed). Every other URL of the feed is relative to it. */
  indexUrl?: string;
  storage: FeedStorage;
  /** The keys pinned in the app (entries of keys.json). */
  trustedKeys: readonly TrustedKey[];
  fetch?: Fetch;
  now?: Date;
  /**
   * The whole check's deadline in ms (default 3000): past it no request is waited for any longer,
   * and the check goes on from the cache (the verified index and documents of an earlier launch).
   */
  deadlineMs?: number;
  /** One request's own limit in ms (default: the deadline). */
  timeoutMs?: number;
  /**
   * The lowest index serial this app accepts, shipped in the app (e.g. the serial current when it
   * was built): on a first launch, with nothing stored yet, an older index is refused as a
   * rollback even though it is validly signed.
   */
  minimumSerial?: number;
  /** WebCrypto with Ed25519 (default: globalThis.crypto.subtle; React Native needs a polyfill). */
  subtle?: SubtleCrypto;
  /** Development only: accept an index built without a signing key. */
  allowUnsigned?: boolean;
  /** The time zone effective dates are in (default +08:00, China Standard Time). */
  utcOffset?: string;
  /**
   * At most this many version documents per launch (default 8): a user who skipped more material
   * releases is asked to consent to the whole policy in force instead of a merged pop-up.
   */
  maxDocuments?: number;
}

export type CheckResult =
  | (Decision & { ok: true; source: 'network' | 'cache'; serial: number; warnings: Refusal[] })
  | { ok: false; refusal: Refusal; warnings: Refusal[] };

interface Accepted {
  index: FeedIndex;
  source: 'network' | 'cache';
  fresh?: Pick<ClientState, 'index' | 'signature' | 'etag'>;
}

const text = (bytes: Uint8Array | undefined) => (bytes ? utf8.decode(bytes) : undefined);

/** The index's address: `indexUrl`, or feed/index.json under `baseUrl`. */
export function indexAddress(options: Pick<CheckOptions, 'baseUrl' | 'indexUrl'>): string {
  if (options.indexUrl) return resolveUrl(options.indexUrl, options.indexUrl);
  if (!options.baseUrl) throw new TypeError('check() needs the feed\'s address: `baseUrl` (the site) or `indexUrl` (its feed/index.json).');
  return resolveUrl('feed/index.json', options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`);
}

/** The index from the network (conditional GET), else the cached one; verified either way. */
async function loadIndex(options: Required<Pick<CheckOptions, 'fetch' | 'timeoutMs'>> & { url: string; signal: AbortSignal }, state: ClientState, verify: VerifyOptions, warnings: Refusal[]): Promise<Accepted | Refusal> {
  const { url, timeoutMs, signal } = options;
  try {
    const got = await get(options.fetch, url, { ...(state.index && state.etag ? { etag: state.etag } : {}), timeoutMs, signal, maxBytes: indexMaxBytes });
    if (got?.status === 304) {
      const index = await verifyIndex({ index: utf8.encode(state.index!), signature: state.signature ? utf8.encode(state.signature) : undefined, url }, verify);
      return { index, source: 'network' };
    }
    const signature = await get(options.fetch, `${url}.sig`, { timeoutMs, signal, optional: true, maxBytes: signatureMaxBytes });
    const signatureBytes = signature?.status === 200 ? signature.bytes : undefined;
    const index = await verifyIndex({ index: got!.bytes, signature: signatureBytes, url }, verify);
    const fresh = { index: text(got!.bytes), signature: text(signatureBytes), etag: got!.etag };
    return { index, source: 'network', fresh };
  } catch (cause) {
    warnings.push(asRefusal(cause));
  }
  if (!state.index) return warnings.pop()!;
  try {
    const index = await verifyIndex({ index: utf8.encode(state.index), signature: state.signature ? utf8.encode(state.signature) : undefined, url }, verify);
    return { index, source: 'cache' };
  } catch (cause) {
    return asRefusal(cause);
  }
}

/**
 * What to do at launch. Never throws for a bad or missing feed: it returns `ok: false` with the
 * refusal, and the app goes on without a prompt (and tries again at the next launch).
 */
export async function check(options: CheckOptions): Promise<CheckResult> {
  const subtle = options.subtle ?? globalThis.crypto.subtle;
  const fetch: Fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const deadlineMs = options.deadlineMs ?? defaultDeadlineMs;
  const timeoutMs = Math.min(options.timeoutMs ?? deadlineMs, deadlineMs);
  // One deadline for the whole check: whatever is still pending then is abandoned for the cache.
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), deadlineMs);
  try {
    return await checkWithin(options, { fetch, subtle, timeoutMs, signal: deadline.signal });
  } finally {
    clearTimeout(timer);
  }
}

/** The default deadline of check(), in ms: an app must never wait on the feed at start-up. */
export const defaultDeadlineMs = 3000;

async function checkWithin(options: CheckOptions, transport: { fetch: Fetch; subtle: SubtleCrypto; timeoutMs: number; signal: AbortSignal }): Promise<CheckResult> {
  const { fetch, subtle, timeoutMs, signal } = transport;
  const now = options.now ?? new Date();
  const [state, receipt, keys] = await Promise.all([readState(options.storage), readReceipt(options.storage), importTrustedKeys(options.trustedKeys, subtle)]);
  const warnings: Refusal[] = [];
  const floor = [state.serial, options.minimumSerial].filter((n): n is number => n !== undefined);
  const verify: VerifyOptions = { keys, now, highestSerial: floor.length ? Math.max(...floor) : undefined, allowUnsigned: options.allowUnsigned ?? false, subtle };

  const indexUrl = indexAddress(options);
  const loaded = await loadIndex({ url: indexUrl, fetch, timeoutMs, signal }, state, verify, warnings);
  if (!('index' in loaded)) return { ok: false, refusal: loaded, warnings };
  const { source, fresh } = loaded;
  let index: FeedIndex;
  try {
    index = withAbsoluteUrls(resolveIndexUrls, loaded.index, indexUrl, 'The index');
  } catch (cause) {
    return { ok: false, refusal: asRefusal(cause), warnings };
  }
  const next: ClientState = { ...state, ...(fresh ?? {}), serial: Math.max(state.serial ?? 0, index.serial) };

  const stored = { ...(receipt ? { receipt } : {}), ...(state.seen ? { seen: state.seen } : {}) };
  const cache = await readDocuments(options.storage);
  const cachedBefore = Object.keys(cache).sort().join();
  const documents: DocumentSource = { fetch, timeoutMs, subtle, indexUrl, cache, signal };
  const used = new Set<string>();
  const utcOffset = options.utcOffset ?? defaultUtcOffset;
  let decision: Decision;
  try {
    let timeline = resolveTimeline(index, undefined, stored, now, utcOffset);
    if (timeline === 'need-history') {
      const history = await fetchHistory(index.history, documents);
      used.add(index.history.sha256);
      timeline = resolveTimeline(index, history, stored, now, utcOffset) as Exclude<typeof timeline, 'need-history'>;
    }
    const maxDocuments = options.maxDocuments ?? defaultMaxDocuments;
    const versions = new Map();
    for (const ref of versionsNeeded(timeline, stored, maxDocuments)) {
      versions.set(ref.id, await fetchVersion(ref, documents));
      used.add(ref.sha256);
    }
    decision = decide(timeline, versions, stored, maxDocuments);
  } catch (cause) {
    const refusal = asRefusal(cause);
    await writeState(options.storage, next);
    return { ok: false, refusal, warnings };
  }
  if (decision.action === 'none' && decision.reason === 'quiet-update') next.seen = decision.version!.id;
  await writeState(options.storage, next);
  // Keep only the documents this decision used: storage stays bounded, and a later offline launch still has them.
  const keep = Object.fromEntries(Object.entries(cache).filter(([sha]) => used.has(sha)));
  if (Object.keys(keep).sort().join() !== cachedBefore) await writeDocuments(options.storage, keep);
  return { ok: true, ...decision, source, serial: index.serial, warnings };
}

/**
 * Stores the receipt once the user agreed to `decision` (for `notify`: acknowledged it), with the
 * answer to each consent item of its pop-up, by id (one not ticked is not granted). Returns it,
 * for the app to keep or send to its server. If the user does not agree, call nothing: the next
 * launch shows the pop-up again.
 */
export async function accept(options: { storage: FeedStorage; decision: PromptDecision; acceptedAt?: Date; separateConsent?: Readonly<Record<string, boolean>> }): Promise<ConsentReceipt> {
  const previous = await readReceipt(options.storage);
  const receipt = consentReceipt(options.decision, {
    acceptedAt: options.acceptedAt ?? new Date(),
    ...(options.separateConsent ? { separateConsent: options.separateConsent } : {}),
    ...(previous ? { previous } : {}),
  });
  await writeReceipt(options.storage, receipt);
  return receipt;
}
