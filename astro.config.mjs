// The 蜜饯 site, built exactly as any policy repository's: one integration (policy-press/astro)
// injects the pages and reads policy/ and versions/. `policy build` (npm run build) builds it into
// dist/; `npm run dev` previews the working draft.
import { defineConfig } from 'astro/config';
import policyPress from 'policy-press/astro';

export default defineConfig({
  // The published address of the site: its one home (`policy build --site-url URL` overrides it for
  // one build). It gives the sitemap, the pages' canonical links and the Atom feed's absolute links;
  // the app feed and the PDFs do not depend on it. Unset, the build leaves those three out and says
  // so. The 蜜饯 site has no published address yet; set it when it has one, e.g.:
  // site: 'https://privacy.example.com',
  integrations: [policyPress()],
});
