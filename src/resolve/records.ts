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

/** The file that lists each kind of record (messages name the kind in words: src/report/catalogue). */
export const kindNames: Record<RecordKind, { file: string }> = {
  item: { file: 'data-items.yaml' },
  permission: { file: 'permissions.yaml' },
  definition: { file: 'definitions.yaml' },
  purpose: { file: 'purposes.yaml' },
  sdk: { file: 'sdks.yaml' },
  recipient: { file: 'recipients.yaml' },
  right: { file: 'rights.yaml' },
  way: { file: 'rights.yaml' },
  contact: { file: 'policy.yaml' },
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
