import { showText } from '../util/characters.ts';

/** An expected refusal (bad input, an archive that does not verify): what is wrong, then how to fix it. */
export class ReleaseError extends Error {
  readonly hint: string | undefined;
  constructor(message: string, hint?: string) {
    super(message);
    this.name = 'ReleaseError';
    this.hint = hint;
  }
}

/** One problem of the archive, at a path. */
export interface ArchiveProblem {
  path: string;
  message: string;
}

/** The archive does not verify: readArchive refuses to return it. */
export class ArchiveError extends ReleaseError {
  readonly problems: readonly ArchiveProblem[];
  constructor(problems: readonly ArchiveProblem[]) {
    super(
      `The archive does not verify (${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}):\n${problems.map(formatProblem).join('\n')}`,
      'Released versions are immutable: restore the archived files from version control (e.g. `git checkout -- versions/`), then run `policy verify`.',
    );
    this.name = 'ArchiveError';
    this.problems = problems;
  }
}

export function formatProblem(problem: ArchiveProblem): string {
  return showText(`${problem.path}: ${problem.message}`);
}

/** How the CLI prints a refusal: the problem, then the hint; user text in them shown escaped. */
export function formatRefusal(error: ReleaseError): string {
  return showText(`error: ${error.message}\n${error.hint ? `  hint: ${error.hint}\n` : ''}`);
}
