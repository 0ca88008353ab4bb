import { buildSite } from '../../publish/build.ts';
import { parse, say } from '../args.ts';
import { progressReporter } from '../../publish/pdf/index.ts';
import type { Io } from '../io.ts';

export const usage = `policy build [--versions DIR] [--out DIR] [--site-url URL] [--previous-index FILE-or-URL] [--no-pdf]

Builds the static site from the released archive: the current policy, every version, redlines,
the two lists, the feed and the PDFs. Writes into a temporary folder and moves it into place only
when everything succeeded. A tampered archive stops the build.

  --versions DIR          the released archive (default: the integration's \`versionsDir\` in
                          astro.config.mjs, else versions; or $POLICY_VERSIONS_DIR)
  --out DIR               the output folder (default: dist): new, empty, or the output of an
                          earlier build (which leaves .policy-press-output in it); never the
                          project, policy/, versions/ or a git work tree. One build at a time per
                          folder (a lock file beside it); a build killed midway is cleaned up by
                          the next
  --site-url URL          the published address for this build only, overriding \`site\` in
                          astro.config.mjs (its one home); without either, the build leaves out
                          the sitemap, canonical links and the Atom feed's absolute links
  --previous-index LOC    the app feed's index as published now (a file, or its https URL): the
                          build refuses a serial that is not greater (fetched within 10 s, 256 KiB)
  --no-pdf                skip the PDFs

The feed's index is dated now, or SOURCE_DATE_EPOCH when set (a reproducible build), and expires
14 days later; the build refuses one that would expire within a day. PDFs are reused from
.cache/pdf (or $POLICY_PDF_CACHE) while a version and the print template are unchanged, so a
rebuild with nothing new prints none. The app feed is signed with the key in
$POLICY_SIGNING_KEY_FILE or $POLICY_SIGNING_KEY (see docs/app-clients.md).`;

export async function build(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, {
    versions: { type: 'string' },
    out: { type: 'string', default: 'dist' },
    'site-url': { type: 'string' },
    'previous-index': { type: 'string' },
    'no-pdf': { type: 'boolean', default: false },
  });
  const prefix = 'policy build: ';
  const started = performance.now();
  await buildSite({
    env: io.env,
    ...(values.versions !== undefined ? { versionsDir: values.versions } : {}),
    outDir: values.out,
    ...(values['site-url'] !== undefined ? { siteUrl: values['site-url'] } : {}),
    ...(values['previous-index'] !== undefined ? { previousIndex: values['previous-index'] } : {}),
    log: (line) => io.stdout.write(`${prefix}${line}\n`),
    ...(values['no-pdf'] ? {} : { pdf: { progress: progressReporter({ prefix }) } }),
  });
  io.stdout.write(`policy build: ${say(io.locale, 'cli-build-wrote', { out: values.out, seconds: ((performance.now() - started) / 1000).toFixed(1) }).message}\n`);
  return 0;
}
