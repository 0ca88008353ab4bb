// Plain text as the redline compares it: formatting-only edits (re-wrapping, blank lines,
// indentation) leave it unchanged.

/** Characters of Chinese text, next to which a space is only a line wrap: Han, CJK and full-width punctuation, curly quotes. */
const cjk = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2018-\\u201d\\u2014\\u2026';
const spaceBesideCjk = new RegExp(`(?<=[${cjk}]) | (?=[${cjk}])`, 'gu');

/**
 * The blocks (paragraphs, headings, list items, table rows) of a chapter's plain text, whitespace
 * normalized. A tab, which only separates table cells, is kept.
 */
export function normalizedBlocks(text: string): string[] {
  return text
    .split(/\n+/)
    .map((block) => block.split('\t').map(normalizedInline).join('\t').replace(/^\t+|\t+$/g, ''))
    .filter((block) => block !== '');
}

/** One line of text with its whitespace normalized the same way. */
export function normalizedInline(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(spaceBesideCjk, '');
}
