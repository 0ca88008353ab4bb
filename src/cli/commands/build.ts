import { buildSite } from '../../publish/build.ts';
import { siteConfig } from '../../publish/config.ts';
import { parse } from '../args.ts';
import { progressReporter } from '../../publish/pdf/index.ts';

export const usage = `policy build [--versions DIR] [--out DIR] [--site-url URL]

Builds the static site from the released archive: the current policy, every version, redlines,
the two lists, the feed and the PDFs. Writes into a temporary folder and moves it into place only
when everything succeeded. A tampered archive stops the build.

  --versions DIR   the released archive (default: versions, or $POLICY_VERSIONS_DIR)
  --out DIR        the output folder (default: dist)
  --site-url URL   the absolute URL the site is published at (default: $POLICY_SITE_URL)
  --no-pdf         skip the PDFs

PDFs are reused from .cache/pdf (or $POLICY_PDF_CACHE) while a version and the print template are
unchanged, so a rebuild with nothing new prints none. The app feed is signed with the key in
$POLICY_SIGNING_KEY_FILE or $POLICY_SIGNING_KEY (see docs/app-clients.md).`;

export async function build(argv: string[]): Promise<number> {
  const defaults = siteConfig();
  const { values } = parse(argv, {
    versions: { type: 'string', default: defaults.versionsDir },
    out: { type: 'string', default: 'dist' },
    'site-url': { type: 'string', default: defaults.siteUrl },
    'no-pdf': { type: 'boolean', default: false },
  });
  const prefix = 'policy build: ';
  const started = performance.now();
  await buildSite({
    versionsDir: values.versions,
    outDir: values.out,
    siteUrl: values['site-url'],
    log: (line) => process.stdout.write(`${prefix}${line}\n`),
    ...(values['no-pdf'] ? {} : { pdf: { progress: progressReporter({ prefix }) } }),
  });
  process.stdout.write(`policy build: wrote ${values.out}/ in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return 0;
}
