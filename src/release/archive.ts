import { refusalListing, type Problem, type Refusal } from '../report/refusal.ts';
import { verifyArchive, type Release } from './verify.ts';

export type { Release };

/** The refusal of an archive that does not verify: every problem, and how to restore it. */
export function archiveRefusal(problems: readonly Problem[]): Refusal {
  return refusalListing(problems, 'archive-does-not-verify', { count: problems.length });
}

/** Every released version under `versionsDir`, oldest first, verified; refuses (archive-does-not-verify) listing every problem. */
export async function readArchive(versionsDir: string): Promise<Release[]> {
  const { releases, problems } = await verifyArchive(versionsDir);
  if (problems.length > 0) throw archiveRefusal(problems);
  return releases;
}
