// What the structured changes can explain in the prose, and where. A change explains an edit only
// with its own words (a rename its old and new name, a new wording that wording, a retention
// change its numbers) and only in a section that already referred to its record before, in the
// record's own section (a purpose's or a right's heading), or anywhere for a record that is new.
// A record mentioned where it was not before is a change of what that section says.
import type { CompiledPolicy } from '../../model/index.ts';
import { hanziNumber } from '../../render/format.ts';
import type { DetectedChange, RecordRef } from '../types.ts';
import { normalizedInline } from '../../resolve/lexicon/normalize.ts';

type Doc = CompiledPolicy;

/** Record types that the prose refers to by id, as the document's section references name them. */
const referable = new Set(['item', 'permission', 'purpose', 'sdk', 'recipient', 'right', 'way', 'definition', 'contact']);
/** The fields of policy.yaml that a change of a singleton record stands for (`field:storage.location`). */
const singletons = new Set(['policy', 'controller', 'storage', 'retention']);

/** Kinds of change that bring a whole record in or take it out: all its text is the change's. */
const wholeRecord: ReadonlySet<string> = new Set([
  'purpose-added', 'purpose-removed', 'item-added', 'item-removed', 'permission-added', 'permission-removed', 'recipient-added', 'recipient-removed',
  'sdk-added', 'sdk-removed', 'right-added', 'right-removed', 'way-added', 'way-removed', 'contact-added', 'contact-removed', 'definition-added', 'definition-removed',
]);

const lists = { item: 'items', permission: 'permissions', purpose: 'purposes', sdk: 'sdks', recipient: 'recipients', right: 'rights', definition: 'definitions', contact: 'contacts' } as const;

interface Explainer {
  /** Section references (`item:phone`) any of which, in a section before, lets the change explain there. */
  anchors: string[];
  /** The heading id of the record's own section. */
  own?: string;
  /** The record is new: it explains its words anywhere. */
  anywhere: boolean;
  words: string[];
}

function key(ref: RecordRef, field?: string): string | undefined {
  if (referable.has(ref.type)) return `${ref.type}:${ref.id}`;
  if (singletons.has(ref.type) && field) return `field:${ref.type === 'policy' ? field : `${ref.type}.${field}`}`;
  return undefined;
}

/** A fact's two spellings (the short form in days or months, the duration with its unit): prose showing either is the same fact. */
const aliases: Readonly<Record<string, string>> = {
  'field:responseDays': 'field:responseTime',
  'field:responseTime': 'field:responseDays',
  'field:retention.minimumMonths': 'field:retention.minimum',
  'field:retention.minimum': 'field:retention.minimumMonths',
  'field:retention.afterCancellationMonths': 'field:retention.afterCancellation',
  'field:retention.afterCancellation': 'field:retention.afterCancellationMonths',
};

function recordOf(doc: Doc, ref: RecordRef): unknown {
  if (ref.type === 'way') return doc.rights.flatMap((r) => r.ways).find((w) => w.id === ref.id);
  const list = lists[ref.type as keyof typeof lists];
  return list ? (doc[list] as ReadonlyArray<{ id: string }>).find((r) => r.id === ref.id) : undefined;
}

function explainer(change: DetectedChange, before: Doc, after: Doc): Explainer {
  const words: string[] = [];
  const anchors = [key(change.record, change.field), change.element && key(change.element)].filter((k): k is string => k !== undefined).flatMap((k) => (aliases[k] ? [k, aliases[k]] : [k]));
  if (change.field === 'wordings') {
    // Only the wordings added or taken out, not the ones the record had all along.
    const was = String(change.before ?? '').split('、');
    const now = String(change.after ?? '').split('、');
    collect([...now.filter((w) => !was.includes(w)), ...was.filter((w) => !now.includes(w))], words);
  } else collect([change.before, change.after], words);
  if (change.element) collect(change.element.name, words);
  if (wholeRecord.has(change.kind)) collect([recordOf(before, change.record), recordOf(after, change.record), change.record.name], words);
  const anywhere = referable.has(change.record.type) && recordOf(before, change.record) === undefined;
  const own = change.record.type === 'purpose' || change.record.type === 'right' ? change.record.id : undefined;
  return { anchors, anywhere, words, ...(own ? { own } : {}) };
}

function collect(value: unknown, into: string[]): void {
  if (typeof value === 'string') into.push(normalizedInline(value));
  else if (typeof value === 'number') into.push(String(value), hanziNumber(value) ?? '');
  else if (Array.isArray(value)) for (const inner of value) collect(inner, into);
  else if (value !== null && typeof value === 'object') for (const inner of Object.values(value)) collect(inner, into);
}

/** The words the changes explain, section by section of the older version's references. */
export class Evidence {
  private readonly explainers: Explainer[];
  private readonly refsBefore: ReadonlyMap<string, ReadonlySet<string>>;
  private readonly bySection = new Map<string, string>();

  constructor(changes: readonly DetectedChange[], before: Doc, after: Doc, refsBefore: ReadonlyMap<string, ReadonlySet<string>>) {
    this.explainers = changes.map((change) => explainer(change, before, after));
    this.refsBefore = refsBefore;
  }

  /** Every word run the changes may explain in this section (by heading id), in one searchable string. */
  in(section: string): string {
    let text = this.bySection.get(section);
    if (text === undefined) {
      const refs = this.refsBefore.get(section);
      const apply = this.explainers.filter((e) => e.anywhere || e.own === section || e.anchors.some((a) => refs?.has(a)));
      this.bySection.set(section, (text = apply.flatMap((e) => e.words).join('\u0001')));
    }
    return text;
  }

  /** Every word run the changes explain wherever they are referred to in `refs`. */
  where(refs: ReadonlySet<string>): string {
    return this.explainers
      .filter((e) => e.anywhere || e.anchors.some((a) => refs.has(a)))
      .flatMap((e) => e.words)
      .join('\u0001');
  }
}
