// The static site. `policy build` runs Astro with POLICY_OUT_DIR set to a temporary folder and
// moves it into dist/ only when everything succeeded; `npm run dev` previews the working draft.
import { defineConfig } from 'astro/config';
import { policyWatch } from './src/publish/dev-watch.ts';
import { policySiteAddress } from './src/publish/site-integration.ts';

export default defineConfig({
  // The published address of the site: its one home (`policy build --site-url URL` overrides it for
  // one build). It gives the sitemap, the pages' canonical links and the Atom feed's absolute links;
  // the app feed and the PDFs do not depend on it. Unset, the build leaves those three out and says
  // so. The 蜜饯 site has no published address yet; set it when it has one, e.g.:
  // site: 'https://privacy.example.com',
  srcDir: './site',
  outDir: process.env.POLICY_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  telemetry: false,
  integrations: [policySiteAddress()],
  vite: { plugins: [policyWatch()] },
});
