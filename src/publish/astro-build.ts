// Runs one Astro static build of the project in the working folder (its astro.config.mjs, with the
// policy-press/astro integration), in a process of its own: Astro keeps routes from an earlier
// build of the same process, so src/publish/build.ts starts this program for every build.
// Reads POLICY_OUT_DIR from the environment (and the integration POLICY_VERSIONS_DIR); `--site URL`
// overrides astro.config.mjs's `site` (policy build --site-url).
import module from 'node:module';
import { buildFolder } from './build-folder.ts';
import { makeFolder } from '../util/atomic.ts';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

// As Astro's own bin does: a second build reuses the compiled code of the first.
module.enableCompileCache?.();
const build = await loadBuild();

const { values } = parseArgs({ options: { site: { type: 'string' } } });
const root = process.cwd();
const outDir = process.env.POLICY_OUT_DIR!;
// Astro keeps its prerender chunks in the working folder's .astro/ when the output lies outside it:
// two builds of one project at once would share (and delete) them. Each build runs from a folder
// of its own inside the project (so the chunks still find its node_modules); policy build removes
// it when this process has ended (src/publish/build.ts).
const own = buildFolder(root, process.pid);
await makeFolder(own);
process.chdir(own);
await build({ root, outDir, logLevel: 'warn', ...(values.site ? { site: values.site } : {}) });
// The IPC channel to `policy build` would keep the process alive.
process.disconnect?.();

/**
 * Astro's `build`, loaded as its own CLI loads it: the module alone, without the dev server and
 * preview that `import('astro')` loads as well (some 70 ms). Through the package's main entry if a
 * later Astro moves the module.
 */
async function loadBuild(): Promise<(typeof import('astro'))['build']> {
  const own = path.join(path.dirname(module.createRequire(import.meta.url).resolve('astro/package.json')), 'dist/core/build/index.js');
  const loaded = await import(pathToFileURL(own).href).then((m: { default?: unknown }) => m.default, () => undefined);
  return typeof loaded === 'function' ? (loaded as (typeof import('astro'))['build']) : (await import('astro')).build;
}
