import { formatProblemIn } from '../../report/refusal.ts';
import { verifyArchive } from '../../release/verify.ts';
import path from 'node:path';
import { parse, say, UsageError } from '../args.ts';
import { showText } from '../../util/characters.ts';
import type { Io } from '../io.ts';

export const usage = `policy verify [--versions DIR] [--published URL|FOLDER --key KEY]

Recomputes the sha256 of every archived file and checks the chain of releases (previous ids and
hashes, consent epochs, each document's own sha256, release.json against its schema). Then
recomputes each release's decision (the previous document diffed against it) and fails when the
recorded level, categories or consent epoch disagree and no recorded override or decision explains
it; what only rules newer than a record's own see is a warning. Names every problem as
\`path: message\`. Never repairs anything.
Exit code 0 when the archive verifies (warnings allowed), 1 otherwise.

This proves the archive consistent with itself, not unchanged: an edit that recomputes the hashes
and the chain, a deleted newest release or an appended forged one all pass. --published compares
it with what a signed feed published (docs/releases.md).

  --versions DIR      the archive (default: versions)
  --published WHERE   the published site (https://…/ or its feed/index.json) or a folder a build
                      wrote: every release it published must be in the archive, unchanged
  --key KEY           the public key the feed is signed with: a \`policy keygen\` .pub.json, a
                      keys.json you trust, or the raw key (required with --published)`;

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
