import { formatProblemIn } from '../../report/refusal.ts';
import { verifyArchive } from '../../release/verify.ts';
import path from 'node:path';
import { parse, say, UsageError } from '../args.ts';
import { showText } from '../../util/characters.ts';
import type { Io } from '../io.ts';

export const usage = say('en', 'cli-usage-verify').message;

export async function verify(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, { versions: { type: 'string', default: 'versions' }, published: { type: 'string' }, key: { type: 'string' } });
  if ((values.published === undefined) !== (values.key === undefined)) throw new UsageError('cli-verify-published-key');
  const { releases, problems, warnings, leftovers } = await verifyArchive(values.versions);
  if (warnings.length > 0) io.stderr.write(warnings.map((w) => say(io.locale, 'cli-warning', { text: formatProblemIn(w, io.locale) }).message).join('\n') + '\n');
  for (const leftover of leftovers) io.stderr.write(showText(`${say(io.locale, 'cli-leftover', { path: leftover.path, note: leftover.note }).message}\n`));
  if (problems.length > 0) {
    io.stderr.write(problems.map((p) => formatProblemIn(p, io.locale)).join('\n') + `\n${say(io.locale, 'cli-verify-problems', { count: problems.length }).message}\n`);
    return 1;
  }
  const ids = releases.map((r) => r.id);
  io.stdout.write(`${say(io.locale, 'cli-verified', { dir: values.versions, ids }).message}\n`);
  if (values.published === undefined) return 0;
  // Loaded only here: a plain `policy verify` needs none of the feed.
  const { comparePublished, loadTrustedKeys } = await import('../../feed/published.ts');
  const keys = await loadTrustedKeys(values.key!);
  const show = (id: string) => path.relative(io.cwd, path.join(values.versions, id)).split(path.sep).join('/');
  const compared = await comparePublished(releases, values.published, keys, show);
  if (compared.problems.length > 0) {
    io.stderr.write(compared.problems.map((p) => formatProblemIn(p, io.locale)).join('\n') + `\n${say(io.locale, 'cli-verify-published-problems', { count: compared.problems.length, index: compared.index }).message}\n`);
    return 1;
  }
  io.stdout.write(showText(`${say(io.locale, 'cli-verified-published', { target: values.published, kid: compared.kid, count: compared.published.length, unpublished: compared.unpublished }).message}
`));
  return 0;
}
