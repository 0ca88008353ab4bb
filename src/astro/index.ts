// `policy-press/astro`: the Astro integration. A policy repository's astro.config.mjs is
//   import policyPress from 'policy-press/astro';
//   export default { site: 'https://privacy.example.com', integrations: [policyPress()] };
// It injects the site's pages (shipped in the package's site/), hands them the archive and, in
// `astro dev`, the working draft through the virtual module `virtual:policy-press/site`, and
// reloads the preview when a file of the policy is saved. The site's address stays Astro's `site`.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { configureSite, type SiteOptions } from './state.ts';
import { packageModule, packageRoot } from '../util/package-root.ts';
import { siteAddressProblem, withoutSiteAddress, type SiteAddressMessage } from '../publish/site-address.ts';
import { formatProblem } from '../report/refusal.ts';
import { policyPreview } from './preview.ts';

export interface PolicyPressOptions {
  /** The policy's sources, relative to the project (default: `policy`). Shown on `/` in `astro dev`, as a draft. */
  policyDir?: string;
  /** The released archive, relative to the project (default: `versions`). */
  versionsDir?: string;
}

/** The virtual module the pages import their data and helpers from. */
export const siteModuleId = 'virtual:policy-press/site';

/** Every page of the site: its route, and the file in the package that renders it. */
export function sitePages(): Array<{ pattern: string; entrypoint: string }> {
  const pagesDir = path.join(packageRoot, 'site/pages');
  return readdirSync(pagesDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(astro|ts)$/.test(file))
    .sort()
    .map((file) => {
      const route = file.split(path.sep).join('/').replace(/\.(astro|ts)$/, '').replace(/(^|\/)index$/, '');
      return { pattern: `/${route}`, entrypoint: path.join(pagesDir, file) };
    });
}

/** Where the site reads from: the options against the project root; `policy build --versions` and the tests set the environment. */
export function siteOptions(options: PolicyPressOptions, root: string, command: string, env: NodeJS.ProcessEnv = process.env): SiteOptions {
  return {
    versionsDir: path.resolve(root, env.POLICY_VERSIONS_DIR ?? options.versionsDir ?? 'versions'),
    policyDir: path.resolve(root, env.POLICY_DIR ?? options.policyDir ?? 'policy'),
    draft: command === 'dev',
    ...(command === 'build' && env.POLICY_BUILD_CHILD === '1' ? { verifiedBeside: true } : {}),
  };
}

/** Resolves `virtual:policy-press/site` to the package's own module as Node loaded it (the one this integration configured), outside Astro's bundle. */
function siteModule(): Plugin {
  const url = pathToFileURL(packageModule('site')).href;
  return {
    name: 'policy-press:site',
    enforce: 'pre',
    resolveId: (id) => (id === siteModuleId ? { id: url, external: true } : undefined),
  };
}

export default function policyPress(options: PolicyPressOptions = {}): AstroIntegration {
  let site: SiteOptions | undefined;
  return {
    name: 'policy-press',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig, injectRoute }) => {
        site = siteOptions(options, fileURLToPath(config.root), command);
        const underBuild = process.env.POLICY_BUILD_CHILD === '1';
        if (command === 'build' && !underBuild) {
          throw new Error('Build the policy site with `policy build` (npx policy build), not `astro build`.\n  hint: `policy build` verifies the archive, writes and signs the app feed, prints the PDFs and replaces dist/ only when everything succeeded; `astro dev` (npm run dev) previews the draft.');
        }
        configureSite(site);
        // A build reads the archive's records while Vite builds the pages' code; the pages wait for them.
        if (command === 'build') void import('./data.ts').then((data) => data.preloadSite());
        for (const page of sitePages()) injectRoute({ ...page, prerender: true });
        updateConfig({
          trailingSlash: 'always',
          build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
          devToolbar: { enabled: false },
          vite: {
            plugins: [siteModule(), ...(command === 'dev' ? [policyPreview(site)] : [])],
            // `policy build` hands Astro a new, empty folder and writes the feed and data files into it meanwhile.
            ...(underBuild ? { build: { emptyOutDir: false } } : {}),
          },
        });
      },
      'astro:config:done': ({ config, logger }) => {
        // The site's address has one home, Astro's `site`: `policy build` (the parent) checks it and says what a build without one leaves out; `astro dev` does both here.
        const address = config.site ?? null;
        if (process.env.POLICY_BUILD_CHILD === '1' && process.send) {
          process.send({ type: 'policy-press:site', site: address, versionsDir: site!.versionsDir, policyDir: site!.policyDir } satisfies SiteAddressMessage);
          return;
        }
        const problem = address === null ? undefined : siteAddressProblem(address, 'astro.config.mjs `site`');
        if (problem) throw new Error(`${problem.reason}\n  hint: ${problem.hint}`);
        if (address === null) logger.warn(formatProblem(withoutSiteAddress));
      },
    },
  };
}
