import { buildSite } from '../../publish/build.ts';
import { parse, say } from '../args.ts';
import { progressReporter } from '../../publish/pdf/index.ts';
import type { Io } from '../io.ts';

export const usage = say('en', 'cli-usage-build').message;

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
    locale: io.locale,
    ...(values['no-pdf'] ? {} : { pdf: { progress: progressReporter({ prefix, locale: io.locale }) } }),
  });
  io.stdout.write(`policy build: ${say(io.locale, 'cli-build-wrote', { out: values.out, seconds: ((performance.now() - started) / 1000).toFixed(1) }).message}\n`);
  return 0;
}
