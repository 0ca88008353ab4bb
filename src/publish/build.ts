import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { formatProblemIn, problem, refusal, Refusal, type Problem } from '../report/refusal.ts';
import { say, type Locale } from '../report/catalogue/index.ts';
import type { FeedOptions } from '../feed/types.ts';
import { feedClock } from '../feed/time.ts';
import { timeProblems } from '../feed/check-inputs.ts';
import { loadPreviousIndex } from '../feed/previous-index.ts';
import { isSiteAddressMessage, siteAddressProblem, withoutSiteAddress } from './site-address.ts';
import type { PdfStepOptions } from './pdf/index.ts';
import { checkOutDir, defaultGuards, openOutDir } from './out-dir.ts';
import { packageModule } from '../util/package-root.ts';
import { makeFolder } from '../util/atomic.ts';
import { buildFolder, removeStaleBuildFolders } from './build-folder.ts';
import { buildThreadpoolSize } from './threadpool.ts';

export interface BuildOptions {
  /** The released archive, overriding the integration's `versionsDir` option (astro.config.mjs; default: versions). */
  versionsDir?: string;
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
  /** The project: the folder of astro.config.mjs, whose integration (policy-press/astro) renders the pages (default: the working folder). */
  root?: string;
  /** Print a PDF of every version (reused from the cache while unchanged); off unless given. */
  pdf?: PdfStepOptions;
  /** Progress lines. */
  log?: (line: string) => void;
  /** The language of the progress lines and warnings (default: en). */
  locale?: Locale;
  /** Where signing keys and SOURCE_DATE_EPOCH are read (default: process.env). */
  env?: Record<string, string | undefined>;
  /** The real time (default: now): the build time unless SOURCE_DATE_EPOCH is set, and what the index's expiry is checked against. */
  now?: Date;
}

/**
 * Builds the static site (pages, feed, and with `pdf` the PDFs) into a temporary sibling of
 * `outDir`, then moves it into place: a failed build leaves the previous output untouched and no
 * partial folder behind; a build killed meanwhile is cleaned up by the next one.
 *
 * Astro starts first, in a process of its own, and reads the archive through the integration
 * (src/astro/): the records at once, each document when a page needs it. Meanwhile this process
 * verifies the archive in full and writes the feed, the data files (src/publish/data-files.ts) and
 * the PDFs into the same temporary folder (under `policy build` Astro does not empty it first).
 * A tampered archive stops Astro and leaves nothing in `outDir`.
 */
export async function buildSite(options: BuildOptions): Promise<void> {
  const log = options.log ?? (() => {});
  const locale = options.locale ?? 'en';
  // Refusals that need no archive come first, before anything is built.
  const feedOptions = await preflight(options);
  if ((options.env ?? process.env).POLICY_SITE_URL) log(`warning: ${formatProblemIn(problem('site-url-env-ignored'), locale)}`);
  const outDir = path.resolve(options.outDir);
  const root = path.resolve(options.root ?? process.cwd());
  const guardsFor = (folders: { versionsDir: string; policyDir: string }) => defaultGuards({ outDir, ...folders, projectRoot: root });
  // Until Astro's config is read, the folders the integration reads by default.
  await checkOutDir(options.outDir, guardsFor({ versionsDir: path.resolve(root, options.versionsDir ?? 'versions'), policyDir: path.resolve(root, 'policy') }));
  await refuseWithoutAstroConfig(root);
  await makeFolder(path.dirname(outDir));
  const session = await openOutDir(outDir, locale);
  for (const note of session.notes) log(note);
  const started = performance.now();
  let pages: PagesBuild | undefined;
  try {
    pages = startPages({ ...options, root, outDir: session.temporary });
    const stale = removeStaleBuildFolders(root);
    stale.catch(() => {});
    // The archive is read and verified at once, from where the integration reads it by default
    // (or --versions); read again only if the project's astro.config.mjs names another folder.
    // What that needs is loaded now, while Astro starts.
    const work = import('./beside.ts');
    const expected = path.resolve(root, options.versionsDir ?? 'versions');
    const early = work.then(({ readArchive }) => readArchive(expected));
    early.catch(() => {});
    const beside = (async () => {
      // The folders as the project's integration resolved them (astro.config.mjs, or --versions).
      // A folder given on the command line is the one Astro reads too: a problem in it needs no config to be told.
      if (options.versionsDir !== undefined) await early;
      const folders = await pages!.config;
      await checkOutDir(options.outDir, guardsFor(folders));
      const { readArchive, writeBeside } = await work;
      const releases = folders.versionsDir === expected ? await early : await readArchive(folders.versionsDir);
      await writeBeside(releases, session.temporary, { feed: feedOptions, env: options.env ?? process.env, root, pdf: options.pdf, log, locale });
    })();
    // A tampered archive (or any failure beside the pages) stops Astro at once; what is wrong beside
    // the pages is reported first, as it explains a failure of Astro reading the same archive.
    beside.catch(() => pages!.cancel());
    const [built, written] = await Promise.allSettled([pages.done, beside]);
    if (written.status === 'rejected' && (built.status === 'fulfilled' || written.reason instanceof Refusal)) throw written.reason;
    if (built.status === 'rejected') throw built.reason;
    const site = built.value;
    log(say(locale, 'cli-build-pages', { seconds: ((performance.now() - started) / 1000).toFixed(1), site }).message);
    if (!site) log(`warning: ${formatProblemIn(withoutSiteAddress, locale)}`);
    await stale;
    await session.swap();
  } catch (cause) {
    pages?.cancel();
    await pages?.done.catch(() => {});
    throw cause;
  } finally {
    await session.close();
  }
}

const astroConfigNames = ['astro.config.mjs', 'astro.config.js', 'astro.config.mts', 'astro.config.ts', 'astro.config.cjs', 'astro.config.cts'];

/** The pages are the project's Astro site: without its config (and the integration in it) there is nothing to build them with. */
async function refuseWithoutAstroConfig(root: string): Promise<void> {
  const names = new Set(await readdir(root).catch(() => [] as string[]));
  if (astroConfigNames.some((name) => names.has(name))) return;
  throw refusal('build-without-astro-config', { root });
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
  if (problems.length > 0) throw cannotStart(problems);
  return timing;
}

/** One refusal for every problem found. */
function cannotStart(problems: readonly Problem[]): Refusal {
  return Refusal.of(problems, 'build-cannot-start', { count: problems.length });
}

interface PagesBuild {
  /** Settles when Astro has resolved its config: the folders the integration reads. */
  config: Promise<{ versionsDir: string; policyDir: string }>;
  /** Settles when Astro has written the pages, with the site's address (null without one). */
  done: Promise<string | null>;
  cancel(): void;
}

/**
 * Starts Astro's static build of the project in a process of its own (src/publish/astro-build.ts):
 * Astro keeps routes from an earlier build of the same process. The project's integration
 * (policy-press/astro) reads the archive named here.
 */
function startPages(options: BuildOptions & { root: string }): PagesBuild {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    POLICY_OUT_DIR: options.outDir,
    POLICY_BUILD_CHILD: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    UV_THREADPOOL_SIZE: process.env.UV_THREADPOOL_SIZE ?? String(buildThreadpoolSize()),
  };
  if (options.versionsDir !== undefined) env.POLICY_VERSIONS_DIR = path.resolve(options.versionsDir);
  const args = options.siteUrl === undefined ? [] : ['--site', options.siteUrl];
  // The IPC channel carries the address Astro resolved (src/astro/index.ts).
  const child = spawn(process.execPath, [packageModule('astro-build'), ...args], { cwd: options.root, env, stdio: ['ignore', 'inherit', 'pipe', 'ipc'] });
  let stderr = '';
  let cancelled = false;
  let site: string | null = null;
  let refused: Refusal | undefined;
  let configured!: (folders: { versionsDir: string; policyDir: string }) => void;
  let unconfigured!: (cause: Error) => void;
  const config = new Promise<{ versionsDir: string; policyDir: string }>((resolve, reject) => ((configured = resolve), (unconfigured = reject)));
  config.catch(() => {});
  child.on('message', (message) => {
    if (!isSiteAddressMessage(message)) return;
    site = message.site;
    configured({ versionsDir: message.versionsDir, policyDir: message.policyDir });
    const problem = site === null ? undefined : siteAddressProblem(site, options.siteUrl === undefined ? 'astro.config.mjs `site`' : '--site-url');
    if (!problem) return;
    refused = new Refusal(problem);
    child.kill();
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk;
    process.stderr.write(chunk);
  });
  const done = new Promise<string | null>((resolve, reject) => {
    child.on('error', reject).on('close', async (code) => {
      if (child.pid !== undefined) await rm(buildFolder(options.root, child.pid), { recursive: true, force: true });
      unconfigured(refusal('astro-integration-missing'));
      if (refused) reject(refused);
      else if (code === 0) resolve(site);
      else reject(cancelled ? new Error('The Astro build was cancelled') : refusal('astro-build-failed', { code, output: stderr.trim().split('\n').slice(-20).join('\n') }));
    });
  });
  return {
    config,
    done,
    cancel: () => {
      cancelled = true;
      child.kill();
    },
  };
}

