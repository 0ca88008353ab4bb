// Runs one Astro static build, in a process of its own: Astro keeps routes from an earlier build
// of the same process, so src/publish/build.ts starts this script for every build.
// Reads POLICY_VERSIONS_DIR, POLICY_SITE_URL and POLICY_OUT_DIR from the environment.
import { fileURLToPath } from 'node:url';
import { build } from 'astro';

const root = fileURLToPath(new URL('../../', import.meta.url));
await build({ root, outDir: process.env.POLICY_OUT_DIR!, logLevel: 'warn', site: process.env.POLICY_SITE_URL! });
