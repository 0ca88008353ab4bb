// Headings of a Chinese policy: the numbering styles (第一部分, 第一章, 第一条, 一、, （一）, 1、,
// 1., 1.1, （1）), the short line a heading is (no sentence ends in it), the unnumbered titles
// that head a chapter (提示条款, 引言, 定义…), and the chapters of GB/T 35273-2020 Appendix D
// recognised by their titles, each with the meaningful id and rule-table categories it gets
// (both lists are data: appendix-d.json).
import type { Category } from '../model/index.ts';
import appendixD from './appendix-d.json' with { type: 'json' };

export interface Numbering {
  /** The numbering style: headings of one style are siblings. */
  style: string;
  ordinal: number;
  /** The title after the number. */
  rest: string;
}

const hanDigits: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十二 → 12, 二十 → 20, 一百零五 → 105; digits as digits. */
export function hanNumber(value: string): number | undefined {
  if (/^\d+$/.test(value)) return Number(value);
  let total = 0;
  let digit = 0;
  for (const c of value) {
    if (c in hanDigits) digit = hanDigits[c]!;
    else if (c === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else if (c === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else return undefined;
  }
  return total + digit;
}

const han = '[一二三四五六七八九十百零〇两]+';
const styles: Array<[style: string, pattern: RegExp]> = [
  ['part', new RegExp(`^第(${han}|\\d+)部分\\s*(.*)$`)],
  ['chapter', new RegExp(`^第(${han}|\\d+)章\\s*(.*)$`)],
  ['section', new RegExp(`^第(${han}|\\d+)节\\s*(.*)$`)],
  ['article', new RegExp(`^第(${han}|\\d+)条\\s*(.*)$`)],
  ['han-comma', new RegExp(`^(${han})\\s*[、．.]\\s*(.+)$`)],
  ['han-paren', new RegExp(`^[（(](${han})[）)]\\s*(.+)$`)],
  ['arabic-paren', /^[（(](\d{1,3})[）)]\s*(.+)$/],
  ['arabic-comma', /^(\d{1,3})\s*、\s*(.+)$/],
  ['arabic-dot', /^(\d{1,3})\s*[.．](?![\d])\s*(.+)$/],
];
const decimal = /^(\d{1,3}(?:[.．]\d{1,3}){1,4})[.．、]?\s*(?![\d.．])(.+)$/;

/** The numbering a line starts with, or undefined. */
export function numbering(line: string): Numbering | undefined {
  const text = line.trim();
  const d = decimal.exec(text);
  if (d) {
    const parts = d[1]!.split(/[.．]/);
    return { style: `decimal-${parts.length}`, ordinal: Number(parts[parts.length - 1]), rest: d[2]!.trim() };
  }
  for (const [style, pattern] of styles) {
    const m = pattern.exec(text);
    if (!m) continue;
    const ordinal = hanNumber(m[1]!);
    if (ordinal === undefined) continue;
    return { style, ordinal, rest: m[2]!.trim() };
  }
  return undefined;
}

/** Short, one line, no sentence in it: what a heading's title looks like. */
export function headingLike(title: string): boolean {
  const t = title.trim();
  if (t === '' || [...t].length > 60 || t.includes('\n')) return false;
  if (/[。！!？?；;，,：:、…]$/.test(t)) return false;
  // 邮箱：…, 客服热线：… are lines of a list, not headings; so is a line with an address in it.
  if (/[：:]/.test(t) || /@|https?:\/\//.test(t)) return false;
  return !/[。！？]/.test(t);
}

/** The id of the chapter that holds the text before the first heading. */
export const openingChapter = appendixD.opening;

/** Unnumbered lines that head a chapter when they stand alone (提示条款, 引言, 定义…). */
const standaloneTitles = new Set(appendixD.standalone);

export function standaloneTitle(line: string): boolean {
  return standaloneTitles.has(line.trim().replace(/[：:]$/, ''));
}

const chapters = appendixD.chapters.map((c) => ({ words: new RegExp(c.words), id: c.id, categories: c.categories as Category[] }));

/** The Appendix D chapter a title names (appendix-d.json), or undefined. */
export function appendixChapter(title: string): { id: string; categories: Category[] } | undefined {
  const t = title.trim();
  const found = chapters.find((c) => c.words.test(t));
  return found ? { id: found.id, categories: found.categories } : undefined;
}
