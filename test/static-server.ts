import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { everyResponse, rulesFor, ruleHeaders } from '../src/publish/hosting.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.sig': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.pdf': 'application/pdf',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  /** http://127.0.0.1:<port>, without a trailing slash. */
  url: string;
  /** Every request, in order, as `METHOD /path -> status`. */
  requests: string[];
  close(): Promise<void>;
}

/** The headers the site's hosting rules (src/publish/hosting.ts, as dist/_headers says) give a path. */
function hostingHeaders(pathname: string): Record<string, string> {
  const rule = rulesFor(pathname)[0];
  return Object.fromEntries([...(rule ? ruleHeaders(rule) : []), ...everyResponse]);
}

/**
 * Serves a folder over http://127.0.0.1 on a free port, as a static host would: dir/ → dir/index.html,
 * the site's hosting headers, an ETag on every file and 304 for a matching If-None-Match.
 */
export async function serveStatic(root: string): Promise<StaticServer> {
  const requests: string[] = [];
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let file = path.join(root, decodeURIComponent(url.pathname));
    let status = 404;
    try {
      if (!file.startsWith(root)) throw new Error('outside the served folder');
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file);
      const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"`;
      status = request.headers['if-none-match'] === etag ? 304 : 200;
      response.writeHead(status, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream', ...hostingHeaders(url.pathname), ETag: etag });
      response.end(status === 200 ? body : undefined);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
    requests.push(`${request.method} ${url.pathname} -> ${status}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
