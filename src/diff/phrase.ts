import { escapeHtml } from './html.ts';
import type { RecordRef } from './types.ts';

/** A sentence built of text and records: records render by name, sensitive items in bold. */
export type Part = string | RecordRef;

export function phraseText(parts: readonly Part[]): string {
  return parts.map((part) => (typeof part === 'string' ? part : part.name)).join('');
}

export function phraseHtml(parts: readonly Part[]): string {
  return parts
    .map((part) => {
      if (typeof part === 'string') return escapeHtml(part);
      return part.sensitive ? `<strong>${escapeHtml(part.name)}</strong>` : escapeHtml(part.name);
    })
    .join('');
}

/** Records joined with `、`, as the policy lists them. */
export function listParts(records: readonly RecordRef[]): Part[] {
  return records.flatMap((record, i) => (i === 0 ? [record] : ['、', record]));
}

/** A name in Chinese quotation marks: “name”. */
export function quoted(record: RecordRef): Part[] {
  return ['“', record, '”'];
}
