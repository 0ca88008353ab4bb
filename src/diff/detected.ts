import { phraseHtml, phraseText, type Part } from './phrase.ts';
import type { ChangeKind, DetectedChange, RecordRef, Scalar } from './types.ts';

export interface ChangeDetail {
  /** The list an element belongs to (`items`, `ways`), or the field that changed. */
  path?: string[];
  element?: RecordRef;
  field?: string;
  before?: Scalar;
  after?: Scalar;
}

/** One detected change; its id is the record, then the path below it. */
export function detected(kind: ChangeKind, record: RecordRef, sentence: readonly Part[], detail: ChangeDetail = {}): DetectedChange {
  const { path = [], element, field, before, after } = detail;
  return {
    id: [record.type, record.id, ...path].join('/'),
    kind,
    record,
    ...(element ? { element } : {}),
    ...(field !== undefined ? { field } : {}),
    ...(before !== undefined ? { before } : {}),
    ...(after !== undefined ? { after } : {}),
    text: phraseText(sentence),
    html: phraseHtml(sentence),
  };
}

/** A list field as one value. */
export function joined(values: readonly string[] | undefined): string {
  return (values ?? []).join('、');
}

/** The other wordings of a record (item, permission, recipient) changed: a wording change, level none. */
export function wordingsChange(record: RecordRef, before: readonly string[] | undefined, after: readonly string[] | undefined, label = ''): DetectedChange | undefined {
  if (joined(before) === joined(after)) return undefined;
  return detected('wording-changed', record, [record, `${label}的其他称谓改为：`, joined(after) || '无'], {
    path: ['wordings'],
    field: 'wordings',
    before: joined(before),
    after: joined(after),
  });
}

/** One change for each record a catalogue gained and each it lost, told by `sentence`. */
export function membership<T>(
  matched: { added: readonly T[]; removed: readonly T[] },
  ref: (record: T) => RecordRef,
  added: [kind: ChangeKind, sentence: (record: RecordRef, value: T) => readonly Part[]],
  removed: [kind: ChangeKind, sentence: (record: RecordRef, value: T) => readonly Part[]],
): DetectedChange[] {
  return [
    ...matched.added.map((value) => detected(added[0], ref(value), added[1](ref(value), value))),
    ...matched.removed.map((value) => detected(removed[0], ref(value), removed[1](ref(value), value))),
  ];
}
