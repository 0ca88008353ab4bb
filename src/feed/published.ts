// `policy verify --published`: the archive against a published, signed feed. `policy verify`
// alone checks the archive against itself, so anyone who can write to versions/ can rewrite a
// release and recompute every hash; the published feed's history, signed with a key the archive
// does not hold, records the sha256 of every release's version document as it was published. A
// release the archive would now publish differently has been changed after it was published.
import path from 'node:path';
import { type Problem, Refusal } from '../report/refusal.ts';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { get, indexMaxBytes, signatureMaxBytes, documentMaxBytes } from '../client/http.ts';
import { FeedRefusal } from '../client/refusal.ts';
import type { Release } from '../release/verify.ts';
import { formatBytes, readRegularFile, unreadableReason } from '../util/regular-file.ts';
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
      const why = read.refused.kind === 'missing' ? 'does not exist' : read.refused.kind === 'not-regular' ? `is ${read.refused.what}` : read.refused.kind === 'too-large' ? 'is too large' : unreadableReason(read.refused.code).reason;
      throw new Refusal('trusted-key-unreadable', `${source}: the file ${why}`, keyHint);
    }
    text = read.bytes.toString('utf8').trim();
  }
  const json = /^[A-Za-z0-9_-]{43}$/.test(text) ? JSON.stringify([text]) : text.startsWith('{') && !text.includes('"keys"') ? `[${text}]` : text;
  const parsed = parsePublishedKeys(json, source);
  if (parsed.errors.length || !parsed.value?.length) throw new Refusal('trusted-key-invalid', parsed.errors.map((e) => e.reason).join('\n') || `${source} names no key`, keyHint);
  return parsed.value;
}

const keyHint =
  'Give the public key the feed is signed with: the `.pub.json` that `policy keygen` wrote, a keys.json you keep yourself, or the raw key (43 base64url characters). Never the keys.json of the site you are checking: whoever can change the site can change it.';

/** Reads the published feed at a URL (https://…/, or …/feed/index.json) or a built site folder (dist/). */
function publishedReader(target: string): { indexUrl: URL; read: (url: URL, maxBytes: number, what: string) => Promise<Uint8Array> } {
  if (/^https?:\/\//i.test(target)) {
    const indexUrl = target.endsWith('.json') ? new URL(target) : new URL(feedPaths.index, target.endsWith('/') ? target : `${target}/`);
    if (indexUrl.protocol === 'http:' && !['127.0.0.1', 'localhost', '[::1]'].includes(indexUrl.hostname)) {
      throw new Refusal('published-not-https', `--published ${target} is not https`, 'Give the https: address of the site (http is accepted only for a loopback preview).');
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
          throw new Refusal('published-unreachable', `Cannot read the published ${what}: ${cause.message}`, 'Check the address (the site root, or its feed/index.json) and the network; requests time out after 10 s.');
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
      const why = refused.kind === 'missing' ? 'is missing' : refused.kind === 'not-regular' ? `is ${refused.what}` : refused.kind === 'too-large' ? `is larger than ${formatBytes(refused.limit)}` : `cannot be read: ${unreadableReason(refused.code).reason}`;
      throw new Refusal('published-unreadable', `The published ${what} ${path.join(target, relative)} ${why}`, 'Give the folder a build wrote (the one holding feed/index.json), or the site\'s address.');
    },
  };
}

function parse<T>(bytes: Uint8Array, what: string): T {
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8')) as T;
  } catch {
    throw new Refusal('published-not-json', `The published ${what} is not JSON`, 'Give the address or folder of a site built by `policy build`.');
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
    if (cause instanceof Refusal) throw new Refusal('published-not-signed', `${cause.message}: the published feed is not signed, so it proves nothing`, 'Publish with a signing key (docs/app-clients.md); only a signed feed records what was published.');
    throw cause;
  });
  const signature = parse<FeedSignature>(signatureBytes, 'index signature');
  const key = keys.find((k) => k.kid === signature.kid);
  const indexText = Buffer.from(indexBytes).toString('utf8');
  if (!key) throw new Refusal('published-unknown-key', `The published index is signed with key ${signature.kid}, which is not among the keys given (${keys.map((k) => k.kid).join(', ')})`, keyHint);
  if (keyId(key.publicKey) !== key.kid || !verifyIndexSignature(indexText, signature, key)) {
    throw new Refusal('published-bad-signature', `The published index does not match its signature by key ${key.kid}: it was altered after it was signed`, 'Rebuild and republish the site from the archive, then compare again.');
  }
  const index = parse<FeedIndex>(indexBytes, 'index');
  // The feed's URLs are relative to the index; read the history from where the index was read (a
  // folder, a mirror) even if an older feed names another host: its hash is checked either way.
  const historyUrl = new URL(index.history.url, indexUrl);
  const historyAt = historyUrl.origin === indexUrl.origin ? historyUrl : new URL(feedPaths.history, new URL('../', indexUrl));
  if (!Number.isSafeInteger(index.history.length) || index.history.length > documentMaxBytes) throw new Refusal('published-bad-history-length', 'The published index gives the history an impossible length', 'Rebuild and republish the site.');
  const historyBytes = await read(historyAt, index.history.length, 'history');
  const got = digest(Buffer.from(historyBytes).toString('utf8'));
  if (got.sha256 !== index.history.sha256 || got.length !== index.history.length) {
    throw new Refusal('published-history-changed', 'The published history does not match the sha256 and length its signed index gives for it', 'Rebuild and republish the site from the archive, then compare again.');
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
      problems.push({ path: show(entry.id), ruleId: 'published-missing', reason: `missing: the signed feed published release ${entry.id} (sha256 ${entry.sha256}), the archive no longer holds it` });
      return;
    }
    const position = releases.indexOf(release);
    if (position !== i) problems.push({ path: show(entry.id), ruleId: 'published-reordered', reason: `is release ${position + 1} of the archive, but the signed feed published it as release ${i + 1}` });
    const text = wouldPublish.get(feedPaths.version(entry.id));
    const now = text === undefined ? undefined : digest(text);
    if (!now || now.sha256 !== entry.sha256 || now.length !== entry.length) {
      problems.push({
        path: show(entry.id),
        ruleId: 'published-changed', reason: `changed after it was published: the archive would publish feed/versions/${entry.id}.json with sha256 ${now?.sha256 ?? '(none)'} (${now?.length ?? 0} bytes); the signed feed published ${entry.sha256} (${entry.length} bytes)`,
      });
    }
  });
  const listed = new Set(published.map((entry) => entry.id));
  const unpublished = releases.filter((release) => !listed.has(release.id)).map((release) => release.id);
  const firstUnpublished = releases.findIndex((release) => !listed.has(release.id));
  if (firstUnpublished !== -1 && releases.slice(firstUnpublished).some((release) => listed.has(release.id))) {
    problems.push({ path: show(releases[firstUnpublished]!.id), ruleId: 'published-inserted', reason: 'is not in the signed feed, though later releases are: it was added to the archive after they were published' });
  }
  return { index: indexUrl.protocol === 'file:' ? fileURLToPath(indexUrl) : indexUrl.toString(), kid: key.kid, published: published.map((entry) => entry.id), unpublished, problems };
}
