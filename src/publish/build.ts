import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { cacheHeaders } from './headers.ts';
import { readArchive, type Release } from '../release/archive.ts';
import { ReleaseError } from '../release/errors.ts';
import { buildFeedFiles, feedClock } from '../feed/index.ts';
import { commitSeconds } from './clock.ts';
import { writePdfs, type PdfStepOptions } from './pdf/index.ts';
import { snapshotOf } from './snapshot.ts';

export interface BuildOptions {
  /** The released archive (default: versions). */
  versionsDir: string;
  /** Where the site goes (default: dist); replaced only when the whole build succeeded. */
  outDir: string;
  /** The absolute URL the site is published at. */
  siteUrl: string;
  /** Print a PDF of every version (reused from the cache while unchanged); off unless given. */
  pdf?: PdfStepOptions;
  /** Progress lines. */
  log?: (line: string) => void;
  /** Where signing keys and SOURCE_DATE_EPOCH are read (default: process.env). */
  env?: Record<string, string | undefined>;
}

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Builds the static site (pages, feed, and with `pdf` the PDFs) into a temporary sibling of
 * `outDir`, then moves it into place: a failed build leaves the previous output untouched and no
 * partial folder behind.
 */
export async function buildSite(options: BuildOptions): Promise<void> {
  const log = options.log ?? (() => {});
  const outDir = path.resolve(options.outDir);
  const suffix = randomBytes(4).toString('hex');
  const temporary = `${outDir}.tmp-${suffix}`;
  await mkdir(path.dirname(outDir), { recursive: true });
  const started = performance.now();
  // Astro starts while the archive is verified and the diffs are made (it waits for them on its
  // stdin); a tampered archive stops it, and nothing of it reaches outDir.
  const pages = startPages({ ...options, outDir: temporary });
  try {
    const releases = await readArchive(options.versionsDir);
    pages.send(JSON.stringify(snapshotOf(releases)));
    await pages.done;
    log(`pages: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    await writeFile(path.join(temporary, '_headers'), cacheHeaders());
    await writeFeed(releases, options, temporary, log);
    if (options.pdf) await writePdfs(releases, temporary, { siteUrl: options.siteUrl, ...options.pdf });
    await swapInto(temporary, outDir, suffix);
  } catch (cause) {
    pages.cancel();
    await pages.done.catch(() => {});
    await rm(temporary, { recursive: true, force: true });
    throw cause;
  }
}

/** The app feed (docs/app-clients.md): signed index, history, keys, one document per version. */
async function writeFeed(releases: readonly Release[], options: BuildOptions, outDir: string, log: (line: string) => void): Promise<void> {
  const clock = feedClock(options.env ?? process.env, commitSeconds(projectRoot));
  const feed = await buildFeedFiles(releases, { baseUrl: options.siteUrl, ...clock, env: options.env ?? process.env, repoRoot: projectRoot });
  for (const warning of feed.warnings) log(`warning: ${warning}`);
  if (feed.errors.length > 0) throw new ReleaseError(`The app feed cannot be built:\n${feed.errors.join('\n')}`, 'See docs/app-clients.md for the signing key settings.');
  for (const [file, content] of feed.files) {
    await mkdir(path.dirname(path.join(outDir, file)), { recursive: true });
    await writeFile(path.join(outDir, file), content);
  }
  log(`feed: ${feed.files.size} files, serial ${clock.serial}${feed.files.has('feed/index.json.sig') ? ', signed' : ', NOT SIGNED'}`);
}

interface PagesBuild {
  /** Hands the site snapshot (src/publish/snapshot.ts) to Astro. */
  send(snapshot: string): void;
  /** Settles when Astro has written the pages. */
  done: Promise<void>;
  cancel(): void;
}

/**
 * Starts Astro's static build in a process of its own (src/publish/astro-build.ts); the pages read
 * the site snapshot from its stdin.
 */
function startPages(options: BuildOptions): PagesBuild {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    POLICY_SITE_DATA: '-',
    POLICY_VERSIONS_DIR: path.resolve(options.versionsDir),
    POLICY_SITE_URL: options.siteUrl,
    POLICY_OUT_DIR: options.outDir,
  };
  delete env.POLICY_DRAFT;
  const script = fileURLToPath(new URL('./astro-build.ts', import.meta.url));
  const child = spawn(process.execPath, [script], { cwd: projectRoot, env, stdio: ['pipe', 'inherit', 'pipe'] });
  let stderr = '';
  let cancelled = false;
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk;
    process.stderr.write(chunk);
  });
  // The child may end before it reads its input (a failed or cancelled build): not an error of ours.
  child.stdin.on('error', () => {});
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', reject).on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(cancelled ? 'The Astro build was cancelled' : `The Astro build failed (exit ${code}):\n${stderr.trim().split('\n').slice(-20).join('\n')}`));
    });
  });
  return {
    send: (snapshot) => child.stdin.end(snapshot),
    done,
    cancel: () => {
      cancelled = true;
      child.kill();
    },
  };
}

/** Replaces `outDir` with `ready` by two renames; the old output is removed afterwards. */
async function swapInto(ready: string, outDir: string, suffix: string): Promise<void> {
  const old = `${outDir}.old-${suffix}`;
  const hadOld = await rename(outDir, old).then(() => true, (cause: NodeJS.ErrnoException) => {
    if (cause.code === 'ENOENT') return false;
    throw cause;
  });
  await rename(ready, outDir);
  if (hadOld) await rm(old, { recursive: true, force: true });
}
