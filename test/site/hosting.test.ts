// One source for the cache and CORS rules (src/publish/hosting.ts): `_headers` and the nginx
// snippet are generated from it and say the same thing for every path the site serves.
import { describe, expect, it } from 'vitest';
import { cacheHeaders, nginxSnippet } from '../../src/publish/headers.ts';
import { cacheControl, corsHeaders, hostingRules, rulesFor } from '../../src/publish/hosting.ts';

/** Paths of every kind the site serves, as readers and apps request them. */
const served = [
  '/', '/versions/', '/versions/2021-10-13/', '/versions/2022-03-01.2/', '/versions/2021-10-13/changes/', '/versions/2021-10-13/policy.pdf', '/versions/2021-10-13/policy.json',
  '/compare/', '/lists/collected/', '/lists/shared/', '/lists/collected.json', '/lists/collected.csv', '/lists/shared.json', '/lists/shared.csv', '/sitemap.xml',
  '/feed/index.json', '/feed/index.json.sig', '/feed/history.json', '/feed/keys.json', '/feed/versions/2021-10-13.json', '/feed/changes.xml', '/_astro/site.B1c2D3.css',
];
const immutable = ['/feed/versions/2021-10-13.json', '/versions/2021-10-13/policy.pdf', '/versions/2021-10-13/policy.json', '/_astro/site.B1c2D3.css'];
const cors = ['/feed/index.json', '/feed/index.json.sig', '/feed/history.json', '/feed/keys.json', '/feed/versions/2021-10-13.json', '/versions/2021-10-13/policy.json'];

/** `_headers` as Netlify and Cloudflare Pages apply it: every matching block, its headers merged. */
function headersFileFor(file: string, pathname: string): Array<[string, string]> {
  const blocks = file.split('\n').filter((line) => line && !line.startsWith('#')).reduce<Array<{ path: string; headers: Array<[string, string]> }>>((all, line) => {
    if (!line.startsWith(' ')) all.push({ path: line, headers: [] });
    else all.at(-1)!.headers.push(line.trim().split(/: (.*)/).slice(0, 2) as [string, string]);
    return all;
  }, []);
  const matches = (pattern: string) => new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace(/:[a-z]+/g, '[^/]+').replace(/\*$/, '.*')}$`).test(pathname);
  return blocks.filter((block) => matches(block.path)).flatMap((block) => block.headers);
}

/** The location nginx picks (exact, then the longest prefix unless it is `^~`, then regexes in order), with its add_header lines. */
function nginxFor(snippet: string, pathname: string): Array<[string, string]> {
  const locations = [...snippet.matchAll(/^location (=|\^~|~)? ?(\S+) \{\n([\s\S]*?)\n\}/gm)].map(([, modifier = '', where, body]) => ({
    modifier,
    where: where!,
    headers: [...body!.matchAll(/add_header (\S+) "([^"]*)";/g)].map(([, name, value]) => [name!, value!] as [string, string]),
  }));
  const exact = locations.find((l) => l.modifier === '=' && l.where === pathname);
  if (exact) return exact.headers;
  const prefix = locations.filter((l) => (l.modifier === '' || l.modifier === '^~') && pathname.startsWith(l.where)).sort((a, b) => b.where.length - a.where.length)[0];
  if (prefix?.modifier === '^~') return prefix.headers;
  return (locations.find((l) => l.modifier === '~' && new RegExp(l.where).test(pathname)) ?? prefix)!.headers;
}

describe('the hosting rules', () => {
  it('give every path the site serves exactly one rule, so no host merges two Cache-Control values', () => {
    for (const pathname of served) expect(rulesFor(pathname).map((r) => r.path), pathname).toHaveLength(1);
    expect(served.filter((p) => rulesFor(p)[0]!.cache === 'immutable').sort()).toEqual([...immutable].sort());
    expect(served.filter((p) => rulesFor(p)[0]!.cors).sort()).toEqual([...cors].sort());
    expect(new Set(hostingRules.map((r) => r.path)).size).toBe(hostingRules.length);
  });

  it('_headers and the nginx snippet give each path the same headers as the table', () => {
    const headers = cacheHeaders();
    const nginx = nginxSnippet();
    for (const pathname of served) {
      const rule = rulesFor(pathname)[0]!;
      const expected = [['Cache-Control', cacheControl[rule.cache]], ...(rule.cors ? corsHeaders : []), ['X-Content-Type-Options', 'nosniff'], ['Referrer-Policy', 'strict-origin-when-cross-origin']].sort();
      const fromHeaders = headersFileFor(headers, pathname).filter(([name]) => name !== 'Content-Type').sort();
      expect(fromHeaders, `_headers ${pathname}`).toEqual(expected);
      expect(nginxFor(nginx, pathname).sort(), `nginx ${pathname}`).toEqual(expected);
      // nginx serves a folder's page through an internal redirect to its index.html: same headers.
      if (pathname.endsWith('/')) expect(nginxFor(nginx, `${pathname}index.html`).sort(), `nginx ${pathname}index.html`).toEqual(expected);
    }
    expect(nginxFor(nginx, '/robots.txt')).toEqual([['X-Content-Type-Options', 'nosniff'], ['Referrer-Policy', 'strict-origin-when-cross-origin']]);
    expect(headers).toContain('/feed/index.json.sig\n  Cache-Control: public, max-age=300\n  Content-Type: application/json; charset=utf-8');
    expect(nginx).toContain('location = /feed/index.json.sig {\n    default_type "application/json; charset=utf-8";');
  });
});
