// The site's published address has one home: Astro's `site` in astro.config.mjs (`policy build
// --site-url` overrides it for one build). Nothing else needs it: the feed's URLs are relative to
// its index and the PDFs print no address. Without one, the build leaves out what only an absolute
// address can give, and says so once.

import { problem, type Problem } from '../report/refusal.ts';

const loopback = new Set(['127.0.0.1', 'localhost', '[::1]']);
const example = "site: 'https://privacy.example.com'";

/** Why `address` cannot be the site's address (`from` names where it was set), or undefined. */
export function siteAddressProblem(address: string, from: string): Problem | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return problem('site-address-not-url', `The site address \`${address}\` (${from}) is not an absolute URL.`, `Write the whole published address, e.g. ${example} in astro.config.mjs.`);
  }
  if (url.protocol === 'http:' && !loopback.has(url.hostname)) {
    return problem('site-address-not-https', `The site address \`${address}\` (${from}) is not https.`, `Readers and apps must get the policy over https: write https://${url.host}${url.pathname === '/' ? '' : url.pathname}. http is accepted only on a loopback host, for a local preview (http://127.0.0.1:4321).`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return problem('site-address-not-https', `The site address \`${address}\` (${from}) is not an https address.`, `Write the published https address, e.g. ${example}.`);
  }
  if (url.username || url.password) return problem('site-address-has-credentials', `The site address \`${address}\` (${from}) carries a user name or password.`, 'Give the public address only; it is printed in every page, the sitemap and the Atom feed.');
  if (url.search || url.hash || address.includes('?') || address.includes('#')) {
    return problem('site-address-has-query', `The site address \`${address}\` (${from}) has a query or fragment.`, `Give the address alone: ${url.origin}.`);
  }
  if (url.pathname !== '/') {
    return problem('site-address-has-path', `The site address \`${address}\` (${from}) has a path (\`${url.pathname}\`).`, `The site's pages link from the root of their host: publish it on a host of its own (e.g. privacy.example.com) and write ${url.origin}.`);
  }
  return undefined;
}

/** What a build without a site address leaves out: printed once, as a warning. */
export const withoutSiteAddress =
  'No site address is configured, so the build leaves out sitemap.xml, the canonical links of the pages and the absolute links of the Atom feed (feed/changes.xml links relatively); everything else (pages, PDFs, lists, the app feed) is built.\n' +
  `  hint: Set the published address as Astro's \`site\` in astro.config.mjs (${example}), or pass \`policy build --site-url URL\` for one build.`;

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
