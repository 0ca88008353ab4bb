// The package's one build step (`npm run build:lib`, run by `prepare`, so `npm ci` does it):
// compiles src/ into lib/ (git-ignored), which package.json's `bin` and `exports` point at.
// - Node code as ES modules bundled with their dependencies (esbuild, split into shared chunks, so
//   `policy check` loads only what it runs); Astro, Vite and the browser for PDFs stay external;
// - the reference client (lib/client.js) and the compare page's island (lib/compare.js) for the
//   browser, with no import of Node or of any package;
// - with `--types` (prepare), the declarations of every export into lib/types/ (tsc).
// Files shipped beside the code (schemas/, site/, src/publish/pdf/print.css) are found from the
// package's folder at run time (src/util/package-root.ts).
import { readdir, rm } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const lib = path.join(root, 'lib');
const at = (file: string) => path.join(root, file);

/** The entry points of the package's Node code: `bin`, the exports, and the modules loaded by path. */
export const nodeEntries = {
  cli: 'src/cli/bin.ts',
  index: 'src/index.ts',
  astro: 'src/astro/index.ts',
  site: 'src/astro/site.ts',
  'astro-build': 'src/publish/astro-build.ts',
};

export async function buildLib(options: { types?: boolean } = {}): Promise<void> {
  // The code is replaced whole; the declarations only when they are written again.
  for (const name of await readdir(lib).catch(() => [])) {
    if (name !== 'types' || options.types) await rm(path.join(lib, name), { recursive: true, force: true });
  }
  const common = { bundle: true, format: 'esm', target: 'node20', logLevel: 'warning', legalComments: 'none', absWorkingDir: root } as const;
  await build({
    ...common,
    platform: 'node',
    entryPoints: Object.fromEntries(Object.entries(nodeEntries).map(([name, file]) => [name, at(file)])),
    outdir: lib,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    external: ['astro', 'astro/*', 'vite', 'playwright-core', '@sparticuz/chromium'],
    // CommonJS dependencies bundled into ES modules still call require() for Node's built-ins.
    banner: { js: "import { createRequire as __policyPressRequire } from 'node:module'; const require = __policyPressRequire(import.meta.url);" },
  });
  await build({ ...common, platform: 'browser', entryPoints: { client: at('src/client/index.ts'), compare: at('site/scripts/compare.ts') }, outdir: lib });
  if (options.types) {
    const tsc = spawnSync(process.execPath, [at('node_modules/typescript/bin/tsc'), '-p', at('tsconfig.lib.json')], { stdio: 'inherit' });
    if (tsc.status !== 0) throw new Error('tsc could not write the declarations (lib/types/)');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = performance.now();
  await buildLib({ types: process.argv.includes('--types') });
  console.log(`policy-press: built lib/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
