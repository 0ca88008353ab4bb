import { FeedRefusal } from './refusal.ts';

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export type Fetched = { status: 200; bytes: Uint8Array; etag: string | undefined } | { status: 304 };

/**
 * GETs a URL within `timeoutMs`, conditionally when an ETag is given. A network failure or
 * timeout is `offline`; a status other than 200 (or 304) is `http-error`.
 */
export async function get(fetch: Fetch, url: string, options: { etag?: string; timeoutMs: number; optional?: boolean }): Promise<Fetched | undefined> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, { headers: options.etag ? { 'If-None-Match': options.etag } : {}, signal: controller.signal });
    } catch (cause) {
      throw new FeedRefusal('offline', `Could not fetch ${url} (${(cause as Error).name === 'AbortError' ? `no answer in ${options.timeoutMs} ms` : (cause as Error).message}).`, url);
    }
    if (response.status === 304 && options.etag) return { status: 304 };
    if (response.status === 404 && options.optional) return undefined;
    if (response.status !== 200) throw new FeedRefusal('http-error', `${url} answered HTTP ${response.status}.`, url);
    try {
      return { status: 200, bytes: new Uint8Array(await response.arrayBuffer()), etag: response.headers.get('ETag') ?? undefined };
    } catch (cause) {
      throw new FeedRefusal('offline', `The download of ${url} broke off (${(cause as Error).message}).`, url);
    }
  } finally {
    clearTimeout(timer);
  }
}
