// Runs one Astro static build, in a process of its own: Astro keeps routes from an earlier build
// of the same process, so src/publish/build.ts starts this script for every build.
// Reads POLICY_VERSIONS_DIR and POLICY_OUT_DIR from the environment; `--site URL` overrides
// astro.config.mjs's `site` (policy build --site-url).
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'astro';

const { values } = parseArgs({ options: { site: { type: 'string' } } });
const root = fileURLToPath(new URL('../../', import.meta.url));
await build({ root, outDir: process.env.POLICY_OUT_DIR!, logLevel: 'warn', ...(values.site ? { site: values.site } : {}) });
// The IPC channel to `policy build` would keep the process alive.
process.disconnect?.();
