import { ArchiveError } from './errors.ts';
import { verifyArchive, type Release } from './verify.ts';

export type { Release };

/** Every released version under `versionsDir`, oldest first, verified; throws ArchiveError listing every problem. */
export async function readArchive(versionsDir: string): Promise<Release[]> {
  const { releases, problems } = await verifyArchive(versionsDir);
  if (problems.length > 0) throw new ArchiveError(problems);
  return releases;
}
