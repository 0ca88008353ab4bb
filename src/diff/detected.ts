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
