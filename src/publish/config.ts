import path from 'node:path';

/** Where the site reads from; every value can be set by environment. (Its address is Astro's `site`: astro.config.mjs.) */
export interface SiteConfig {
  /** The released archive. */
  versionsDir: string;
  /** The working sources (shown only in the live preview, as a draft). */
  policyDir: string;
  /** True in `npm run dev`: the working draft is shown, marked as a draft. */
  draft: boolean;
}

export function siteConfig(env: NodeJS.ProcessEnv = process.env): SiteConfig {
  const cwd = process.cwd();
  return {
    versionsDir: path.resolve(cwd, env.POLICY_VERSIONS_DIR ?? 'versions'),
    policyDir: path.resolve(cwd, env.POLICY_DIR ?? 'policy'),
    draft: env.POLICY_DRAFT === '1',
  };
}
