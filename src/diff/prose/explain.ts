import { wordRuns } from './editorial.ts';
import type { Piece } from './redline.ts';

/**
 * True when every run of letters and digits the pieces hold is text the structured changes explain
 * where that piece stands: the prose changed only because the data it renders changed.
 * Punctuation alone explains itself.
 */
export function explained(pieces: readonly Piece[], evidence: (block: number) => string): boolean {
  return pieces.every((piece) => {
    const known = evidence(piece.block);
    return wordRuns(piece.text).every((run) => known.includes(run));
  });
}
