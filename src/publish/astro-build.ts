// Runs one Astro static build of the project in the working folder (its astro.config.mjs, with the
// policy-press/astro integration), in a process of its own: Astro keeps routes from an earlier
// build of the same process, so src/publish/build.ts starts this program for every build.
// Reads POLICY_OUT_DIR from the environment (and the integration POLICY_VERSIONS_DIR); `--site URL`
// overrides astro.config.mjs's `site` (policy build --site-url).
import module from 'node:module';
import { parseArgs } from 'node:util';

// As Astro's own bin does: a second build reuses the compiled code of the first.
module.enableCompileCache?.();
const { build } = await import('astro');

const { values } = parseArgs({ options: { site: { type: 'string' } } });
await build({ root: process.cwd(), outDir: process.env.POLICY_OUT_DIR!, logLevel: 'warn', ...(values.site ? { site: values.site } : {}) });
// The IPC channel to `policy build` would keep the process alive.
process.disconnect?.();
