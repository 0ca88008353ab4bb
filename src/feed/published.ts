// `policy verify --published`: the archive against a published, signed feed. `policy verify`
// alone checks the archive against itself, so anyone who can write to versions/ can rewrite a
// release and recompute every hash; the published feed's history, signed with a key the archive
// does not hold, records the sha256 of every release's version document as it was published. A
// release the archive would now publish differently has been changed after it was published.
import path from 'node:path';
import { problemAt, refusal, refusalListing, Refusal, type Problem } from '../report/refusal.ts';
import type { FeedPart } from '../report/catalogue/en/feed.ts';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { get, indexMaxBytes, signatureMaxBytes, documentMaxBytes } from '../client/http.ts';
import { FeedRefusal } from '../client/refusal.ts';
import type { Release } from '../release/verify.ts';
import { readRegularFile, unread } from '../util/regular-file.ts';
import { keyId } from './kid.ts';
import { parsePublishedKeys } from './published-keys.ts';
import { renderFeed } from './render.ts';
import { digest } from './serialize.ts';
import { verifyIndexSignature } from './sign.ts';
import type { FeedHistory, FeedIndex, FeedSignature, PublishedKey } from './types.ts';
import { feedPaths } from './urls.ts';

/** How long one request of a published feed may take. */
export const publishedTimeoutMs = 10_000;

export interface PublishedComparison {
  /** Where the index was read. */
  index: string;
  /** The key that signed it. */
  kid: string;
  /** Ids of the releases the signed history lists, oldest first. */
  published: string[];
  /** Releases of the archive the feed does not list yet (released after the last publish). */
  unpublished: string[];
  problems: Problem[];
}

/**
 * The trusted public keys from `--key`: a keys.json (a copy you trust, not one fetched from the
 * site being checked), a `policy keygen` `.pub.json`, a list of keys, or one raw base64url key;
 * as a file path or inline.
 */
export async function loadTrustedKeys(value: string): Promise<PublishedKey[]> {
  let text = value.trim();
  const source = /^[[{]/.test(text) || /^[A-Za-z0-9_-]{43}$/.test(text) ? '--key' : `--key ${value}`;
  if (source !== '--key') {
    const read = await readRegularFile(path.dirname(path.resolve(value)), path.basename(value), 1024 * 1024);
    if ('refused' in read) {
      throw refusal('trusted-key-unreadable', { source, why: unread(read.refused) });
    }
    text = read.bytes.toString('utf8').trim();
  }
  const json = /^[A-Za-z0-9_-]{43}$/.test(text) ? JSON.stringify([text]) : text.startsWith('{') && !text.includes('"keys"') ? `[${text}]` : text;
  const parsed = parsePublishedKeys(json, source);
  if (parsed.errors.length || !parsed.value?.length) throw refusalListing(parsed.errors, 'trusted-key-invalid', { source, none: parsed.errors.length === 0 });
  return parsed.value;
}


/** Reads the published feed at a URL (https://…/, or …/feed/index.json) or a built site folder (dist/). */
function publishedReader(target: string): { indexUrl: URL; read: (url: URL, maxBytes: number, what: FeedPart) => Promise<Uint8Array> } {
  if (/^https?:\/\//i.test(target)) {
    const indexUrl = target.endsWith('.json') ? new URL(target) : new URL(feedPaths.index, target.endsWith('/') ? target : `${target}/`);
    if (indexUrl.protocol === 'http:' && !['127.0.0.1', 'localhost', '[::1]'].includes(indexUrl.hostname)) {
      throw refusal('published-not-https', { target });
    }
    return {
      indexUrl,
      read: async (url, maxBytes, what) => {
        try {
          const got = await get((input, init) => globalThis.fetch(input, init), url.toString(), { timeoutMs: publishedTimeoutMs, maxBytes });
          if (got?.status !== 200) throw new FeedRefusal('http-error', `${url} gave no ${what}.`, url.toString());
          return got.bytes;
        } catch (cause) {
          if (!(cause instanceof FeedRefusal)) throw cause;
          throw refusal('published-unreachable', { what, detail: cause.message });
        }
      },
    };
  }
  const root = path.resolve(target);
  return {
    indexUrl: pathToFileURL(path.join(root, feedPaths.index)),
    read: async (url, maxBytes, what) => {
      const relative = path.relative(root, fileURLToPath(url));
      const read = await readRegularFile(root, relative, maxBytes);
      if ('bytes' in read) return read.bytes;
      const { refused } = read;
      throw refusal('published-unreadable', { what, file: path.join(target, relative), why: unread(refused) });
    },
  };
}

function parse<T>(bytes: Uint8Array, what: FeedPart): T {
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8')) as T;
  } catch {
    throw refusal('published-not-json', { what });
  }
}

/**
 * Compares the archive's releases (verified, oldest first) with the feed published at `target`,
 * whose index must be signed by one of `keys`. Every problem names the release; nothing is fetched
 * beyond the index, its signature and the history (each with a size limit and a timeout).
 */
export async function comparePublished(releases: readonly Release[], target: string, keys: readonly PublishedKey[], show = (id: string) => `versions/${id}`): Promise<PublishedComparison> {
  const { indexUrl, read } = publishedReader(target);
  const indexBytes = await read(indexUrl, indexMaxBytes, 'index');
  const signatureBytes = await read(new URL(`${indexUrl.pathname.split('/').pop()}.sig`, indexUrl), signatureMaxBytes, 'index signature').catch((cause: unknown) => {
    if (cause instanceof Refusal) throw refusal('published-not-signed', { detail: cause.message });
    throw cause;
  });
  const signature = parse<FeedSignature>(signatureBytes, 'index signature');
  const key = keys.find((k) => k.kid === signature.kid);
  const indexText = Buffer.from(indexBytes).toString('utf8');
  if (!key) throw refusal('published-unknown-key', { kid: signature.kid, keys: keys.map((k) => k.kid) });
  if (keyId(key.publicKey) !== key.kid || !verifyIndexSignature(indexText, signature, key)) {
    throw refusal('published-bad-signature', { kid: key.kid });
  }
  const index = parse<FeedIndex>(indexBytes, 'index');
  // The feed's URLs are relative to the index; read the history from where the index was read (a
  // folder, a mirror) even if an older feed names another host: its hash is checked either way.
  const historyUrl = new URL(index.history.url, indexUrl);
  const historyAt = historyUrl.origin === indexUrl.origin ? historyUrl : new URL(feedPaths.history, new URL('../', indexUrl));
  if (!Number.isSafeInteger(index.history.length) || index.history.length > documentMaxBytes) throw refusal('published-bad-history-length');
  const historyBytes = await read(historyAt, index.history.length, 'history');
  const got = digest(Buffer.from(historyBytes).toString('utf8'));
  if (got.sha256 !== index.history.sha256 || got.length !== index.history.length) {
    throw refusal('published-history-changed');
  }
  const history = parse<FeedHistory>(historyBytes, 'history');

  const problems: Problem[] = [];
  // The version documents depend on the releases alone (no build time, no address): what a build of this archive would publish.
  const wouldPublish = releases.length > 0 ? renderFeed(releases, { serial: index.serial, generatedAt: index.generatedAt }, { published: [] }) : new Map<string, string>();
  const byId = new Map(releases.map((release) => [release.id, release]));
  const published = [...history.releases].reverse();
  published.forEach((entry, i) => {
    const release = byId.get(entry.id);
    if (!release) {
      problems.push(problemAt(show(entry.id), 'published-missing', { id: entry.id, sha256: entry.sha256 }));
      return;
    }
    const position = releases.indexOf(release);
    if (position !== i) problems.push(problemAt(show(entry.id), 'published-reordered', { position: position + 1, published: i + 1 }));
    const text = wouldPublish.get(feedPaths.version(entry.id));
    const now = text === undefined ? undefined : digest(text);
    if (!now || now.sha256 !== entry.sha256 || now.length !== entry.length) {
      problems.push(problemAt(show(entry.id), 'published-changed', { id: entry.id, sha256: now?.sha256, length: now?.length ?? 0, published: entry.sha256, publishedLength: entry.length }));
    }
  });
  const listed = new Set(published.map((entry) => entry.id));
  const unpublished = releases.filter((release) => !listed.has(release.id)).map((release) => release.id);
  const firstUnpublished = releases.findIndex((release) => !listed.has(release.id));
  if (firstUnpublished !== -1 && releases.slice(firstUnpublished).some((release) => listed.has(release.id))) {
    problems.push(problemAt(show(releases[firstUnpublished]!.id), 'published-inserted'));
  }
  return { index: indexUrl.protocol === 'file:' ? fileURLToPath(indexUrl) : indexUrl.toString(), kid: key.kid, published: published.map((entry) => entry.id), unpublished, problems };
}
