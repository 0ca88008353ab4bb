// Word tokens for Chinese: Intl.Segmenter's dictionary-based word boundaries (ICU), so the redline
// works on words, neither on single characters nor on whole lines.

let segmenter: Intl.Segmenter | undefined;

export function words(text: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return Array.from(segmenter.segment(text), (segment) => segment.segment);
}
