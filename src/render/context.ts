import type { VFile } from 'vfile';
import type { Node, Position } from 'unist';
import type { PhrasingContent } from 'mdast';
import type { Contact, DataItem, Definition, Permission, PolicyData, Purpose, Recipient, Right, Sdk, Way } from '../model/index.ts';
import { error, warn } from '../report/messages.ts';
import { didYouMean } from '../validate/suggest.ts';

/** The kinds of record the prose and the YAML refer to by id. */
export interface Records {
  item: DataItem;
  permission: Permission;
  definition: Definition;
  purpose: Purpose;
  sdk: Sdk;
  recipient: Recipient;
  right: Right;
  way: Way;
  contact: Contact;
}
export type RecordKind = keyof Records;

export const kindNames: Record<RecordKind, { label: string; file: string }> = {
  item: { label: 'data item', file: 'data-items.yaml' },
  permission: { label: 'permission', file: 'permissions.yaml' },
  definition: { label: 'definition', file: 'definitions.yaml' },
  purpose: { label: 'purpose', file: 'purposes.yaml' },
  sdk: { label: 'SDK', file: 'sdks.yaml' },
  recipient: { label: 'recipient', file: 'recipients.yaml' },
  right: { label: 'right', file: 'rights.yaml' },
  way: { label: 'way to exercise a right', file: 'rights.yaml' },
  contact: { label: 'contact channel', file: 'policy.yaml' },
};

export type Indexes = { [K in RecordKind]: Map<string, Records[K]> };

/** Builds the id indexes; duplicates are reported by validate/references.ts, the first one wins here. */
export function buildIndexes(data: PolicyData): Indexes {
  const index = <T extends { id: string }>(records: readonly T[]) => {
    const map = new Map<string, T>();
    for (const record of records) if (!map.has(record.id)) map.set(record.id, record);
    return map;
  };
  return {
    item: index(data.dataItems.items),
    permission: index(data.permissions.permissions),
    definition: index(data.definitions.definitions),
    purpose: index(data.purposes.purposes),
    sdk: index(data.sdks.sdks),
    recipient: index(data.recipients.recipients),
    right: index(data.rights.rights),
    way: index(data.rights.rights.flatMap((right) => right.ways)),
    contact: index(data.policy.contacts),
  };
}

/** What the prose refers to, for the checks that run after every chapter is rendered. */
export interface Usage {
  /** Every id referred to anywhere (YAML or prose), by kind. */
  used: { [K in RecordKind]: Set<string> };
  /** Per heading id: the ids its section mentions, by kind ("item:phone"), its subsections included. */
  sections: Map<string, Set<string>>;
  /** Per heading id: what the section's own text mentions (to the next heading of any depth), fields too ("field:responseDays"). */
  own: Map<string, Set<string>>;
  /** Purposes rendered in place with :collected. */
  collectedInPlace: Set<string>;
  /** Records shown by a block directive: directive name → record id → how many times (validate/placement.ts). */
  placed: Map<string, Map<string, number>>;
  /** Fragment links (#id) to check once every heading id is known. */
  fragmentLinks: Array<{ file: VFile; id: string; place: Position | undefined }>;
}

export function emptyUsage(): Usage {
  const used = Object.fromEntries(Object.keys(kindNames).map((k) => [k, new Set<string>()])) as Usage['used'];
  return { used, sections: new Map(), own: new Map(), collectedInPlace: new Set(), placed: new Map(), fragmentLinks: [] };
}

/** Everything a directive handler needs: the data, the indexes, the file being rendered, usage. */
export class RenderContext {
  readonly data: PolicyData;
  readonly index: Indexes;
  readonly usage: Usage;
  file!: VFile;
  /** Heading ids whose sections are open at the current point of the prose. */
  openSections: string[] = [];
  /** Maps a node's position in the text being rendered to a place in `file`. */
  place: (node: Node) => Position | undefined = (node) => node.position;
  /** Each definition's text, rendered once, for `::definition` to place. */
  readonly definitionBodies = new Map<string, PhrasingContent[]>();

  constructor(data: PolicyData, index: Indexes, usage: Usage) {
    this.data = data;
    this.index = index;
    this.usage = usage;
  }

  /** Marks a record as referred to, by the whole policy and by every open section. */
  use(kind: RecordKind, id: string): void {
    this.usage.used[kind].add(id);
    for (const section of this.openSections) {
      let set = this.usage.sections.get(section);
      if (!set) this.usage.sections.set(section, (set = new Set()));
      set.add(`${kind}:${id}`);
    }
    this.mention(`${kind}:${id}`);
  }

  /**
   * Records what the innermost open section shows (`item:phone`, `field:responseDays`), for the
   * document's per-section references; unlike `use`, it does not count as using a record.
   */
  mention(key: string): void {
    const section = this.openSections.at(-1);
    if (section === undefined) return;
    let set = this.usage.own.get(section);
    if (!set) this.usage.own.set(section, (set = new Set()));
    set.add(key);
  }

  /** Records that the block directive `directive` shows record `id`; returns how many times it has now. */
  placeBlock(directive: string, id: string): number {
    let records = this.usage.placed.get(directive);
    if (!records) this.usage.placed.set(directive, (records = new Map()));
    const times = (records.get(id) ?? 0) + 1;
    records.set(id, times);
    return times;
  }

  /** Looks a record up; an unknown id is an error at the node, with a did-you-mean hint. */
  lookup<K extends RecordKind>(kind: K, id: string | undefined, node: Node): Records[K] | undefined {
    const { label, file } = kindNames[kind];
    if (!id) {
      error(this.file, `Missing the ${label} id`, { place: this.place(node), ruleId: 'missing-id', hint: `Name it with \`{#id}\`, an id from ${file}.` });
      return undefined;
    }
    const record = this.index[kind].get(id);
    if (!record) {
      error(this.file, `Unknown ${label} \`${id}\``, {
        place: this.place(node),
        ruleId: 'unknown-id',
        hint: `${didYouMean(id, this.index[kind].keys())}${label[0]!.toUpperCase()}${label.slice(1)}s are listed in ${file}.`,
      });
      return undefined;
    }
    this.use(kind, id);
    return record as Records[K];
  }

  /** The wording to show: the record's name, or `wanted` when it is one of its wordings. */
  wording(record: { id: string; name: string; wordings?: string[] }, wanted: string | undefined, kind: RecordKind, node: Node): string {
    if (wanted === undefined || wanted === '' || wanted === record.name) return record.name;
    if (record.wordings?.includes(wanted)) return wanted;
    const known = [record.name, ...(record.wordings ?? [])];
    error(this.file, `\`${wanted}\` is not a wording of ${kindNames[kind].label} \`${record.id}\``, {
      place: this.place(node),
      ruleId: 'unknown-wording',
      hint: `Use one of: ${known.join('、')}; or add it to the item's \`wordings\` in ${kindNames[kind].file}.`,
    });
    return wanted;
  }

  warn(reason: string, node: Node, ruleId: string, hint?: string): void {
    warn(this.file, reason, { place: this.place(node), ruleId, hint });
  }

  error(reason: string, node: Node, ruleId: string, hint?: string): void {
    error(this.file, reason, { place: this.place(node), ruleId, hint });
  }
}
