// How a host must serve the built site: the one source of the cache and CORS rules. The build
// writes them as `dist/_headers` (Netlify, Cloudflare Pages) and the README shows them as an nginx
// snippet, both generated from this table (src/publish/headers.ts); test/static-server.ts serves
// with them too. Every served path matches at most one rule, so no host has to merge two
// Cache-Control values.

export type CachePolicy = 'revalidate' | 'keys' | 'immutable';

export const cacheControl: Record<CachePolicy, string> = {
  // Changes with every publish: a CDN may serve it 5 minutes old; apps revalidate with the ETag.
  revalidate: 'public, max-age=300',
  keys: 'public, max-age=3600',
  // Never changes once published: versioned documents, PDFs and fingerprinted assets.
  immutable: 'public, max-age=31536000, immutable',
};

/** One kind of path: `:id` stands for one path segment, a final `*` for the rest of the path. */
export interface HostingRule {
  path: string;
  cache: CachePolicy;
  /** Fetched by apps and browser clients from other origins. */
  cors?: boolean;
  /** A type the host cannot guess from the file name. */
  contentType?: string;
  what: string;
}

export const hostingRules: readonly HostingRule[] = [
  { path: '/feed/index.json', cache: 'revalidate', cors: true, what: 'the app feed index, fetched at every launch' },
  { path: '/feed/index.json.sig', cache: 'revalidate', cors: true, contentType: 'application/json; charset=utf-8', what: 'its signature' },
  { path: '/feed/history.json', cache: 'revalidate', cors: true, what: 'every release' },
  { path: '/feed/keys.json', cache: 'keys', cors: true, what: 'the public keys' },
  { path: '/feed/versions/*', cache: 'immutable', cors: true, what: 'one document per version' },
  { path: '/feed/changes.xml', cache: 'revalidate', what: 'the Atom feed' },
  { path: '/versions/:id/policy.json', cache: 'immutable', cors: true, what: 'an archived document, byte for byte' },
  { path: '/versions/:id/policy.pdf', cache: 'immutable', what: "a version's PDF" },
  { path: '/_astro/*', cache: 'immutable', what: 'fingerprinted CSS and scripts' },
  { path: '/', cache: 'revalidate', what: 'the current policy' },
  { path: '/versions/', cache: 'revalidate', what: 'the archive' },
  { path: '/versions/:id/', cache: 'revalidate', what: "a version's page (its banner changes when a newer one is released)" },
  { path: '/versions/:id/changes/', cache: 'revalidate', what: 'a redline' },
  { path: '/compare/', cache: 'revalidate', what: 'the comparison page' },
  { path: '/lists/collected/', cache: 'revalidate', what: '个人信息收集清单' },
  { path: '/lists/shared/', cache: 'revalidate', what: '第三方信息共享清单' },
  { path: '/lists/collected.json', cache: 'revalidate', what: 'the list as data' },
  { path: '/lists/collected.csv', cache: 'revalidate', what: 'the list as CSV' },
  { path: '/lists/shared.json', cache: 'revalidate', what: 'the list as data' },
  { path: '/lists/shared.csv', cache: 'revalidate', what: 'the list as CSV' },
  { path: '/versions/:id/lists/collected/', cache: 'revalidate', what: "个人信息收集清单 as that version said it" },
  { path: '/versions/:id/lists/shared/', cache: 'revalidate', what: "第三方信息共享清单 as that version said it" },
  { path: '/versions/:id/lists/collected.json', cache: 'revalidate', what: "that version's list as data" },
  { path: '/versions/:id/lists/collected.csv', cache: 'revalidate', what: "that version's list as CSV" },
  { path: '/versions/:id/lists/shared.json', cache: 'revalidate', what: "that version's list as data" },
  { path: '/versions/:id/lists/shared.csv', cache: 'revalidate', what: "that version's list as CSV" },
  { path: '/sitemap.xml', cache: 'revalidate', what: 'the sitemap (with a site address)' },
  { path: '/.policy-press-output', cache: 'revalidate', what: 'the mark of a build output, which the next build may replace (src/publish/out-dir.ts); need not be served' },
];

/** Sent with every response. */
export const everyResponse: ReadonlyArray<readonly [string, string]> = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
];

/** Sent with the documents apps fetch: any origin may read them, and the ETag the client revalidates with. */
export const corsHeaders: ReadonlyArray<readonly [string, string]> = [
  ['Access-Control-Allow-Origin', '*'],
  ['Access-Control-Allow-Headers', 'If-None-Match'],
  ['Access-Control-Expose-Headers', 'ETag'],
];

/** The headers of one rule, besides those of every response. */
export function ruleHeaders(rule: HostingRule): Array<readonly [string, string]> {
  return [['Cache-Control', cacheControl[rule.cache]], ...(rule.contentType ? [['Content-Type', rule.contentType] as const] : []), ...(rule.cors ? corsHeaders : [])];
}

/** A rule's path as the source of a regular expression (without anchors) over request paths. */
export function patternSource(path: string): string {
  return path
    .split(/(:[a-z]+|\*$)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
}

export function pathPattern(path: string): RegExp {
  return new RegExp(`^${patternSource(path)}$`);
}

/** Every rule a request path matches (a well-formed table gives at most one). */
export function rulesFor(pathname: string): HostingRule[] {
  return hostingRules.filter((rule) => pathPattern(rule.path).test(pathname));
}
