// Renumbering: when a chapter or a section is inserted, every later heading and every
// cross-reference to one changes only its ordinal ((六)→(七), 第十条→第十一条, 4.3→4.4, 六、→七、).
// A heading that keeps its id and changes nothing but its ordinal is renumbered; a sentence that
// changes nothing but ordinals is renumbered when each of its changed ordinals follows a heading
// renumbered the same way (a reference moved to another clause is an edit). Renumbering is
// formatting: shown as renumbered in the redline, never a review item.
import type { CompiledPolicy } from '../../model/index.ts';
import { normalizedInline } from '../../resolve/lexicon/normalize.ts';

/** What renumbering reads of a version: its chapters' headings. */
type Headed = { chapters: ReadonlyArray<Pick<CompiledPolicy['chapters'][number], 'headings'>> };

const han = '零〇一二三四五六七八九十百千两';
/** Ordinals as policies write them; the captured group is the number. */
const ordinal = new RegExp(
  [
    `第([${han}\\d]+)(?=[章节条款项部分篇])`, // 第十条, 第3章
    `[（(]([${han}\\d]+)[)）]`, // （六）, (6)
    `(?:^|(?<=[“「『《（(]))([${han}]+)(?=、)`, // 六、 at the start, or quoted: “四、您如何管理…”
    `^(\\d+(?:[.．]\\d+)*)(?=[、.．\\s]|$|[^\\d])`, // 1. 4.3 4.3.1 at the start
    `(\\d+(?:\\.\\d+)+)`, // 4.3 in a sentence
  ].join('|'),
  'gu',
);

const digits: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A Chinese or Arabic number's value as text (十一 → 11; 4.3 stays 4.3), to compare ordinals written either way. */
function value(number: string): string {
  if (/^[\d.．]+$/.test(number)) return number.replace(/．/g, '.');
  let total = 0;
  let section = 0;
  for (const c of number) {
    if (c in digits) section = digits[c]!;
    else {
      const unit = c === '十' ? 10 : c === '百' ? 100 : c === '千' ? 1000 : 1;
      total += (section || 1) * unit;
      section = 0;
    }
  }
  return String(total + section);
}

interface Ordinals {
  /** The text with each ordinal's number replaced by a placeholder. */
  skeleton: string;
  numbers: string[];
}

function ordinals(text: string): Ordinals {
  const numbers: string[] = [];
  const skeleton = text.replace(ordinal, (whole, ...groups: unknown[]) => {
    const number = groups.slice(0, 5).find((g): g is string => typeof g === 'string')!;
    numbers.push(value(number));
    return whole.replace(number, '\u0000');
  });
  return { skeleton, numbers };
}

/** Old and new number of each ordinal that changed, when the texts differ only in ordinals; undefined otherwise. */
export function ordinalChanges(before: string, after: string): Array<[string, string]> | undefined {
  if (before === after) return undefined;
  const a = ordinals(before);
  const b = ordinals(after);
  if (a.skeleton !== b.skeleton || a.numbers.length !== b.numbers.length) return undefined;
  const changed = a.numbers.map((n, i): [string, string] => [n, b.numbers[i]!]).filter(([x, y]) => x !== y);
  return changed.length > 0 ? changed : undefined;
}

export class Renumbering {
  /** `old→new` of every heading that kept its id and changed only its ordinal. */
  private readonly moves = new Set<string>();
  private readonly headings: { old: Map<string, string>; now: Map<string, string> };

  constructor(before: Headed, after: Headed) {
    const text = (doc: Headed) => new Map(doc.chapters.flatMap((c) => c.headings).map((h) => [h.id, normalizedInline(h.text)]));
    this.headings = { old: text(before), now: text(after) };
    for (const [id, was] of this.headings.old) {
      const now = this.headings.now.get(id);
      for (const [x, y] of (now !== undefined && ordinalChanges(was, now)) || []) this.moves.add(`${x}→${y}`);
    }
  }

  /**
   * Whether old block `before` (in section `oldSection`) becoming new block `after` (in
   * `newSection`) only renumbers it: a heading that kept its id, or a sentence whose changed
   * ordinals all follow a renumbered heading.
   */
  only(before: string, after: string, oldSection: string | undefined, newSection: string | undefined): boolean {
    const changed = ordinalChanges(before, after);
    if (!changed) return false;
    const isHeading = oldSection !== undefined && oldSection === newSection && this.headings.old.get(oldSection) === before && this.headings.now.get(newSection) === after;
    if (isHeading) return true;
    return changed.every(([x, y]) => this.moves.has(`${x}→${y}`));
  }
}
