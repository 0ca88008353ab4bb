// The static site. `policy build` runs Astro with POLICY_OUT_DIR set to a temporary folder and
// moves it into dist/ only when everything succeeded; `npm run dev` previews the working draft.
import { defineConfig } from 'astro/config';
import { policyWatch } from './src/publish/dev-watch.ts';

export default defineConfig({
  srcDir: './site',
  outDir: process.env.POLICY_OUT_DIR ?? './dist',
  site: process.env.POLICY_SITE_URL ?? 'https://privacy.mijian.example',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  telemetry: false,
  vite: { plugins: [policyWatch()] },
});
