// Words shared by several entries of the English catalogue.
import fileSystemReasons from '../../../util/file-system-reasons.json' with { type: 'json' };

/** What kind of forbidden character it is (src/util/characters.ts): the hint depends on it. */
export type CharacterKind = 'bidi' | 'control' | 'invisible';

export function characterHint(kind: CharacterKind): string {
  if (kind === 'bidi') return 'Bidirectional controls make text display in another order than it is written (a reader could see "A改为A" where it says something else). Delete it; Chinese text never needs one.';
  if (kind === 'control') return 'Control characters break the published XML and can rewrite a terminal. Delete it (it often comes from copying out of a terminal or a PDF); a line break is a new line.';
  return 'Invisible characters make two texts look the same while they differ (and hide words from search). Delete it; copy text from a plain-text source.';
}

/** A file system error code (`ENOENT`): why it failed and how to fix it. */
/** Why a file could not be read, as src/util/regular-file.ts refuses it. */
export type Unread = { kind: 'missing' } | { kind: 'not-regular'; what: string } | { kind: 'too-large'; limit: string } | { kind: 'unreadable'; code: string };

/** The words after a file's name for why it could not be read (`missing`: the words for a file that is not there). */
export const unreadWords = (u: Unread, missing = 'does not exist') =>
  u.kind === 'missing' ? missing : u.kind === 'not-regular' ? `is ${u.what}` : u.kind === 'too-large' ? `is larger than ${u.limit}` : `cannot be read: ${fileSystemWords(u.code).reason}`;

export function fileSystemWords(code: string): { reason: string; hint: string } {
  return (fileSystemReasons as Record<string, { reason: string; hint: string }>)[code] ?? { reason: `the system refused to read it (${code})`, hint: 'Check that the file exists, is readable, and that the disk is healthy.' };
}

/** ` Did you mean `x`? ` or nothing. */
export function didYouMean(guess: string | undefined): string {
  return guess ? `Did you mean \`${guess}\`? ` : '';
}

export const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
