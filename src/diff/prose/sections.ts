// Sections of a chapter (a heading to the next) and what each refers to: the record ids the
// compiled document records per heading, or, for a document compiled before it recorded them
// (the archive's 2021-10-13 version), what can be read from the text: the names, wordings and
// field values each section shows.
import type { CompiledPolicy } from '../../model/index.ts';
import { hanziNumber } from '../../render/format.ts';
import { durationText, responseTimeOf, retentionOf, venueOf } from '../../model/facts.ts';
import { lexicon } from '../../resolve/lexicon/lexicon.ts';
import { normalizedBlocks, normalizedInline } from '../../resolve/lexicon/normalize.ts';
import { blockSections } from './block-sections.ts';

export { blockSections };

type Doc = CompiledPolicy;

const cache = new WeakMap<Doc, ReadonlyMap<string, ReadonlySet<string>>>();

/** What each section of the document refers to (`item:phone`, `field:responseDays`), by heading id. */
export function sectionRefs(doc: Doc): ReadonlyMap<string, ReadonlySet<string>> {
  let refs = cache.get(doc);
  if (!refs) cache.set(doc, (refs = computeRefs(doc)));
  return refs;
}

function computeRefs(doc: Doc): Map<string, ReadonlySet<string>> {
  const out = new Map<string, ReadonlySet<string>>();
  let names: Array<[key: string, texts: string[]]> | undefined;
  for (const chapter of doc.chapters) {
    if (chapter.headings.every((h) => h.refs !== undefined)) {
      for (const heading of chapter.headings) out.set(heading.id, new Set(heading.refs));
      continue;
    }
    names ??= shownNamesOf(doc);
    const blocks = normalizedBlocks(chapter.text);
    const sections = blockSections(chapter, blocks);
    const texts = new Map<string, string>();
    blocks.forEach((block, i) => texts.set(sections[i]!, `${texts.get(sections[i]!) ?? ''}\n${block}`));
    for (const heading of chapter.headings) {
      const text = texts.get(heading.id) ?? '';
      out.set(heading.id, new Set(names.filter(([, shown]) => shown.some((s) => text.includes(s))).map(([key]) => key)));
    }
  }
  return out;
}

/** What a text shows of the document's records and fields, read from their names and values. */
export function textRefs(doc: Doc, text: string): Set<string> {
  const shown = normalizedInline(text);
  return new Set(shownNamesOf(doc).filter(([, names]) => names.some((s) => shown.includes(s))).map(([key]) => key));
}

const namesCache = new WeakMap<Doc, Array<[string, string[]]>>();

function shownNamesOf(doc: Doc): Array<[string, string[]]> {
  let names = namesCache.get(doc);
  if (!names) namesCache.set(doc, (names = shownNames(doc)));
  return names;
}

const units = lexicon.numbers.units;

/** Every record and field, with the texts a directive shows for it. */
function shownNames(doc: Doc): Array<[string, string[]]> {
  const named = (kind: string, records: ReadonlyArray<{ id: string; name: string; wordings?: string[] }>) =>
    records.map((r): [string, string[]] => [`${kind}:${r.id}`, [r.name, ...(r.wordings ?? [])].map(normalizedInline)]);
  const number = (n: number) => [String(n), hanziNumber(n)].filter((v): v is string => v !== undefined).flatMap((v) => units.map((unit) => v + unit));
  const retention = retentionOf(doc);
  const venue = venueOf(doc);
  const response = responseTimeOf(doc);
  const fields: Array<[string, string | number | undefined]> = [
    ['product', doc.product],
    ['title', doc.title],
    ['controller.role', doc.controller.role],
    ['controller.name', doc.controller.name],
    ['controller.address', doc.controller.address],
    ['responseDays', doc.responseDays],
    ['responseTime', response && durationText(response)],
    ['disputeVenue', venue?.name],
    ['minimumAge', doc.minimumAge],
    ['childAge', doc.childAge],
    ['storage.location', doc.storage.location],
    ['retention.minimumMonths', doc.retention?.minimumMonths],
    ['retention.afterCancellationMonths', doc.retention?.afterCancellationMonths],
    ['retention.minimum', retention.minimum && durationText(retention.minimum)],
    ['retention.afterCancellation', retention.afterCancellation && durationText(retention.afterCancellation)],
    ['retention.until', retention.until],
  ];
  return [
    ...named('item', doc.items),
    ...named('permission', doc.permissions),
    ...named('recipient', doc.recipients),
    ...named('sdk', doc.sdks),
    ...doc.definitions.map((d): [string, string[]] => [`definition:${d.id}`, [d.term]]),
    ...doc.contacts.map((c): [string, string[]] => [`contact:${c.id}`, [c.value]]),
    ...doc.rights.flatMap((r) => r.ways.map((w): [string, string[]] => [`way:${w.id}`, [normalizedInline(w.text)]])),
    // A purpose listed in place shows its items joined by 、.
    ...doc.purposes.filter((p) => p.section === null && p.items.length > 0).map((p): [string, string[]] => [`purpose:${p.id}`, [p.items.map((i) => i.name).join('、')]]),
    ...fields.flatMap(([path, value]): Array<[string, string[]]> => (value === undefined ? [] : [[`field:${path}`, typeof value === 'number' ? number(value) : [normalizedInline(value)]]])),
  ];
}
