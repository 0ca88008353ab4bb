import type { VFile } from 'vfile';
import type { Position } from 'unist';
import { kindNames, type RecordKind } from './records.ts';

/** Where a block directive shows a record. */
export interface Placement {
  file: VFile;
  place: Position | undefined;
}

/** What the sources refer to, for the checks that run once every chapter is resolved. */
export interface Usage {
  /** Every id referred to anywhere (YAML or prose), by kind. */
  used: { [K in RecordKind]: Set<string> };
  /** Per heading id: the ids its section mentions, by kind ("item:phone"), its subsections included. */
  sections: Map<string, Set<string>>;
  /** Per heading id: what the section's own text mentions (to the next heading of any depth), fields too ("field:responseDays"). */
  own: Map<string, Set<string>>;
  /** Purposes rendered in place with :collected. */
  collectedInPlace: Set<string>;
  /** Records shown by a block directive: directive name → record id → each place it is shown at, in reading order (validate/placement.ts). */
  placed: Map<string, Map<string, Placement[]>>;
}

export function emptyUsage(): Usage {
  const used = Object.fromEntries(Object.keys(kindNames).map((k) => [k, new Set<string>()])) as Usage['used'];
  return { used, sections: new Map(), own: new Map(), collectedInPlace: new Set(), placed: new Map() };
}

/** Adds `key` to the set under `name`, making the set when there is none. */
export function addTo<K>(map: Map<K, Set<string>>, name: K, key: string): void {
  let set = map.get(name);
  if (!set) map.set(name, (set = new Set()));
  set.add(key);
}

/** Adds what `from` records to `into` (the usage of one file to the policy's). */
export function mergeUsage(into: Usage, from: Usage): void {
  for (const kind of Object.keys(from.used) as RecordKind[]) for (const id of from.used[kind]) into.used[kind].add(id);
  for (const [name, keys] of from.sections) for (const key of keys) addTo(into.sections, name, key);
  for (const [name, keys] of from.own) for (const key of keys) addTo(into.own, name, key);
  for (const id of from.collectedInPlace) into.collectedInPlace.add(id);
  for (const [directive, records] of from.placed) {
    let merged = into.placed.get(directive);
    if (!merged) into.placed.set(directive, (merged = new Map()));
    for (const [id, places] of records) merged.set(id, [...(merged.get(id) ?? []), ...places]);
  }
}

/** A heading of the document: where it stands, for duplicate checks, sections and fragment links. */
export interface HeadingRecord {
  id: string;
  depth: number;
  file: VFile;
  place: Position | undefined;
}

/** A link to `#id`, checked once every heading id is known. */
export interface FragmentLink {
  file: VFile;
  id: string;
  place: Position | undefined;
}

/** What resolving a file's Markdown found, kept on the file (`file.data`) for the checks after. */
export interface ResolvedData {
  usage?: Usage;
  headings?: HeadingRecord[];
  fragmentLinks?: FragmentLink[];
}

declare module 'vfile' {
  interface DataMap {
    /** What the Markdown of this file uses, heads and links to (src/resolve/usage.ts). */
    resolved: ResolvedData;
  }
}

/** The file's resolved data, made on first use. */
export function resolvedOf(file: VFile): ResolvedData {
  return (file.data.resolved ??= {});
}
