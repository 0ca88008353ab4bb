import type { Contact, DataItem, Definition, Permission, PolicyData, Purpose, Recipient, Right, Sdk, Way } from '../model/index.ts';

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

/** The kind's label with a capital: `Data item`. */
export function kindTitle(kind: RecordKind): string {
  const { label } = kindNames[kind];
  return label[0]!.toUpperCase() + label.slice(1);
}

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
