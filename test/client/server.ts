// A static server on 127.0.0.1 for a temp folder of built feed files, with the headers the site
// publishes (ETag, max-age=300 for the index, immutable version documents). Tests stop it.
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildFeedFiles, type FeedRelease } from '../../src/feed/index.ts';
import { tempDir } from '../helpers.ts';

export interface FeedServer {
  /** http://127.0.0.1:<port>/ */
  url: string;
  dir: string;
  /** Every request as `METHOD /path -> status`. */
  log: string[];
  /** Builds the feed for these releases with this server as base URL and writes it into the folder. */
  publish(releases: readonly FeedRelease[], options: { serial: number; generatedAt: string; env: Record<string, string> }): Promise<Map<string, string>>;
  /** Writes one file as is (a tampered or an older one). */
  put(file: string, text: string): Promise<void>;
  read(file: string): Promise<string>;
  close(): Promise<void>;
}

function cacheControl(file: string): string {
  if (file.startsWith('feed/versions/')) return 'public, max-age=31536000, immutable';
  if (file === 'feed/keys.json') return 'public, max-age=3600';
  return 'public, max-age=300';
}

export async function startFeedServer(): Promise<FeedServer> {
  const { dir, cleanup } = await tempDir('policy-feed-server-');
  const log: string[] = [];
  const server: Server = createServer(async (request, response) => {
    const file = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
    const full = path.resolve(dir, file);
    let status = 404;
    try {
      if (!full.startsWith(dir + path.sep)) throw new Error('outside');
      const body = await readFile(full);
      const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"`;
      status = request.headers['if-none-match'] === etag ? 304 : 200;
      response.writeHead(status, { ETag: etag, 'Cache-Control': cacheControl(file), 'Content-Type': 'application/json; charset=utf-8' });
      response.end(status === 200 ? body : undefined);
    } catch {
      response.writeHead(404).end();
    }
    log.push(`${request.method} /${file} -> ${status}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const url = `http://127.0.0.1:${port}/`;
  const put = async (file: string, text: string) => {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  };
  let closed = false;
  return {
    url,
    dir,
    log,
    put,
    read: (file) => readFile(path.join(dir, file), 'utf8'),
    async publish(releases, options) {
      const { files, errors } = await buildFeedFiles(releases, { baseUrl: url, ...options });
      if (errors.length) throw new Error(errors.join('\n'));
      for (const [file, text] of files) await put(file, text);
      return files;
    },
    async close() {
      if (!closed) {
        closed = true;
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
      await cleanup();
    },
  };
}
