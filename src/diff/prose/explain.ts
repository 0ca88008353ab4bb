import type { Edit } from './redline.ts';

/**
 * True when every run of letters and digits an edit takes out or puts in is text of a changed
 * record: the prose changed only because the data it renders changed. Punctuation alone explains itself.
 */
export function explained(edit: Edit, evidence: string): boolean {
  return [edit.deleted, edit.inserted].every((tokens) => wordRuns(tokens).every((run) => evidence.includes(run)));
}

/** Maximal runs of letters and digits; a token may be a whole kept block (a moved table row). */
function wordRuns(tokens: readonly string[]): string[] {
  return tokens
    .join('')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((run) => run !== '');
}
