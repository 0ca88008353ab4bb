// The problems of resolving an id or a wording, each built here once, whether the reference is
// written in the prose (`:item{#phone}`) or in the YAML (`items: [phone]`).
import type { VFile } from 'vfile';
import type { Point, Position } from 'unist';
import { error } from '../report/messages.ts';
import { kindNames, type Indexes, type RecordKind } from './records.ts';
import { closest } from './suggest.ts';

type Place = Point | Position | undefined;

/** `Unknown data item \`phne\``, with the closest id and the file that lists them. */
export function reportUnknownId(file: VFile, place: Place, kind: RecordKind, id: string, index: Indexes): void {
  error(file, place, 'unknown-id', { kind, id, guess: closest(id, index[kind].keys()), file: kindNames[kind].file });
}

/** A directive without `{#id}`. */
export function reportMissingId(file: VFile, place: Place, kind: RecordKind): void {
  error(file, place, 'missing-id', { kind, file: kindNames[kind].file });
}

/** The wordings a record may be shown in: its name first. */
export function wordingsOf(record: { name: string; wordings?: string[] | undefined }): string[] {
  return [record.name, ...(record.wordings ?? [])];
}

/** `\`x\` is not a wording of data item \`phone\``, with the record's wordings and where to add one. */
export function reportUnknownWording(file: VFile, place: Place, kind: RecordKind, record: { id: string; name: string; wordings?: string[] | undefined }, wanted: string): void {
  error(file, place, 'unknown-wording', { kind, id: record.id, wanted, wordings: wordingsOf(record), file: kindNames[kind].file });
}
