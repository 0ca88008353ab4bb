import type { FeedHistory, FeedVersion } from './types.ts';
import type { Fetch } from './http.ts';
import { documentMaxBytes, get } from './http.ts';
import { FeedRefusal } from './refusal.ts';
import { sha256Hex, utf8 } from './bytes.ts';
import { resolveHistoryUrls, resolveVersionUrls, withAbsoluteUrls } from './urls.ts';

export interface Pointer {
  url: string;
  sha256: string;
  length: number;
}

export interface DocumentSource {
  fetch: Fetch;
  timeoutMs: number;
  /** check()'s overall deadline. */
  signal?: AbortSignal;
  subtle: SubtleCrypto;
  /** The index's address: the documents' URLs are relative to it. */
  indexUrl: string;
  /** Texts already verified, by sha256; documents fetched now are added. */
  cache: Record<string, string>;
}

async function matches(bytes: Uint8Array, pointer: Pointer, subtle: SubtleCrypto): Promise<boolean> {
  return bytes.length === pointer.length && (await sha256Hex(bytes, subtle)) === pointer.sha256;
}

/** A document the index (or the history) points to, once its length and sha256 match. */
async function fetchPointed(pointer: Pointer, source: DocumentSource): Promise<unknown> {
  const cached = source.cache[pointer.sha256];
  if (cached !== undefined && (await matches(utf8.encode(cached), pointer, source.subtle))) return JSON.parse(cached);
  if (!Number.isSafeInteger(pointer.length) || pointer.length < 0 || pointer.length > documentMaxBytes) {
    throw new FeedRefusal('too-large', `The index gives ${pointer.url} a length of ${pointer.length} bytes; the client reads at most ${documentMaxBytes}.`, pointer.url);
  }
  // Never more than the signed index says it has: a larger body is refused as it streams in.
  const fetched = await get(source.fetch, pointer.url, { timeoutMs: source.timeoutMs, maxBytes: pointer.length, ...(source.signal ? { signal: source.signal } : {}) }).catch((cause: unknown) => {
    if (cause instanceof FeedRefusal && cause.reason === 'too-large') throw new FeedRefusal('hash-mismatch', `${pointer.url} is longer than the ${pointer.length} bytes the signed index gives for it.`, pointer.url);
    throw cause;
  });
  if (fetched?.status !== 200) throw new FeedRefusal('http-error', `${pointer.url} gave no document.`, pointer.url);
  if (!(await matches(fetched.bytes, pointer, source.subtle))) {
    throw new FeedRefusal('hash-mismatch', `${pointer.url} does not match the sha256 and length the signed index gives for it.`, pointer.url);
  }
  const text = utf8.decode(fetched.bytes);
  let value: unknown;
  try {
    value = JSON.parse(text!);
  } catch {
    throw new FeedRefusal('malformed', `${pointer.url} is not JSON.`, pointer.url);
  }
  source.cache[pointer.sha256] = text!;
  return value;
}

export async function fetchHistory(pointer: Pointer, source: DocumentSource): Promise<FeedHistory> {
  const history = (await fetchPointed(pointer, source)) as FeedHistory;
  if (history?.format !== 'policy-press/feed-history@1' || !Array.isArray(history.releases)) throw new FeedRefusal('malformed', `${pointer.url} is not a feed history.`, pointer.url);
  return withAbsoluteUrls(resolveHistoryUrls, history, source.indexUrl, pointer.url);
}

export async function fetchVersion(pointer: Pointer & { id: string }, source: DocumentSource): Promise<FeedVersion> {
  const version = (await fetchPointed(pointer, source)) as FeedVersion;
  if (version?.format !== 'policy-press/feed-version@1' || version.id !== pointer.id) throw new FeedRefusal('malformed', `${pointer.url} is not the version document of ${pointer.id}.`, pointer.url);
  return withAbsoluteUrls(resolveVersionUrls, version, source.indexUrl, pointer.url);
}
