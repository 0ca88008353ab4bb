// Runs one Astro static build of the project in the working folder (its astro.config.mjs, with the
// policy-press/astro integration), in a process of its own: Astro keeps routes from an earlier
// build of the same process, so src/publish/build.ts starts this program for every build.
// Reads POLICY_OUT_DIR from the environment (and the integration POLICY_VERSIONS_DIR); `--site URL`
// overrides astro.config.mjs's `site` (policy build --site-url).
import module from 'node:module';
import { constants, copyFile, readdir, stat } from 'node:fs/promises';
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
// Astro moves its stylesheets from those chunks into the output by renaming them, which fails
// (EXDEV) when the output lies on another file system (`policy build --out /tmp/site` with /tmp a
// tmpfs): Astro then writes into the working folder and the pages are copied across at the end.
const across = (await stat(own)).dev !== (await stat(path.dirname(outDir))).dev;
const astroOut = across ? path.join(own, 'out') : outDir;
await build({ root, outDir: astroOut, logLevel: 'warn', ...(values.site ? { site: values.site } : {}) });
if (across) await copyInto(astroOut, outDir);
// The IPC channel to `policy build` would keep the process alive.
process.disconnect?.();

/**
 * Copies Astro's output into the folder the rest of the site is written to meanwhile: its folders
 * are shared, but no file of Astro's is one of those (COPYFILE_EXCL: a clash fails the build).
 */
async function copyInto(from: string, to: string): Promise<void> {
  for (const entry of await readdir(from, { recursive: true, withFileTypes: true })) {
    const at = path.join(to, path.relative(from, path.join(entry.parentPath, entry.name)));
    if (entry.isDirectory()) await makeFolder(at);
    else await copyFile(path.join(entry.parentPath, entry.name), at, constants.COPYFILE_EXCL);
  }
}

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
