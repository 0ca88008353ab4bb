import { recipientEntry } from '../model/index.ts';
import type { ItemRef, PolicyData } from '../model/index.ts';
import type { LoadedPolicy } from '../load/load-policy.ts';
import { locate, type YamlPath, type YamlSource } from '../load/yaml.ts';
import { error, warn } from '../report/messages.ts';
import type { Indexes, RecordKind } from '../resolve/records.ts';
import type { Usage } from '../resolve/usage.ts';
import { closest } from '../resolve/suggest.ts';
import { reportUnknownId, reportUnknownWording, wordingsOf } from '../resolve/problems.ts';

type Sources = Required<LoadedPolicy['yaml']>;

/** Duplicate ids within each kind of record. */
export function checkDuplicateIds(data: PolicyData, yaml: Sources): void {
  const groups: Array<[RecordKind, YamlSource, Array<{ id: string }>, (i: number) => YamlPath]> = [
    ['item', yaml.dataItems, data.dataItems.items, (i) => ['items', i, 'id']],
    ['permission', yaml.permissions, data.permissions.permissions, (i) => ['permissions', i, 'id']],
    ['definition', yaml.definitions, data.definitions.definitions, (i) => ['definitions', i, 'id']],
    ['purpose', yaml.purposes, data.purposes.purposes, (i) => ['purposes', i, 'id']],
    ['sdk', yaml.sdks, data.sdks.sdks, (i) => ['sdks', i, 'id']],
    ['recipient', yaml.recipients, data.recipients.recipients, (i) => ['recipients', i, 'id']],
    ['right', yaml.rights, data.rights.rights, (i) => ['rights', i, 'id']],
    ['contact', yaml.policy, data.policy.contacts, (i) => ['contacts', i, 'id']],
  ];
  for (const [kind, source, records, pathOf] of groups) reportDuplicates(kind, source, records.map((r, i) => ({ id: r.id, path: pathOf(i) })));
  const ways = data.rights.rights.flatMap((right, r) => right.ways.map((way, w) => ({ id: way.id, path: ['rights', r, 'ways', w, 'id'] as YamlPath })));
  reportDuplicates('way', yaml.rights, ways);
  const chapters = data.policy.chapters.map((entry, i) => (typeof entry === 'string' ? { id: entry, path: ['chapters', i] as YamlPath } : { id: entry.id, path: ['chapters', i, 'id'] as YamlPath }));
  reportDuplicates('chapter' as RecordKind, yaml.policy, chapters);
}

function reportDuplicates(kind: RecordKind, source: YamlSource, entries: Array<{ id: string; path: YamlPath }>): void {
  const first = new Map<string, YamlPath>();
  for (const { id, path } of entries) {
    const earlier = first.get(id);
    if (!earlier) {
      first.set(id, path);
      continue;
    }
    const at = locate(source, earlier)?.start;
    error(source.file, locate(source, path), 'duplicate-id', { kind, id, firstLine: at?.line });
  }
}

/** Every id a YAML file refers to must exist; chosen wordings must be the record's. */
export function checkYamlReferences(data: PolicyData, yaml: Sources, index: Indexes, usage: Usage): void {
  const ref = (source: YamlSource, path: YamlPath, kind: RecordKind, id: string): boolean => {
    if (index[kind].has(id)) {
      usage.used[kind].add(id);
      return true;
    }
    reportUnknownId(source.file, locate(source, path), kind, id, index);
    return false;
  };
  const refWithWording = (source: YamlSource, path: YamlPath, kind: 'item' | 'permission', value: ItemRef) => {
    const id = typeof value === 'string' ? value : value.id;
    const at = typeof value === 'string' ? path : [...path, 'id'];
    if (!ref(source, at, kind, id) || typeof value === 'string' || value.as === undefined) return;
    const record = index[kind].get(id)!;
    if (!wordingsOf(record).includes(value.as)) reportUnknownWording(source.file, locate(source, [...path, 'as']), kind, record, value.as);
  };

  data.purposes.purposes.forEach((purpose, p) => {
    purpose.items.forEach((item, i) => refWithWording(yaml.purposes, ['purposes', p, 'items', i], 'item', item));
    (purpose.permissions ?? []).forEach((id, i) => ref(yaml.purposes, ['purposes', p, 'permissions', i], 'permission', id));
    const collected = new Set(purpose.items.map((item) => (typeof item === 'string' ? item : item.id)));
    (purpose.recipients ?? []).forEach((entry, i) => {
      const { id, items } = recipientEntry(entry);
      ref(yaml.purposes, typeof entry === 'string' ? ['purposes', p, 'recipients', i] : ['purposes', p, 'recipients', i, 'id'], 'recipient', id);
      (items ?? []).forEach((item, k) => {
        if (collected.has(item)) return;
        error(yaml.purposes.file, locate(yaml.purposes, ['purposes', p, 'recipients', i, 'items', k]), 'recipient-item-not-collected', { purpose: purpose.id, item, recipient: id, collected: [...collected], guess: closest(item, collected) });
      });
    });
  });
  data.sdks.sdks.forEach((sdk, s) => {
    sdk.items.forEach((item, i) => refWithWording(yaml.sdks, ['sdks', s, 'items', i], 'item', item));
    (sdk.permissions ?? []).forEach((perm, i) => refWithWording(yaml.sdks, ['sdks', s, 'permissions', i], 'permission', perm));
    if (sdk.company !== undefined) ref(yaml.sdks, ['sdks', s, 'company'], 'recipient', sdk.company);
    else {
      warn(yaml.sdks.file, locate(yaml.sdks, ['sdks', s, 'id']), 'sdk-company-missing', { sdk: sdk.id });
    }
    if (sdk.privacyUrl === undefined) {
      warn(yaml.sdks.file, locate(yaml.sdks, ['sdks', s, 'id']), 'sdk-url-missing', { sdk: sdk.id });
    } else if (!sdk.privacyUrl.startsWith('https://')) {
      warn(yaml.sdks.file, locate(yaml.sdks, ['sdks', s, 'privacyUrl']), 'insecure-url', { sdk: sdk.id });
    }
  });
  data.recipients.recipients.forEach((recipient, r) => {
    (recipient.members ?? []).forEach((id, i) => ref(yaml.recipients, ['recipients', r, 'members', i], 'recipient', id));
  });
}

/** After rendering: records nothing refers to (warnings). */
export function checkUnused(data: PolicyData, yaml: Sources, usage: Usage): void {
  const unused: Array<[RecordKind, YamlSource, Array<{ id: string }>, string]> = [
    ['item', yaml.dataItems, data.dataItems.items, 'items'],
    ['permission', yaml.permissions, data.permissions.permissions, 'permissions'],
    ['recipient', yaml.recipients, data.recipients.recipients, 'recipients'],
    ['contact', yaml.policy, data.policy.contacts, 'contacts'],
  ];
  for (const [kind, source, records, key] of unused) {
    records.forEach((record, i) => {
      if (usage.used[kind].has(record.id)) return;
      warn(source.file, locate(source, [key, i, 'id']), 'unused', { kind, id: record.id });
    });
  }
}
