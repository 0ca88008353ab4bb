// Word tokens for Chinese: Intl.Segmenter's dictionary-based word boundaries (ICU), so the redline
// works on words, neither on single characters nor on whole lines. ICU's segmentation is the
// costly part of a redline, and the same texts come back: a block changed between two versions is
// the later side of one pair and the earlier side of the next, and a warm compile lints the
// paragraphs it did not reparse again. Each text is segmented once; its words are frozen.
import { memoByText } from '../../util/memo.ts';

let segmenter: Intl.Segmenter | undefined;

export const words: (text: string) => readonly string[] = memoByText(
  (text) => {
    segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
    return Object.freeze(Array.from(segmenter.segment(text), (segment) => segment.segment));
  },
  2048,
  16 * 1024,
  2 * 1024 * 1024,
);
