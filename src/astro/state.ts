// Where the site reads from, as the integration configured it, kept on the process so that every
// copy of the site's modules sees it: in a build the pages load the very module the integration
// did, but `astro dev` evaluates the pages' copy in Vite's module runner. Small on purpose: the
// integration (src/astro/index.ts) imports only this, so loading astro.config.mjs loads no compiler.

/** Where the site reads from (the integration's options, resolved against the project). */
export interface SiteOptions {
  /** The released archive. */
  versionsDir: string;
  /** The working sources (shown only in the live preview, as a draft). */
  policyDir: string;
  /** True in `astro dev`: the working draft is shown on `/`, marked as a draft. */
  draft: boolean;
  /**
   * True under `policy build`, which verifies the same archive in full beside Astro and stops the
   * build on any problem: the pages then read its records at once and each document, as a regular
   * file, when a page first needs it (src/release/lazy-archive.ts), without a second verification.
   */
  verifiedBeside?: boolean;
}

interface SiteState {
  configured?: SiteOptions;
  /** The archive as read for a build (src/astro/data.ts), once. */
  loaded?: Promise<unknown>;
}

const key = Symbol.for('policy-press.site');

export function siteState(): SiteState {
  return ((globalThis as { [key]?: SiteState })[key] ??= {});
}

/** Sets where the site reads from (the integration does, from its options); forgets what was read. */
export function configureSite(options: SiteOptions): void {
  const state = siteState();
  state.configured = options;
  delete state.loaded;
}
