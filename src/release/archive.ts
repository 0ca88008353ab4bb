import { countProblems, formatProblem, Refusal, type Problem } from '../report/refusal.ts';
import { verifyArchive, type Release } from './verify.ts';

export type { Release };

/** The refusal of an archive that does not verify: every problem, and how to restore it. */
export function archiveRefusal(problems: readonly Problem[]): Refusal {
  return new Refusal(
    'archive-does-not-verify',
    `The archive does not verify (${countProblems(problems.length)}):\n${problems.map((p) => formatProblem(p)).join('\n')}`,
    'Released versions are immutable: restore the archived files from version control (e.g. `git checkout -- versions/`), then run `policy verify`.',
    problems,
  );
}

/** Every released version under `versionsDir`, oldest first, verified; refuses (archive-does-not-verify) listing every problem. */
export async function readArchive(versionsDir: string): Promise<Release[]> {
  const { releases, problems } = await verifyArchive(versionsDir);
  if (problems.length > 0) throw archiveRefusal(problems);
  return releases;
}
