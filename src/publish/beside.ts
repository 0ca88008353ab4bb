// What `policy build` writes beside the pages, into the folder Astro writes them to: the hosting
// headers, the data files (src/publish/data-files.ts), the app feed and the PDFs, from the archive
// verified in full. Loaded only once Astro has been started (src/publish/build.ts): the compiler
// and the feed load while Astro does, not before it.
import { writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { setImmediate } from 'node:timers/promises';
import path from 'node:path';
import { cacheHeaders } from './headers.ts';
import type { Release } from '../release/archive.ts';
import { formatProblemIn, refusalListing } from '../report/refusal.ts';
import { say, type Locale } from '../report/catalogue/index.ts';
import { buildFeedFiles, type FeedOptions } from '../feed/index.ts';
import { writePdfs, type PdfStepOptions } from './pdf/index.ts';
import { dataFiles } from './data-files.ts';
import { makeFolder, makeFolderSync } from '../util/atomic.ts';

export { readArchive } from '../release/archive.ts';

export interface BesideOptions {
  feed: FeedOptions;
  /** Where signing keys are read. */
  env: Record<string, string | undefined>;
  /** The project, which the signing key may not lie in. */
  root: string;
  pdf?: PdfStepOptions | undefined;
  log: (line: string) => void;
  /** The language of the lines it logs. */
  locale: Locale;
}

/** Writes everything of the site that Astro does not render into `dir`. */
export async function writeBeside(releases: readonly Release[], dir: string, options: BesideOptions): Promise<void> {
  await makeFolder(dir);
  await writeFile(path.join(dir, '_headers'), cacheHeaders());
  await writeDataFiles(releases, dir);
  await writeFeed(releases, options, dir);
  if (options.pdf) await writePdfs(releases, dir, options.pdf);
}

/**
 * The site's data files (src/publish/data-files.ts): not rendered by Astro. An archived document
 * is written from the bytes that were verified, not copied from the archive: nothing can change it
 * in between, and writing 300 documents took 95 ms and 145 ms of system time against 140 ms and
 * 220 ms for a kernel copy read back.
 */
async function writeDataFiles(releases: readonly Release[], dir: string): Promise<void> {
  await writeFiles(dir, dataFiles(releases).map((file) => [file.path, file.body]));
}

/**
 * Writes files (paths under `dir`) one after another, synchronously, a folder's files at a time
 * with the event loop let through between folders (Astro's messages and output reach this process
 * meanwhile). Writing on the thread pool, many files at once, made the kernel contend: 1 500 files
 * of 20 KB took 1.6–1.9 s of system time that way against 0.4–0.9 s one after another.
 */
async function writeFiles(dir: string, files: Iterable<readonly [path: string, body: string | Buffer]>): Promise<void> {
  const byFolder = new Map<string, Array<readonly [string, string | Buffer]>>();
  for (const [file, body] of files) {
    const at = path.join(dir, file);
    const folder = path.dirname(at);
    const list = byFolder.get(folder);
    if (list) list.push([at, body]);
    else byFolder.set(folder, [[at, body]]);
  }
  for (const [folder, list] of byFolder) {
    makeFolderSync(folder);
    for (const [at, body] of list) writeFileSync(at, body);
    await setImmediate();
  }
}

/** The app feed (docs/app-clients.md): signed index, history, keys, one document per version. */
async function writeFeed(releases: readonly Release[], options: BesideOptions, outDir: string): Promise<void> {
  const { feed: timing, log, locale } = options;
  const feed = await buildFeedFiles(releases, { ...timing, env: options.env, repoRoot: options.root });
  for (const warning of feed.warnings) log(`warning: ${formatProblemIn(warning, locale)}`);
  if (feed.errors.length > 0) throw refusalListing(feed.errors, 'feed-cannot-be-built');
  await writeFiles(outDir, feed.files);
  log(say(locale, 'cli-build-feed', { files: feed.files.size, serial: timing.serial, expires: JSON.parse(feed.files.get('feed/index.json')!).expires, signed: feed.files.has('feed/index.json.sig') }).message);
}
