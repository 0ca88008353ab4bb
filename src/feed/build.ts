import type { FeedOptions, FeedRelease } from './types.ts';
import { inputProblems } from './check-inputs.ts';
import { loadSigningKey } from './signing-key.ts';
import { loadPublishedKeys } from './published-keys.ts';
import { renderFeed } from './render.ts';
import { problem, type Problem } from '../report/refusal.ts';

export interface FeedBuildOptions extends FeedOptions {
  /** Where POLICY_SIGNING_KEY, POLICY_SIGNING_KEY_FILE and POLICY_PUBLISHED_KEYS are read (default: process.env). */
  env?: Record<string, string | undefined>;
  /** The repository: a key file inside it is refused (default: the working directory). */
  repoRoot?: string;
  /** Relative paths in the environment resolve from here (default: the working directory). */
  cwd?: string;
}

export interface FeedBuild {
  /** Path under the output folder (e.g. `feed/index.json`) → content; empty when there are errors. */
  files: Map<string, string>;
  /** For the build to print (an unsigned feed, a key file others can read). */
  warnings: Problem[];
  /** Bad input: the build must stop. */
  errors: Problem[];
}

export const unsignedWarning = problem('feed-not-signed');

/**
 * The feed for apps, from the releases (oldest first, as readArchive returns them): the index, its
 * signature, the history, the keys and one document per version. The site build writes `files`
 * under its output folder and prints `warnings`; it stops on `errors`.
 */
export async function buildFeedFiles(releases: readonly FeedRelease[], options: FeedBuildOptions): Promise<FeedBuild> {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const [signing, published] = await Promise.all([loadSigningKey(env, { repoRoot: options.repoRoot ?? cwd, cwd }), loadPublishedKeys(env, { cwd })]);
  const errors = [...inputProblems(releases, options), ...signing.errors, ...published.errors];
  const warnings = [...signing.warnings, ...published.warnings];
  if (errors.length) return { files: new Map(), warnings, errors };
  if (!signing.value) warnings.unshift(unsignedWarning);
  const files = renderFeed(releases, options, { ...(signing.value ? { signing: signing.value } : {}), published: published.value ?? [] });
  return { files, warnings, errors };
}
