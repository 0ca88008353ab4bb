// Characters no policy text may hold: control characters, bidirectional overrides and isolates,
// and invisible format characters. Each can make text show something other than what it says
// (a pop-up line reading "A改为A" while it holds "A改为B" reversed), break XML, or send escape
// sequences to a terminal. One list, used by the source checks, the CLI input checks and the
// message formatter (which shows them escaped, never raw).

/** The name of a forbidden code point, or undefined when `code` may appear in policy text. */
export function forbiddenCharacter(code: number): string | undefined {
  if (code === 0x09 || code === 0x0a) return undefined;
  if (code < 0x20) return c0Names[code] ?? 'CONTROL CHARACTER';
  if (code === 0x7f) return 'DELETE';
  if (code >= 0x80 && code <= 0x9f) return 'C1 CONTROL CHARACTER';
  return formatNames.get(code) ?? (code >= 0xe0000 && code <= 0xe007f ? 'TAG CHARACTER' : undefined);
}

const c0Names: Record<number, string> = {
  0x00: 'NULL',
  0x07: 'BELL',
  0x08: 'BACKSPACE',
  0x0b: 'LINE TABULATION',
  0x0c: 'FORM FEED',
  0x0d: 'CARRIAGE RETURN',
  0x1b: 'ESCAPE',
};

const formatNames = new Map<number, string>([
  [0x00ad, 'SOFT HYPHEN'],
  [0x034f, 'COMBINING GRAPHEME JOINER'],
  [0x061c, 'ARABIC LETTER MARK'],
  [0x115f, 'HANGUL CHOSEONG FILLER'],
  [0x1160, 'HANGUL JUNGSEONG FILLER'],
  [0x180e, 'MONGOLIAN VOWEL SEPARATOR'],
  [0x200b, 'ZERO WIDTH SPACE'],
  [0x200c, 'ZERO WIDTH NON-JOINER'],
  [0x200d, 'ZERO WIDTH JOINER'],
  [0x200e, 'LEFT-TO-RIGHT MARK'],
  [0x200f, 'RIGHT-TO-LEFT MARK'],
  [0x2028, 'LINE SEPARATOR'],
  [0x2029, 'PARAGRAPH SEPARATOR'],
  [0x202a, 'LEFT-TO-RIGHT EMBEDDING'],
  [0x202b, 'RIGHT-TO-LEFT EMBEDDING'],
  [0x202c, 'POP DIRECTIONAL FORMATTING'],
  [0x202d, 'LEFT-TO-RIGHT OVERRIDE'],
  [0x202e, 'RIGHT-TO-LEFT OVERRIDE'],
  [0x2060, 'WORD JOINER'],
  [0x2061, 'FUNCTION APPLICATION'],
  [0x2062, 'INVISIBLE TIMES'],
  [0x2063, 'INVISIBLE SEPARATOR'],
  [0x2064, 'INVISIBLE PLUS'],
  [0x2066, 'LEFT-TO-RIGHT ISOLATE'],
  [0x2067, 'RIGHT-TO-LEFT ISOLATE'],
  [0x2068, 'FIRST STRONG ISOLATE'],
  [0x2069, 'POP DIRECTIONAL ISOLATE'],
  [0x206a, 'INHIBIT SYMMETRIC SWAPPING'],
  [0x206b, 'ACTIVATE SYMMETRIC SWAPPING'],
  [0x206c, 'INHIBIT ARABIC FORM SHAPING'],
  [0x206d, 'ACTIVATE ARABIC FORM SHAPING'],
  [0x206e, 'NATIONAL DIGIT SHAPES'],
  [0x206f, 'NOMINAL DIGIT SHAPES'],
  [0x3164, 'HANGUL FILLER'],
  [0xfeff, 'ZERO WIDTH NO-BREAK SPACE (byte-order mark)'],
  [0xffa0, 'HALFWIDTH HANGUL FILLER'],
  [0xfff9, 'INTERLINEAR ANNOTATION ANCHOR'],
  [0xfffa, 'INTERLINEAR ANNOTATION SEPARATOR'],
  [0xfffb, 'INTERLINEAR ANNOTATION TERMINATOR'],
]);

/** `U+202E RIGHT-TO-LEFT OVERRIDE`. */
export function describeCharacter(code: number): string {
  const name = forbiddenCharacter(code);
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}${name ? ` ${name}` : ''}`;
}

/** A forbidden character of a text: where it is (UTF-16 offset) and which it is. */
export interface ForbiddenAt {
  offset: number;
  code: number;
}

/** Matches exactly the characters `forbiddenCharacter` names (test/load/characters.test.ts checks it). */
const anyForbidden = /[\0-\x08\x0b-\x1f\x7f-\x9f\xad\u034f\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/g;

/**
 * Every forbidden character of `text`, in order. A carriage return directly before a line feed
 * (a Windows line ending) is allowed; a lone one is not.
 */
export function findForbidden(text: string, options: { crlf?: boolean } = {}): ForbiddenAt[] {
  const found: ForbiddenAt[] = [];
  anyForbidden.lastIndex = 0;
  for (let match = anyForbidden.exec(text); match; match = anyForbidden.exec(text)) {
    const code = match[0].codePointAt(0)!;
    if (code === 0x0d && options.crlf && text.charCodeAt(match.index + 1) === 0x0a) continue;
    found.push({ offset: match.index, code });
  }
  return found;
}

/** The first forbidden character of `text` (CR never allowed), or undefined. */
export function firstForbidden(text: string): ForbiddenAt | undefined {
  return findForbidden(text)[0];
}

/**
 * Text as it may be shown on a terminal or in a log: every forbidden character (line feeds and
 * tabs excepted) written as `<U+001B>`, so user text can never move the cursor, colour the output
 * or reverse a line.
 */
export function showText(text: string): string {
  return text.replace(anyForbidden, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
}
