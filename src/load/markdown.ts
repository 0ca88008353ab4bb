import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { memoByText } from '../util/memo.ts';
import { cloneTree } from '../util/clone-tree.ts';

// CJK-friendly emphasis: `**如您不同意，**` next to full-width punctuation opens and closes as
// editors expect (CommonMark alone leaves the asterisks literal there).
const parser = unified().use(remarkParse).use(remarkDirective).use(remarkCjkFriendly);

const cachedLength = 128 * 1024;
const parseCached = memoByText((text) => parser.parse(text), 64, cachedLength);

/** Parses Markdown with directives. The tree is the caller's to change: a fresh copy every call. */
export function parseMarkdown(text: string): Root {
  return text.length > cachedLength ? parser.parse(text) : cloneTree(parseCached(text));
}
