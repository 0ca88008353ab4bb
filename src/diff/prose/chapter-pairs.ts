/** A chapter on both sides: the older (absent when added) and the newer (absent when removed). */
export interface ChapterPair<C> {
  id: string;
  title: string;
  status: 'changed' | 'added' | 'removed';
  before: C | undefined;
  after: C | undefined;
}

type Named = { id: string; title: string };

/** The chapters of two versions matched by id, in the newer version's order; removed ones last. */
export function chapterPairs<C extends Named>(before: { chapters: readonly C[] }, after: { chapters: readonly C[] }): Array<ChapterPair<C>> {
  const old = new Map(before.chapters.map((chapter) => [chapter.id, chapter]));
  const kept = new Set(after.chapters.map((chapter) => chapter.id));
  const pairs: Array<ChapterPair<C>> = after.chapters.map((chapter) => {
    const was = old.get(chapter.id);
    return { id: chapter.id, title: chapter.title, status: was ? 'changed' : 'added', before: was, after: chapter };
  });
  for (const chapter of before.chapters) {
    if (!kept.has(chapter.id)) pairs.push({ id: chapter.id, title: chapter.title, status: 'removed', before: chapter, after: undefined });
  }
  return pairs;
}
