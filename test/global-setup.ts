// Before any test: the compiled package (lib/), which the site's integration and pages load
// (astro.config.mjs imports policy-press/astro), built from the sources as they are now.
import { buildLib } from '../scripts/build-lib.ts';

export default async function setup(): Promise<void> {
  await buildLib();
}
