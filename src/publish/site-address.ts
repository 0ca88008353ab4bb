// The site's published address has one home: Astro's `site` in astro.config.mjs (`policy build
// --site-url` overrides it for one build). Nothing else needs it: the feed's URLs are relative to
// its index and the PDFs print no address. Without one, the build leaves out what only an absolute
// address can give, and says so once.

import { problem, type Problem } from '../report/refusal.ts';

const loopback = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Why `address` cannot be the site's address (`from` names where it was set), or undefined. */
export function siteAddressProblem(address: string, from: string): Problem | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return problem('site-address-not-url', { address, from });
  }
  if (url.protocol === 'http:' && !loopback.has(url.hostname)) {
    return problem('site-address-not-https', { address, from, http: { host: url.host, path: url.pathname === '/' ? '' : url.pathname } });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return problem('site-address-not-https', { address, from });
  }
  if (url.username || url.password) return problem('site-address-has-credentials', { address, from });
  if (url.search || url.hash || address.includes('?') || address.includes('#')) {
    return problem('site-address-has-query', { address, from, origin: url.origin });
  }
  if (url.pathname !== '/') {
    return problem('site-address-has-path', { address, from, path: url.pathname, origin: url.origin });
  }
  return undefined;
}

/** What a build without a site address leaves out: printed once, as a warning. */
export const withoutSiteAddress: Problem = problem('build-without-site-address');

/** The message the site integration sends to `policy build` (its parent process) once Astro's config is resolved: the site's address and the folders it reads. */
export interface SiteAddressMessage {
  type: 'policy-press:site';
  site: string | null;
  versionsDir: string;
  policyDir: string;
}

export function isSiteAddressMessage(value: unknown): value is SiteAddressMessage {
  return (value as SiteAddressMessage | null)?.type === 'policy-press:site';
}
