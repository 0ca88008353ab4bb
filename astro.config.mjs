// The 蜜饯 site, built exactly as any policy repository's: one integration (policy-press/astro)
// injects the pages and reads policy/ and versions/. `policy build` (npm run build) builds it into
// dist/; `npm run dev` previews the working draft. A plain object, typed for editors: Astro's
// `defineConfig` only returns its argument, and importing it (astro/config) loads some 280 modules
// (the SVG optimizer among them) that the build has no use for.
import policyPress from 'policy-press/astro';

/** @type {import('astro').AstroUserConfig} */
export default {
  // The published address of the site: its one home (`policy build --site-url URL` overrides it for
  // one build). It gives the sitemap, the pages' canonical links and the Atom feed's absolute links;
  // the app feed and the PDFs do not depend on it. Unset, the build leaves those three out and says
  // so. The 蜜饯 site has no published address yet; set it when it has one, e.g.:
  // site: 'https://privacy.example.com',
  integrations: [policyPress()],
  // This repository's scratch folder (.tmp/: the projects and outputs of tests and benchmarks) is
  // not the site's: `npm run dev` does not watch it (a test's astro.config.mjs there would restart it).
  vite: { server: { watch: { ignored: ['**/.tmp/**'] } } },
};
