// CSS `unicode-range` values (`U+4e00-4e8c,U+ff0c`), parsed to code point intervals.

/** An inclusive interval of code points. */
export type CodePointRange = readonly [first: number, last: number];

/** Parses `U+1f1e9-1f1f5,U+ff0c,U+4??` into intervals. */
export function parseUnicodeRange(value: string): CodePointRange[] {
  return value.split(',').map((part) => {
    const token = part.trim().replace(/^U\+/i, '');
    if (token.includes('?')) return [parseInt(token.replaceAll('?', '0'), 16), parseInt(token.replaceAll('?', 'f'), 16)] as const;
    const [first, last = first] = token.split('-');
    return [parseInt(first!, 16), parseInt(last!, 16)] as const;
  });
}
