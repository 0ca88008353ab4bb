// The static test server (ETag, the site's Cache-Control) on a temp folder of built feed files,
// with helpers to publish a feed into it or plant an older or tampered file. Tests stop it.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildFeedFiles, type FeedRelease } from '../../src/feed/index.ts';
import { tempDir } from '../helpers.ts';
import { serveStatic } from '../static-server.ts';

export interface FeedServer {
  /** http://127.0.0.1:<port>/ */
  url: string;
  dir: string;
  /** Every request as `METHOD /path -> status`. */
  log: string[];
  /** Builds the feed for these releases, as a build at `generatedAt` would, and writes it into the folder. */
  publish(releases: readonly FeedRelease[], options: { serial: number; generatedAt: string; env: Record<string, string> }): Promise<Map<string, string>>;
  /** Writes one file as is (a tampered or an older one). */
  put(file: string, text: string): Promise<void>;
  read(file: string): Promise<string>;
  close(): Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const { dir, cleanup } = await tempDir('policy-feed-server-');
  const server = await serveStatic(dir);
  const url = `${server.url}/`;
  const log = server.requests;
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
      const { files, errors } = await buildFeedFiles(releases, { now: new Date(options.generatedAt), ...options });
      if (errors.length) throw new Error(errors.join('\n'));
      for (const [file, text] of files) await put(file, text);
      return files;
    },
    async close() {
      if (!closed) {
        closed = true;
        await server.close();
      }
      await cleanup();
    },
  };
}
