// Texts in the data that set a scope: what a term covers, what a purpose or an SDK is for, what a
// data item, a recipient, a permission or an SDK is called and may also be called. A rule cannot
// tell a reworded name from a widened one (设备信息 → 设备信息及应用列表), so each edit is a review
// item, unless it is editorial by its content (punctuation, a typo, a filler word such as 信息), or
// only another record's new value showing through a directive. Taking a wording out stays a
// changelog entry.
import type { CompiledPolicy } from '../../model/index.ts';
import { matcherFor, recordTerms, type Term } from '../../resolve/lexicon/lexicon.ts';
import { matchById, sameJson } from '../keyed.ts';
import { editorialRename } from '../prose/editorial.ts';
import { Evidence } from '../prose/evidence.ts';
import { explained } from '../prose/explain.ts';
import { redline } from '../prose/redline.ts';
import { textRefs } from '../prose/sections.ts';
import { refs } from '../refs.ts';
import { signalsOf } from '../signals.ts';
import type { Category, DetectedChange, DetectedReview, RecordRef } from '../types.ts';

type Doc = CompiledPolicy;

interface ScopeText<T extends { id: string }> {
  type: RecordRef['type'];
  list: (doc: Doc) => readonly T[];
  ref: (record: T) => RecordRef;
  fields: ReadonlyArray<keyof T & string>;
  /** The categories a widened text of this record would touch. */
  covers: Category[];
  /** Records this predicate accepts are rated by a rule already (a company's new name): no review. */
  rated?: (record: T) => boolean;
}

type Named = { id: string; name: string; wordings?: string[] };

const legalEntities = new Set(['company', 'payment', 'logistics']);

const scopeTexts = [
  { type: 'definition', list: (d: Doc) => d.definitions, ref: refs.definition, fields: ['term', 'text'], covers: ['service-model'] } satisfies ScopeText<Doc['definitions'][number]>,
  { type: 'purpose', list: (d: Doc) => d.purposes, ref: refs.purpose, fields: ['title', 'scenario'], covers: ['service-model'] } satisfies ScopeText<Doc['purposes'][number]>,
  { type: 'sdk', list: (d: Doc) => d.sdks, ref: refs.sdk, fields: ['name', 'scenario'], covers: ['recipients'] } satisfies ScopeText<Doc['sdks'][number]>,
  { type: 'item', list: (d: Doc) => d.items, ref: refs.item, fields: ['name', 'wordings', 'definition'], covers: ['service-model'] } satisfies ScopeText<Doc['items'][number]>,
  { type: 'permission', list: (d: Doc) => d.permissions, ref: refs.permission, fields: ['name', 'wordings'], covers: ['service-model'] } satisfies ScopeText<Doc['permissions'][number]>,
  {
    type: 'recipient',
    list: (d: Doc) => d.recipients,
    ref: refs.recipient,
    fields: ['name', 'wordings'],
    covers: ['recipients'],
    rated: (r: Doc['recipients'][number]) => legalEntities.has(r.kind),
  } satisfies ScopeText<Doc['recipients'][number]>,
];

/** Which texts of which records are scope wording, and the categories they touch: data, for docs/notice-rules.md. */
export const scopeWordingTexts: ReadonlyArray<{ record: string; fields: readonly string[]; categories: readonly Category[] }> = scopeTexts.map((spec) => ({
  record: spec.type,
  fields: spec.fields,
  categories: spec.covers,
}));

/** The scope texts that changed and are not editorial, as review items with their signals. */
export function scopeWordingReview(before: Doc, after: Doc, changes: readonly DetectedChange[]): DetectedReview[] {
  const context = { before, after, changes, evidence: undefined as Evidence | undefined, terms: [...recordTerms(before), ...recordTerms(after)] };
  return scopeTexts.flatMap((spec) => changedTexts(spec as unknown as ScopeText<Named>, context));
}

interface Context {
  before: Doc;
  after: Doc;
  changes: readonly DetectedChange[];
  evidence: Evidence | undefined;
  terms: Term[];
}

function changedTexts<T extends Named>(spec: ScopeText<T>, context: Context): DetectedReview[] {
  const review: DetectedReview[] = [];
  for (const [old, record] of matchById(spec.list(context.before), spec.list(context.after)).common) {
    for (const field of spec.fields) {
      if (field === 'name' && spec.rated?.(record)) continue;
      if (sameJson(old[field], record[field])) continue;
      const ref = spec.ref(record);
      // The record's own names are no signal about itself: read it with the lexicon and the other records.
      const matcher = matcherFor(context.terms.filter((t) => t.record?.type !== ref.type || t.record.id !== ref.id));
      let deleted: string[];
      let inserted: string[];
      if (field === 'wordings') {
        const known = [old.name, ...(old.wordings ?? [])];
        // A wording taken out narrows nothing; one put in must be editorial to an existing one.
        inserted = (record.wordings ?? []).filter((w) => !known.includes(w) && !known.some((k) => editorialRename(k, w, matcher)));
        deleted = [];
        if (inserted.length === 0) continue;
      } else {
        const was = (old[field] as string | undefined) ?? '';
        const now = (record[field] as string | undefined) ?? '';
        if (was === now) continue;
        if (field === 'text' && ref.type === 'definition' && renderedOnly(was, now, context)) continue;
        if (editorialRename(was, now, matcher)) continue;
        deleted = was ? [was] : [];
        inserted = now ? [now] : [];
      }
      const signals = signalsOf({ deleted: deleted.join('、'), inserted: inserted.join('、'), context: inserted.join('、') }, matcher);
      review.push({ id: `${ref.type}/${ref.id}/${field}`, kind: 'scope-wording', record: ref, field, deleted, inserted, signals, covers: spec.covers });
    }
  }
  return review;
}

/** A definition's text changed only where another record it shows changed (a definition quoting the controller or an age). */
function renderedOnly(was: string, now: string, context: Context): boolean {
  const lines = redline(was, now);
  if (!lines) return true;
  context.evidence ??= new Evidence(context.changes.filter((c) => c.record.type !== 'definition'), context.before, context.after, new Map());
  const known = context.evidence.where(textRefs(context.before, was));
  return lines.edits.every((edit) => explained(edit.taken, () => known) && explained(edit.put, () => known));
}
