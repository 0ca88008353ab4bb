import type { AstroIntegration } from 'astro';
import { formatProblem } from '../report/refusal.ts';
import { siteAddressProblem, withoutSiteAddress, type SiteAddressMessage } from './site-address.ts';

/**
 * Checks Astro's `site`, the one home of the published address. Under `policy build` (a child
 * process with an IPC channel, POLICY_BUILD_CHILD=1) it hands the address to the build, which validates it and says
 * what a build without one leaves out; in `npm run dev` it does both itself.
 */
export function policySiteAddress(): AstroIntegration {
  return {
    name: 'policy-press:site-address',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        const site = config.site ?? null;
        if (process.env.POLICY_BUILD_CHILD === '1' && process.send) {
          process.send({ type: 'policy-press:site', site } satisfies SiteAddressMessage);
          return;
        }
        const problem = site === null ? undefined : siteAddressProblem(site, 'astro.config.mjs `site`');
        if (problem) throw new Error(formatProblem(problem));
        if (site === null) logger.warn(withoutSiteAddress);
      },
    },
  };
}
