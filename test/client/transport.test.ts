// The client's transport under attack: bodies larger than they may be are refused as they stream
// in, one deadline bounds the whole check, and a pinned minimum serial refuses an old index on a
// first launch.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accept, check, memoryStorage, type PromptDecision, type TrustedKey } from '../../src/client/index.ts';
import { indexMaxBytes } from '../../src/client/http.ts';
import { feedPaths } from '../../src/feed/index.ts';
import { firstRelease, newSdkRelease, releaseChain, testKey } from '../feed/fixtures.ts';
import { startFeedServer, type FeedServer } from './server.ts';

const key = testKey();
const trustedKeys: TrustedKey[] = [{ kid: key.published.kid, publicKey: key.published.publicKey }];
const at = (date: string, hour = 12) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`);

let server: FeedServer;
beforeEach(async () => {
  server = await startFeedServer();
});
afterEach(async () => {
  await server.close();
});

async function publish(specs: Parameters<typeof releaseChain>[0], date: Date) {
  return server.publish(await releaseChain(specs), { serial: Math.floor(date.getTime() / 1000), generatedAt: date.toISOString(), env: key.env });
}

/** A body of `total` bytes made on demand, counting what the client pulled of it. */
function endless(total: number, headers: Record<string, string> = {}): { response: Response; pulled: () => number } {
  let pulled = 0;
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= total) return controller.close();
      pulled += chunk.length;
      controller.enqueue(chunk);
    },
  });
  return { response: new Response(body, { status: 200, headers }), pulled: () => pulled };
}

/** The real fetch, except for URLs ending with `path`, which get `respond()`. */
function replacing(path: string, respond: () => Response | Promise<Response>) {
  return async (url: string, init?: RequestInit): Promise<Response> => (url.endsWith(path) ? respond() : globalThis.fetch(url, init));
}

/** Never answers; rejects as fetch does when its signal aborts. */
const hang = (_url: string, init?: RequestInit) =>
  new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' }))));

async function acceptedFirst() {
  const storage = memoryStorage();
  await publish([firstRelease], at('2021-10-13', 9));
  const first = await check({ baseUrl: server.url, storage, trustedKeys, now: at('2021-10-13') });
  if (!first.ok || first.action === 'none') throw new Error('expected the first-launch prompt');
  await accept({ storage, decision: first as PromptDecision, acceptedAt: at('2021-10-13') });
  return storage;
}

describe('byte limits', () => {
  it('a 200 MB version document is refused after the length the signed index gives, not read whole', async () => {
    const storage = await acceptedFirst();
    await publish([firstRelease, newSdkRelease], at('2022-03-01', 9));
    const huge = endless(200 * 1024 * 1024);
    const result = await check({ baseUrl: server.url, storage, trustedKeys, now: at('2022-03-01'), fetch: replacing(feedPaths.version('2022-03-01'), () => huge.response) });
    expect(result).toMatchObject({ ok: false, refusal: { reason: 'hash-mismatch' } });
    expect(huge.pulled()).toBeLessThan(1024 * 1024);
  });

  it('an index larger than the cap is refused as it streams, or at once when its Content-Length says so; the cache is used', async () => {
    const storage = await acceptedFirst();
    const streamed = endless(50 * 1024 * 1024);
    const result = await check({ baseUrl: server.url, storage, trustedKeys, now: at('2021-10-14'), fetch: replacing(feedPaths.index, () => streamed.response) });
    expect(result).toMatchObject({ ok: true, source: 'cache', warnings: [{ reason: 'too-large' }] });
    // The stream may run a chunk or two ahead of the reader.
    expect(streamed.pulled()).toBeLessThanOrEqual(indexMaxBytes + 3 * 64 * 1024);
    const declared = endless(50 * 1024 * 1024, { 'Content-Length': String(50 * 1024 * 1024) });
    const refused = await check({ baseUrl: server.url, storage, trustedKeys, now: at('2021-10-14'), fetch: replacing(feedPaths.index, () => declared.response) });
    expect(refused).toMatchObject({ ok: true, source: 'cache', warnings: [{ reason: 'too-large' }] });
    expect(declared.pulled()).toBeLessThanOrEqual(3 * 64 * 1024);
  });
});

describe('one deadline for the whole check', () => {
  it('a returning user with a hung network gets the cached decision at the deadline, whatever the per-request limit', async () => {
    const storage = await acceptedFirst();
    const aborted: string[] = [];
    const fetch = (url: string, init?: RequestInit) => {
      init?.signal?.addEventListener('abort', () => aborted.push(url));
      return hang(url, init);
    };
    // Requests may take a minute each; the deadline ends the check long before (vitest would time out otherwise).
    const result = await check({ baseUrl: server.url, storage, trustedKeys, now: at('2021-10-14'), fetch, timeoutMs: 60_000, deadlineMs: 500 });
    expect(result).toMatchObject({ ok: true, source: 'cache', action: 'none', warnings: [{ reason: 'offline' }] });
    expect(result.ok && result.warnings[0]!.message).toContain('the time for this check is up');
    expect(aborted).toEqual([`${server.url}${feedPaths.index}`]);
  });

  it('no request starts after the deadline: a slow index, then the documents are not fetched at all', async () => {
    await publish([firstRelease], at('2021-10-13', 9));
    const fetched: string[] = [];
    const slowIndex = async (url: string, init?: RequestInit) => {
      fetched.push(url);
      if (url.endsWith(feedPaths.index)) await new Promise((resolve) => setTimeout(resolve, 300));
      return globalThis.fetch(url, init);
    };
    const result = await check({ baseUrl: server.url, storage: memoryStorage(), trustedKeys, now: at('2021-10-13'), fetch: slowIndex, timeoutMs: 60_000, deadlineMs: 150 });
    expect(result).toMatchObject({ ok: false, refusal: { reason: 'offline' } });
    expect(fetched).toEqual([`${server.url}${feedPaths.index}`]);
  });
});

describe('a pinned minimum serial', () => {
  it('on first launch, an old but validly signed index is refused as a rollback; a current one is accepted', async () => {
    await publish([firstRelease], at('2021-10-13', 9));
    const shippedWith = Math.floor(at('2022-03-01', 9).getTime() / 1000);
    const old = await check({ baseUrl: server.url, storage: memoryStorage(), trustedKeys, now: at('2021-10-14'), minimumSerial: shippedWith });
    expect(old).toMatchObject({ ok: false, refusal: { reason: 'rollback' } });
    await publish([firstRelease, newSdkRelease], at('2022-03-01', 9));
    const current = await check({ baseUrl: server.url, storage: memoryStorage(), trustedKeys, now: at('2022-03-02'), minimumSerial: shippedWith });
    expect(current).toMatchObject({ ok: true, action: 'consent', serial: shippedWith });
  });
});
