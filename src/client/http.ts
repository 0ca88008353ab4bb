import { FeedRefusal } from './refusal.ts';

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export type Fetched = { status: 200; bytes: Uint8Array; etag: string | undefined } | { status: 304 };

/** The most the client reads of the index and of its signature (they are about 1.3 kB and 0.2 kB). */
export const indexMaxBytes = 64 * 1024;
export const signatureMaxBytes = 4 * 1024;
/** The most it reads of any document, whatever length a signed index gives (a version document is about 50 kB). */
export const documentMaxBytes = 16 * 1024 * 1024;

export interface GetOptions {
  /** Sends If-None-Match; a 304 is then an answer. */
  etag?: string;
  /** This request's own time limit. */
  timeoutMs: number;
  /** The most bytes the body may have: reading stops, and the request is refused, past it. */
  maxBytes: number;
  /** A 404 is `undefined` instead of a refusal. */
  optional?: boolean;
  /** Aborts the request (check()'s overall deadline). */
  signal?: AbortSignal;
}

/**
 * GETs a URL within `timeoutMs` (and before `signal` aborts), conditionally when an ETag is given,
 * reading at most `maxBytes` of the body as it streams: a larger body is refused before it is all
 * in memory. A network failure, timeout or abort is `offline`; a status other than 200 (or 304)
 * is `http-error`; a body past the limit is `too-large`.
 */
export async function get(fetch: Fetch, url: string, options: GetOptions): Promise<Fetched | undefined> {
  if (options.signal?.aborted) throw new FeedRefusal('offline', `Not fetching ${url}: the time for this check is up.`, url);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  const stop = () => controller.abort();
  options.signal?.addEventListener('abort', stop, { once: true });
  const why = () => (options.signal?.aborted ? 'the time for this check is up' : `no answer in ${options.timeoutMs} ms`);
  try {
    let response: Response;
    try {
      response = await fetch(url, { headers: options.etag ? { 'If-None-Match': options.etag } : {}, signal: controller.signal });
    } catch (cause) {
      throw new FeedRefusal('offline', `Could not fetch ${url} (${(cause as Error).name === 'AbortError' || controller.signal.aborted ? why() : (cause as Error).message}).`, url);
    }
    if (response.status === 304 && options.etag) return { status: 304 };
    if (response.status === 404 && options.optional) return undefined;
    if (response.status !== 200) {
      await response.body?.cancel().catch(() => {});
      throw new FeedRefusal('http-error', `${url} answered HTTP ${response.status}.`, url);
    }
    try {
      return { status: 200, bytes: await readBody(response, options.maxBytes, url), etag: response.headers.get('ETag') ?? undefined };
    } catch (cause) {
      if (cause instanceof FeedRefusal) throw cause;
      throw new FeedRefusal('offline', `The download of ${url} broke off (${controller.signal.aborted ? why() : (cause as Error).message}).`, url);
    }
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', stop);
  }
}

/** The body, read chunk by chunk and refused as soon as it passes `maxBytes` (or says it will). */
export async function readBody(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const tooLarge = () => new FeedRefusal('too-large', `${url} is larger than the ${maxBytes} bytes it may have.`, url);
  const declared = Number(response.headers.get('Content-Length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  const reader = response.body?.getReader?.();
  if (!reader) {
    // A fetch without streams (some React Native versions): the length can be checked only once read.
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > maxBytes) throw tooLarge();
    return bytes;
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
