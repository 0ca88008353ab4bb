// `policy build --previous-index FILE-or-URL`: the index published last, so that the build can
// refuse a serial that does not increase (The Update Framework's rule: apps refuse an index whose
// serial is lower than one they have seen) and an archive that lacks the release already published.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Loaded, PreviousIndex } from './types.ts';
import type { PreviousIndexProblem } from '../report/catalogue/en/feed.ts';
import { problem } from '../report/refusal.ts';
import { readBody } from '../client/http.ts';
import { FeedRefusal } from '../client/refusal.ts';

/** What the build needs of the published index. */
export interface PreviousIndexOptions {
  /** A relative file path resolves from here (default: the working directory). */
  cwd?: string;
  fetch?: typeof globalThis.fetch;
  /** For the whole download (default 10 s). */
  timeoutMs?: number;
  /** The index is about 1.3 kB; anything larger than this is refused unread (default 256 KiB). */
  maxBytes?: number;
}

const loopback = new Set(['127.0.0.1', 'localhost', '[::1]']);
const refuse = (location: string, why: PreviousIndexProblem): Loaded<PreviousIndex> => ({ errors: [problem('previous-index-unusable', { location, problem: why })], warnings: [] });

/** Reads the published index from a file or an https URL, within a time and size limit. */
export async function loadPreviousIndex(location: string, options: PreviousIndexOptions = {}): Promise<Loaded<PreviousIndex>> {
  const maxBytes = options.maxBytes ?? 256 * 1024;
  const bytes = /^[a-z][a-z0-9+.-]*:\/\//i.test(location) ? await download(location, { ...options, maxBytes }) : await readLocal(location, options.cwd ?? process.cwd(), maxBytes);
  if (!(bytes instanceof Uint8Array)) return refuse(location, bytes);
  return parsePreviousIndex(bytes, location);
}

/** The serial and current release of an index's bytes. */
export function parsePreviousIndex(bytes: Uint8Array, source: string): Loaded<PreviousIndex> {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return refuse(source, { case: 'not-json' });
  }
  const index = value as { format?: unknown; serial?: unknown; current?: { id?: unknown } } | null;
  if (index?.format !== 'policy-press/feed-index@1') return refuse(source, { case: 'not-index' });
  if (typeof index.serial !== 'number' || !Number.isSafeInteger(index.serial) || index.serial < 0 || typeof index.current?.id !== 'string') {
    return refuse(source, { case: 'no-serial' });
  }
  return { value: { serial: index.serial, current: index.current.id, source }, errors: [], warnings: [] };
}

async function readLocal(file: string, cwd: string, maxBytes: number): Promise<Uint8Array | PreviousIndexProblem> {
  const resolved = path.resolve(cwd, file);
  try {
    const info = await stat(resolved);
    if (!info.isFile()) return { case: 'not-file' };
    if (info.size > maxBytes) return { case: 'size', size: info.size, maxBytes };
    return await readFile(resolved);
  } catch {
    return { case: 'unreadable' };
  }
}

async function download(location: string, options: PreviousIndexOptions & { maxBytes: number }): Promise<Uint8Array | PreviousIndexProblem> {
  let url: URL;
  try {
    url = new URL(location);
  } catch {
    return { case: 'not-url' };
  }
  const allowed = (u: URL) => u.protocol === 'https:' || (u.protocol === 'http:' && loopback.has(u.hostname));
  if (!allowed(url)) return { case: 'not-https' };
  const timeoutMs = options.timeoutMs ?? 10_000;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await (options.fetch ?? globalThis.fetch)(url, { signal: controller.signal, headers: { Accept: 'application/json' }, redirect: 'follow' });
    if (response.url && !allowed(new URL(response.url))) return { case: 'redirect', to: response.url };
    if (response.status !== 200) return { case: 'http', status: response.status };
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > options.maxBytes) return { case: 'size', size: declared, maxBytes: options.maxBytes };
    return await readBody(response, options.maxBytes, location);
  } catch (cause) {
    if (cause instanceof FeedRefusal && cause.reason === 'too-large') return { case: 'too-large', maxBytes: options.maxBytes };
    return controller.signal.aborted ? { case: 'timeout', ms: timeoutMs } : { case: 'unfetched', detail: (cause as Error).message };
  } finally {
    clearTimeout(timer);
  }
}

