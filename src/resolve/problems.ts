// The problems of resolving an id or a wording, each built here once, whether the reference is
// written in the prose (`:item{#phone}`) or in the YAML (`items: [phone]`).
import type { VFile } from 'vfile';
import type { Point, Position } from 'unist';
import { error } from '../report/messages.ts';
import { kindNames, kindTitle, type Indexes, type RecordKind } from './records.ts';
import { didYouMean } from './suggest.ts';

type Place = Point | Position | undefined;

/** `Unknown data item \`phne\``, with the closest id and the file that lists them. */
export function reportUnknownId(file: VFile, place: Place, kind: RecordKind, id: string, index: Indexes): void {
  error(file, `Unknown ${kindNames[kind].label} \`${id}\``, {
    place,
    ruleId: 'unknown-id',
    hint: `${didYouMean(id, index[kind].keys())}${kindTitle(kind)}s are listed in ${kindNames[kind].file}.`,
  });
}

/** A directive without `{#id}`. */
export function reportMissingId(file: VFile, place: Place, kind: RecordKind): void {
  const { label, file: listed } = kindNames[kind];
  error(file, `Missing the ${label} id`, { place, ruleId: 'missing-id', hint: `Name it with \`{#id}\`, an id from ${listed}.` });
}

/** The wordings a record may be shown in: its name first. */
export function wordingsOf(record: { name: string; wordings?: string[] | undefined }): string[] {
  return [record.name, ...(record.wordings ?? [])];
}

/** `\`x\` is not a wording of data item \`phone\``, with the record's wordings and where to add one. */
export function reportUnknownWording(file: VFile, place: Place, kind: RecordKind, record: { id: string; name: string; wordings?: string[] | undefined }, wanted: string): void {
  error(file, `\`${wanted}\` is not a wording of ${kindNames[kind].label} \`${record.id}\``, {
    place,
    ruleId: 'unknown-wording',
    hint: `Use one of: ${wordingsOf(record).join('、')}; or add it to \`wordings\` of \`${record.id}\` in ${kindNames[kind].file}.`,
  });
}
