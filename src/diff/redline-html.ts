import { escapeHtml } from './html.ts';
import type { ChapterRedline } from './types.ts';

const tags = { equal: undefined, insert: 'ins', delete: 'del' } as const;

/** A chapter's redline as HTML: inserted words in <ins>, deleted in <del> (a block that only moved: class `moved`), blocks separated by <br>. */
export function redlineHtml(chapter: ChapterRedline): string {
  const body = chapter.segments
    .map(({ op, text, moved }) => {
      const html = escapeHtml(text).replaceAll('\n', '<br>\n').replaceAll('\t', ' | ');
      return tags[op] ? `<${tags[op]}${moved ? ' class="moved"' : ''}>${html}</${tags[op]}>` : html;
    })
    .join('');
  return `<section class="redline redline-${chapter.status}" data-chapter="${escapeHtml(chapter.id)}"><h2>${escapeHtml(chapter.title)}</h2><p>${body}</p></section>`;
}
