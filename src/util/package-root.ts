import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of the installed policy-press package (where its package.json, schemas/ and site/
 * are), found from this module's own place: src/util/ when the sources run in this repository,
 * lib/chunks/ when the compiled package runs from node_modules. Files the package ships beside
 * its code are named relative to it, so both layouts find them.
 */
export const packageRoot: string = (() => {
  for (let at = path.dirname(fileURLToPath(import.meta.url)); ; at = path.dirname(at)) {
    if (existsSync(path.join(at, 'schemas')) && existsSync(path.join(at, 'package.json'))) return at;
    if (path.dirname(at) === at) throw new Error(`policy-press: cannot find the package folder above ${fileURLToPath(import.meta.url)}`);
  }
})();

/** True when this is the compiled package (lib/), false when the TypeScript sources run directly. */
export const compiled = import.meta.url.endsWith('.js');

const modules = {
  /** The child process that runs one Astro build (src/publish/build.ts starts it). */
  'astro-build': ['lib/astro-build.js', 'src/publish/astro-build.ts'],
  /** What the site's pages import (the integration's virtual module). */
  site: ['lib/site.js', 'src/astro/site.ts'],
} as const;

/** A module of the package that is loaded by path: the compiled one, or its source in this repository. */
export function packageModule(name: keyof typeof modules): string {
  return path.join(packageRoot, modules[name][compiled ? 0 : 1]);
}
