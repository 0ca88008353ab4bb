import { formatProblem } from '../../release/errors.ts';
import { verifyArchive } from '../../release/verify.ts';
import { parse } from '../args.ts';

export const usage = `policy verify [--versions DIR]

Recomputes the sha256 of every archived file and checks the chain of releases (previous ids and
hashes, consent epochs, each document's own sha256, release.json against its schema). Then
recomputes each release's decision (the previous document diffed against it) and fails when the
recorded level, categories or consent epoch disagree and no recorded override or decision explains
it; what only rules newer than a record's own see is a warning. Names every problem as
\`path: message\`. Never repairs anything.
Exit code 0 when the archive verifies (warnings allowed), 1 otherwise.

  --versions DIR   the archive (default: versions)`;

export async function verify(argv: string[]): Promise<number> {
  const { values } = parse(argv, { versions: { type: 'string', default: 'versions' } });
  const { releases, problems, warnings } = await verifyArchive(values.versions);
  if (warnings.length > 0) process.stderr.write(warnings.map((w) => `warning: ${formatProblem(w)}`).join('\n') + '\n');
  if (problems.length > 0) {
    process.stderr.write(problems.map(formatProblem).join('\n') + `\n${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}\n`);
    return 1;
  }
  const ids = releases.map((r) => r.id);
  process.stdout.write(`${values.versions}: ${ids.length} ${ids.length === 1 ? 'release' : 'releases'} verified${ids.length ? ` (${ids.join(', ')})` : ''}\n`);
  return 0;
}
