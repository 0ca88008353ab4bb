// The section each block of a chapter belongs to: the id of the heading above it (the chapter's
// own id before its first heading). Used by the review (on the chapter's text blocks) and by the
// reader's redline (on its HTML blocks, also in the browser), so it imports nothing heavy.
import type { CompiledPolicy } from '../../model/index.ts';
import { normalizedBlocks, normalizedInline } from '../../resolve/lexicon/normalize.ts';

type Chapter = CompiledPolicy['chapters'][number];
export type SectionedChapter = Pick<Chapter, 'id' | 'headings'> & { text?: string };

/** The section (heading id) each normalized block of a chapter's text belongs to. */
export function blockSections(chapter: SectionedChapter, blocks = normalizedBlocks(chapter.text ?? '')): string[] {
  const headings = chapter.headings.map((h) => ({ id: h.id, text: normalizedInline(h.text) }));
  let next = 0;
  let current = headings[0]?.id ?? chapter.id;
  return blocks.map((block) => {
    const at = headings.findIndex((h, k) => k >= next && h.text === block);
    if (at !== -1) {
      next = at + 1;
      current = headings[at]!.id;
    }
    return current;
  });
}
