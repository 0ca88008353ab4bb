import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { cacheHeaders } from './headers.ts';
import { readArchive, type Release } from '../release/archive.ts';
import { formatProblem, Refusal, type Problem } from '../report/refusal.ts';
import { buildFeedFiles, feedClock, loadPreviousIndex, timeProblems, type FeedOptions } from '../feed/index.ts';
import { isSiteAddressMessage, siteAddressProblem, withoutSiteAddress } from './site-address.ts';
import { writePdfs, type PdfStepOptions } from './pdf/index.ts';
import { snapshotOf } from './snapshot.ts';
import { siteConfig } from './config.ts';
import { checkOutDir, defaultGuards, openOutDir } from './out-dir.ts';
import { makeFolder } from '../util/atomic.ts';

export interface BuildOptions {
  /** The released archive (default: versions). */
  versionsDir: string;
  /**
   * Where the site goes (default: dist); replaced only when the whole build succeeded, and only
   * when it is empty or the output of an earlier build (src/publish/out-dir.ts).
   */
  outDir: string;
  /**
   * The published address for this build, overriding Astro's `site` (astro.config.mjs), which is
   * its one home. Without either, the build leaves out the sitemap, canonical and absolute Atom links.
   */
  siteUrl?: string;
  /** The index published last, a file or an https URL: the new serial must be greater (`--previous-index`). */
  previousIndex?: string;
  /** The policy sources, which the output may not overwrite (default: siteConfig().policyDir). */
  policyDir?: string;
  /** Print a PDF of every version (reused from the cache while unchanged); off unless given. */
  pdf?: PdfStepOptions;
  /** Progress lines. */
  log?: (line: string) => void;
  /** Where signing keys and SOURCE_DATE_EPOCH are read (default: process.env). */
  env?: Record<string, string | undefined>;
  /** The real time (default: now): the build time unless SOURCE_DATE_EPOCH is set, and what the index's expiry is checked against. */
  now?: Date;
}

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Builds the static site (pages, feed, and with `pdf` the PDFs) into a temporary sibling of
 * `outDir`, then moves it into place: a failed build leaves the previous output untouched and no
 * partial folder behind; a build killed meanwhile is cleaned up by the next one.
 */
export async function buildSite(options: BuildOptions): Promise<void> {
  const log = options.log ?? (() => {});
  // Refusals that need no archive come first, before anything is built.
  const feedOptions = await preflight(options);
  if ((options.env ?? process.env).POLICY_SITE_URL) log('warning: POLICY_SITE_URL is not read any more: the site address is `site` in astro.config.mjs (or `policy build --site-url URL` for one build).');
  const outDir = path.resolve(options.outDir);
  const guards = defaultGuards({ outDir, versionsDir: path.resolve(options.versionsDir), policyDir: path.resolve(options.policyDir ?? siteConfig().policyDir), projectRoot });
  await checkOutDir(options.outDir, guards);
  await makeFolder(path.dirname(outDir));
  const session = await openOutDir(outDir);
  for (const note of session.notes) log(note);
  const started = performance.now();
  let pages: PagesBuild | undefined;
  try {
    await checkOutDir(options.outDir, guards);
    // Astro starts while the archive is verified and the diffs are made (it waits for them on its
    // stdin); a tampered archive stops it, and nothing of it reaches outDir.
    pages = startPages({ ...options, outDir: session.temporary });
    const releases = await readArchive(options.versionsDir);
    pages.send(JSON.stringify(snapshotOf(releases)));
    const site = await pages.done;
    log(`pages: ${((performance.now() - started) / 1000).toFixed(1)} s${site ? `, site ${site}` : ''}`);
    if (!site) log(`warning: ${withoutSiteAddress}`);
    await writeFile(path.join(session.temporary, '_headers'), cacheHeaders());
    await writeFeed(releases, feedOptions, options, session.temporary, log);
    if (options.pdf) await writePdfs(releases, session.temporary, options.pdf);
    await session.swap();
  } catch (cause) {
    pages?.cancel();
    await pages?.done.catch(() => {});
    throw cause;
  } finally {
    await session.close();
  }
}

/**
 * What is checked before anything is built: an invalid --site-url, and the feed's time fields (the
 * build time, now or SOURCE_DATE_EPOCH; an index that would be expired, expire within a day or be
 * dated ahead; a serial not greater than the published index's). Returns the feed's time options.
 */
async function preflight(options: BuildOptions): Promise<FeedOptions> {
  const env = options.env ?? process.env;
  const now = options.now ?? new Date();
  const problems: Problem[] = [];
  const override = options.siteUrl === undefined ? undefined : siteAddressProblem(options.siteUrl, '--site-url');
  if (override) problems.push(override);
  const clock = feedClock(env, now);
  if (clock.problem !== undefined) problems.push(clock.problem);
  const previous = options.previousIndex === undefined ? undefined : await loadPreviousIndex(options.previousIndex);
  problems.push(...(previous?.errors ?? []));
  const timing: FeedOptions = clock.problem === undefined ? { generatedAt: clock.generatedAt, serial: clock.serial, now, ...(previous?.value ? { previous: previous.value } : {}) } : { generatedAt: '', serial: 0, now };
  if (clock.problem === undefined) problems.push(...timeProblems(timing));
  if (problems.length > 0) throw refusal(problems);
  return timing;
}

/** One refusal for every problem found. */
function refusal(problems: readonly Problem[]): Refusal {
  return Refusal.of(problems, { ruleId: 'build-cannot-start', reason: (count) => `The build cannot start (${count} problems)` });
}

/** The app feed (docs/app-clients.md): signed index, history, keys, one document per version. */
async function writeFeed(releases: readonly Release[], timing: FeedOptions, options: BuildOptions, outDir: string, log: (line: string) => void): Promise<void> {
  const feed = await buildFeedFiles(releases, { ...timing, env: options.env ?? process.env, repoRoot: projectRoot });
  for (const warning of feed.warnings) log(`warning: ${formatProblem(warning)}`);
  if (feed.errors.length > 0) throw new Refusal('feed-cannot-be-built', `The app feed cannot be built:\n${feed.errors.map((e) => formatProblem(e)).join('\n')}`, "See docs/app-clients.md for the signing key settings, and README.md (The feed's time) for --previous-index.", feed.errors);
  for (const [file, content] of feed.files) {
    await makeFolder(path.dirname(path.join(outDir, file)));
    await writeFile(path.join(outDir, file), content);
  }
  log(`feed: ${feed.files.size} files, serial ${timing.serial}, expires ${JSON.parse(feed.files.get('feed/index.json')!).expires}${feed.files.has('feed/index.json.sig') ? ', signed' : ', NOT SIGNED'}`);
}

interface PagesBuild {
  /** Hands the site snapshot (src/publish/snapshot.ts) to Astro. */
  send(snapshot: string): void;
  /** Settles when Astro has written the pages, with the site's address (null without one). */
  done: Promise<string | null>;
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
    POLICY_OUT_DIR: options.outDir,
    POLICY_BUILD_CHILD: '1',
  };
  delete env.POLICY_DRAFT;
  const script = fileURLToPath(new URL('./astro-build.ts', import.meta.url));
  const args = options.siteUrl === undefined ? [] : ['--site', options.siteUrl];
  // The IPC channel carries the address Astro resolved (src/publish/site-integration.ts).
  const child = spawn(process.execPath, [script, ...args], { cwd: projectRoot, env, stdio: ['pipe', 'inherit', 'pipe', 'ipc'] });
  let stderr = '';
  let cancelled = false;
  let site: string | null = null;
  let refused: Refusal | undefined;
  child.on('message', (message) => {
    if (!isSiteAddressMessage(message)) return;
    site = message.site;
    const problem = site === null ? undefined : siteAddressProblem(site, options.siteUrl === undefined ? 'astro.config.mjs `site`' : '--site-url');
    if (!problem) return;
    refused = new Refusal(problem.ruleId, problem.reason, problem.hint);
    child.kill();
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk;
    process.stderr.write(chunk);
  });
  // The child may end before it reads its input (a failed or cancelled build): not an error of ours.
  child.stdin!.on('error', () => {});
  const done = new Promise<string | null>((resolve, reject) => {
    child.on('error', reject).on('close', (code) => {
      if (refused) reject(refused);
      else if (code === 0) resolve(site);
      else reject(cancelled ? new Error('The Astro build was cancelled') : new Refusal('astro-build-failed', `The Astro build failed (exit ${code}):\n${stderr.trim().split('\n').slice(-20).join('\n')}`, 'Astro\'s own messages are above; fix what they name (a page of site/, astro.config.mjs), or run `npx astro build` to see them alone.'));
    });
  });
  return {
    send: (snapshot) => child.stdin!.end(snapshot),
    done,
    cancel: () => {
      cancelled = true;
      child.kill();
    },
  };
}

