// Astro's `site` is the one home of the address: the integration in astro.config.mjs checks it in
// `npm run dev` (and hands it to `policy build`, which checks it the same way).
import { describe, expect, it } from 'vitest';
import policyPress from '../../src/astro/index.ts';
import { siteAddressProblem } from '../../src/publish/site-address.ts';

type Hook = (options: { config: { site?: string }; logger: { warn(message: string): void } }) => void;
const hook = policyPress().hooks['astro:config:done'] as unknown as Hook;

describe('the site address', () => {
  it('is https, absolute, at the root of its host, with no query or fragment; http only on a loopback host', () => {
    for (const good of ['https://privacy.example.com', 'https://privacy.example.com/', 'https://隐私.example.cn', 'http://127.0.0.1:4321', 'http://localhost:4321/', 'http://[::1]:8080']) {
      expect(siteAddressProblem(good, 'test'), good).toBeUndefined();
    }
    const problems = Object.fromEntries(['http://privacy.example.com', 'ftp://privacy.example.com', 'privacy.example.com', 'https://privacy.example.com/?a', 'https://privacy.example.com/#top', 'https://privacy.example.com/policy/', 'https://user:pw@privacy.example.com']
      .map((bad) => [bad, siteAddressProblem(bad, 'astro.config.mjs `site`')?.reason]));
    expect(problems).toEqual({
      'http://privacy.example.com': 'The site address `http://privacy.example.com` (astro.config.mjs `site`) is not https.',
      'ftp://privacy.example.com': 'The site address `ftp://privacy.example.com` (astro.config.mjs `site`) is not an https address.',
      'privacy.example.com': 'The site address `privacy.example.com` (astro.config.mjs `site`) is not an absolute URL.',
      'https://privacy.example.com/?a': 'The site address `https://privacy.example.com/?a` (astro.config.mjs `site`) has a query or fragment.',
      'https://privacy.example.com/#top': 'The site address `https://privacy.example.com/#top` (astro.config.mjs `site`) has a query or fragment.',
      'https://privacy.example.com/policy/': 'The site address `https://privacy.example.com/policy/` (astro.config.mjs `site`) has a path (`/policy/`).',
      'https://user:pw@privacy.example.com': 'The site address `https://user:pw@privacy.example.com` (astro.config.mjs `site`) carries a user name or password.',
    });
  });

  it('in `npm run dev`: a bad address stops Astro with the hint; none is a warning saying what is left out', () => {
    const warnings: string[] = [];
    const logger = { warn: (message: string) => warnings.push(message) };
    expect(() => hook({ config: { site: 'http://privacy.example.com' }, logger })).toThrow(/^The site address `http:\/\/privacy\.example\.com` \(astro\.config\.mjs `site`\) is not https\.\n {2}hint: /);
    hook({ config: { site: 'https://privacy.example.com' }, logger });
    expect(warnings).toEqual([]);
    hook({ config: {}, logger });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^No site address is configured, so the build leaves out sitemap\.xml, the canonical links of the pages and the absolute links of the Atom feed/);
  });
});
