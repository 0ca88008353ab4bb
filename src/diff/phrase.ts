import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { htmlOf } from './html.ts';
import type { RecordRef } from './types.ts';

/** A sentence built of text and records: records render by name, sensitive items in bold. */
export type Part = string | RecordRef;

export function phraseText(parts: readonly Part[]): string {
  return parts.map((part) => (typeof part === 'string' ? part : part.name)).join('');
}

/** The sentence as hast: text, sensitive items in <strong>. */
export function phraseNodes(parts: readonly Part[]): ElementContent[] {
  return parts.map((part): ElementContent => {
    if (typeof part === 'string') return { type: 'text', value: part };
    return part.sensitive ? h('strong', part.name) : { type: 'text', value: part.name };
  });
}

export function phraseHtml(parts: readonly Part[]): string {
  return htmlOf(phraseNodes(parts));
}

/** Records joined with `、`, as the policy lists them. */
export function listParts(records: readonly RecordRef[]): Part[] {
  return records.flatMap((record, i) => (i === 0 ? [record] : ['、', record]));
}

/** A name in Chinese quotation marks: “name”. */
export function quoted(record: RecordRef): Part[] {
  return ['“', record, '”'];
}
