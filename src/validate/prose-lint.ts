// `policy check` reads the prose with the diff's lexicon: a kind of personal information or an
// organisation named in plain text, not through a directive, is a warning at its place. Through a
// directive, the diff knows which section refers to which record, and a change of the record shows
// where the prose names it; in plain text, the same words are invisible to both.
//
// Kept precise, so that each warning is one an editor would act on: only what the editor typed is
// read (not directive labels, links or definitions placed from definitions.yaml); a record already
// referred to by a directive in the same paragraph, list item or cell may be named again in plain
// words; a lexicon word must stand as a word (学历 in 科学历史 is none); headings are titles, not
// read; a data item that is not sensitive is read only in a section that refers to data items (an
// IP地址 in a section on server access control is another topic's word), a sensitive one everywhere.
import type { Parent, Root, RootContent, Text } from 'mdast';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { matcherFor, recordTerms, type Hit, type Matcher } from '../resolve/lexicon/lexicon.ts';
import { words } from '../resolve/lexicon/tokenize.ts';
import type { PolicyData } from '../model/index.ts';
import { warn } from '../report/messages.ts';

export interface LintedChapter {
  /** The chapter's Markdown, parsed, directives not yet resolved. */
  tree: Root;
  file: VFile;
  /** Its source, to place each warning on the words themselves. */
  source: string;
}

const blocks = new Set(['paragraph', 'tableCell']);
const referring = new Set(['item', 'recipient', 'sdk', 'collected']);
/** One matcher per policy's data, for all its chapters. */
const matchers = new WeakMap<PolicyData, Matcher>();

/** Warns at every plain-text name of a kind of personal information or an organisation in the chapters. */
export function lintProse(data: PolicyData, chapters: readonly LintedChapter[]): void {
  let matcher = matchers.get(data);
  if (!matcher) matchers.set(data, (matcher = matcherFor(recordTerms({ items: data.dataItems.items.map((item) => ({ ...item, sensitive: item.sensitive === true })), recipients: data.recipients.recipients, sdks: data.sdks.sdks }), { lintOnly: true })));
  const itemsOf = new Map(data.purposes.purposes.map((p) => [p.id, p.items.map((ref) => (typeof ref === 'string' ? ref : ref.id))]));
  const namesOf = new Map(data.dataItems.items.map((i) => [`item:${i.id}`, [i.name, ...(i.wordings ?? [])]]));
  for (const chapter of chapters) {
    // Section by section (a heading to the next): a data item named in a section that refers to no data item is another topic's word.
    const sections: Array<Array<{ node: Text; refs: Set<string> }>> = [[]];
    for (const child of chapter.tree.children) {
      if (child.type === 'heading') sections.push([]);
      else collect(child, undefined, sections.at(-1)!, itemsOf);
    }
    for (const texts of sections) {
      const refersToItems = texts.some(({ refs }) => [...refs].some((ref) => ref.startsWith('item:')));
      for (const { node, refs } of texts) lintText(node, refs, chapter, matcher, { refersToItems, namesOf });
    }
  }
}

/** The plain text nodes of each block, with what the block refers to through directives. */
function collect(node: Root | RootContent, refs: Set<string> | undefined, out: Array<{ node: Text; refs: Set<string> }>, itemsOf: Map<string, string[]>): void {
  if (node.type === 'text') {
    if (refs) out.push({ node, refs });
    return;
  }
  if (node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective') {
    const id = node.attributes?.id;
    if (refs && id && referring.has(node.name)) {
      if (node.name === 'collected') for (const item of itemsOf.get(id) ?? []) refs.add(`item:${item}`);
      else refs.add(`${node.name}:${id}`);
    }
    return; // a label is the record's wording, already a reference
  }
  if (node.type === 'link' || node.type === 'linkReference' || node.type === 'inlineCode' || node.type === 'code' || node.type === 'html') return;
  const own = blocks.has(node.type) ? new Set<string>() : refs;
  for (const child of (node as Parent).children ?? []) collect(child as RootContent, own, out, itemsOf);
}

function lintText(node: Text, refs: Set<string>, chapter: LintedChapter, matcher: Matcher, policy: { refersToItems: boolean; namesOf: Map<string, string[]> }): void {
  const start = node.position?.start;
  const end = node.position?.end;
  if (start?.offset === undefined || end?.offset === undefined) return;
  const raw = chapter.source.slice(start.offset, end.offset);
  let cursor = 0;
  let boundaries: Set<number> | undefined;
  for (const hit of matcher.find(node.value)) {
    if (!hit.term.lint) continue;
    const record = hit.term.record;
    if (record) {
      if (refs.has(`${record.type}:${record.id}`)) continue;
      if (record.type === 'item' && !record.sensitive && !policy.refersToItems) continue;
    } else {
      boundaries ??= wordBoundaries(node.value);
      if (!boundaries.has(hit.start) || !boundaries.has(hit.end)) continue;
      // 银行卡 beside :item{#bank-card} (银行卡号) is that item, named loosely.
      const names = [...refs].flatMap((ref) => policy.namesOf.get(ref) ?? []);
      if (names.some((name) => name.includes(hit.text) || hit.text.includes(name))) continue;
    }
    const at = raw.indexOf(hit.text, cursor);
    if (at !== -1) cursor = at + hit.text.length;
    const place = at === -1 ? node.position! : { start: pointIn(raw, start, at), end: pointIn(raw, start, at + hit.text.length) };
    report(chapter.file, hit, place);
  }
}

function wordBoundaries(text: string): Set<number> {
  const out = new Set<number>([0, text.length]);
  let at = 0;
  for (const word of words(text)) out.add((at += word.length));
  return out;
}

function report(file: VFile, hit: Hit, place: { start: Point; end: Point }): void {
  const record = hit.term.record;
  if (record && (record.type === 'item' || record.type === 'recipient' || record.type === 'sdk')) {
    const label = record.name === hit.text ? '' : `[${hit.text}]`;
    warn(file, place, 'plain-mention', { text: hit.text, record: record.type, id: record.id, label });
    return;
  }
  if (hit.term.kind === 'organisation') {
    warn(file, place, 'plain-mention', { text: hit.text, term: 'organisation' });
    return;
  }
  warn(file, place, 'plain-mention', { text: hit.text, term: 'personal-information' });
}

/** The point `offset` characters into `raw`, which starts at `start`. */
function pointIn(raw: string, start: Point, offset: number): Point {
  const before = raw.slice(0, offset);
  const newline = before.lastIndexOf('\n');
  const line = start.line + (before.match(/\n/g)?.length ?? 0);
  const column = newline === -1 ? start.column + offset : offset - newline;
  return { line, column, offset: (start.offset ?? 0) + offset };
}
