// The feed's URLs are relative to the index; the client resolves them by hand (React Native's URL
// is partial), so its resolver must agree with the WHATWG URL parser on every reference the feed
// can hold, and on RFC 3986's own examples.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveUrl } from '../../src/client/urls.ts';
import { feedUrls, fromIndex } from '../../src/feed/urls.ts';

const reference = (ref: string, base: string) => new URL(ref, base).href;

describe('resolveUrl (RFC 3986 §5.2, without the URL class)', () => {
  it("agrees with RFC 3986's examples (§5.4.1, §5.4.2) and the WHATWG parser", () => {
    const base = 'http://a/b/c/d;p?q';
    const examples: Record<string, string> = {
      'g': 'http://a/b/c/g', './g': 'http://a/b/c/g', 'g/': 'http://a/b/c/g/', '/g': 'http://a/g', '//g': 'http://g/',
      '?y': 'http://a/b/c/d;p?y', 'g?y': 'http://a/b/c/g?y', '#s': 'http://a/b/c/d;p?q#s', 'g#s': 'http://a/b/c/g#s',
      ';x': 'http://a/b/c/;x', '': 'http://a/b/c/d;p?q', '.': 'http://a/b/c/', './': 'http://a/b/c/', '..': 'http://a/b/', '../': 'http://a/b/',
      '../g': 'http://a/b/g', '../..': 'http://a/', '../../': 'http://a/', '../../g': 'http://a/g', '../../../g': 'http://a/g',
      '/./g': 'http://a/g', '/../g': 'http://a/g', 'g.': 'http://a/b/c/g.', '.g': 'http://a/b/c/.g', 'g..': 'http://a/b/c/g..', '..g': 'http://a/b/c/..g',
      './../g': 'http://a/b/g', './g/.': 'http://a/b/c/g/', 'g/./h': 'http://a/b/c/g/h', 'g/../h': 'http://a/b/c/h', 'https://other/x': 'https://other/x',
    };
    for (const [ref, expected] of Object.entries(examples)) {
      // WHATWG adds a slash to an empty authority path ('//g' → 'http://g/'); RFC 3986 leaves it.
      expect(resolveUrl(ref, base), ref).toBe(ref === '//g' ? 'http://g' : expected);
      expect(reference(ref, base), ref).toBe(expected);
    }
  });

  it('resolves every URL the feed writes as the WHATWG parser does, from any index address', () => {
    const segment = fc.stringMatching(/^[A-Za-z0-9._~-]{1,8}$/).filter((s) => s !== '.' && s !== '..');
    const indexUrl = fc.tuple(fc.constantFrom('https://privacy.example.com', 'http://127.0.0.1:4321', 'https://cdn.example.org:8443'), fc.array(segment, { maxLength: 3 }), fc.constantFrom('', '?v=3'))
      .map(([origin, folders, query]) => `${origin}/${[...folders, 'feed'].join('/')}/index.json${query}`);
    const id = fc.tuple(fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), fc.integer({ min: 1, max: 12 }))
      .map(([date, n]) => `${date.toISOString().slice(0, 10)}${n > 1 ? `.${n}` : ''}`);
    fc.assert(fc.property(indexUrl, id, (base, releaseId) => {
      for (const url of [feedUrls.history, feedUrls.keys, feedUrls.version(releaseId), feedUrls.html(releaseId), feedUrls.pdf(releaseId)]) {
        expect(resolveUrl(url, base)).toBe(reference(url, base));
      }
    }), { numRuns: 300 });
  });

  it("the feed's page and PDF links are the site's pages, next to the feed folder", () => {
    expect(fromIndex('feed/versions/2021-10-13.json')).toBe('versions/2021-10-13.json');
    expect(resolveUrl(feedUrls.html('2021-10-13'), 'https://privacy.example.com/feed/index.json')).toBe('https://privacy.example.com/versions/2021-10-13/');
    expect(resolveUrl(feedUrls.pdf('2021-10-13'), 'https://privacy.example.com/mirror/feed/index.json')).toBe('https://privacy.example.com/mirror/versions/2021-10-13/policy.pdf');
  });
});
