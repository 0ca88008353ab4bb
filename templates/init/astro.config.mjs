// The policy's site: PolicyPress's pages, read from policy/ (the draft, in `npm run dev`) and
// versions/ (the released archive). Build it with `npm run build` (policy build), which writes the
// site, the signed app feed and the PDFs into dist/.
import policyPress from 'policy-press/astro';

/** @type {import('astro').AstroUserConfig} */
export default {
  // The site's published address (sitemap, canonical links, the Atom feed's absolute links); set it
  // once the site has one:
  // site: 'https://privacy.example.com',
  integrations: [policyPress()],
};
