import type { PolicyData } from '../model/index.ts';
import type { LoadedPolicy } from '../load/load-policy.ts';
import { locate, type YamlPath } from '../load/yaml.ts';
import { error } from '../report/messages.ts';
import type { Usage } from '../resolve/usage.ts';

type Sources = Required<LoadedPolicy['yaml']>;

/**
 * Data that only a block directive shows: without the directive in some chapter, the reader never
 * sees it, although the data says the policy covers it. Each entry names the directive, the records
 * it must show and how to report one that is not shown; `whole` directives show their whole
 * dataset at once (one report for all of it).
 */
interface BlockNeed {
  directive: string;
  /** Shown at most once: a second place is an error there. */
  once?: { key?: string; reason(id: string): string; ruleId: string; hint: string };
  source: keyof Sources;
  records(data: PolicyData): Array<{ id: string; path: YamlPath }>;
  /** Reported once, at this key, when none of the records is shown. */
  whole?: { path: YamlPath; reason(count: number): string; hint: string };
  reason(id: string): string;
  ruleId: string;
  hint(id: string): string;
}

const needs: readonly BlockNeed[] = [
  {
    directive: 'definition',
    once: { reason: (id) => `Definition \`${id}\` is placed more than once`, ruleId: 'duplicate-definition', hint: 'Place each definition once; refer to it elsewhere with `:term{#id}`.' },
    source: 'definitions',
    records: (data) => data.definitions.definitions.map((d, i) => ({ id: d.id, path: ['definitions', i, 'id'] })),
    reason: (id) => `Definition \`${id}\` is never placed in the prose`,
    ruleId: 'unplaced-definition',
    hint: (id) => `Add \`::definition{#${id}}\` on its own line where it belongs (usually chapters/definitions.md).`,
  },
  {
    directive: 'sdk-table',
    once: { key: '', reason: () => 'The SDK table is placed more than once', ruleId: 'duplicate-sdk-table', hint: 'Place `::sdk-table` once; refer to one SDK elsewhere with `:sdk{#id}`.' },
    source: 'sdks',
    records: (data) => data.sdks.sdks.map((s, i) => ({ id: s.id, path: ['sdks', i, 'id'] })),
    whole: {
      path: ['sdks'],
      reason: (count) => `sdks.yaml lists ${count} ${count === 1 ? 'SDK' : 'SDKs'}, but no chapter places the SDK table (\`::sdk-table\`), so the policy shows none of them`,
      hint: 'The SDK table is the list of third parties the app shares information with (PIPL Art. 23): put `::sdk-table` on a line of its own where the policy introduces them, usually in the chapter on sharing.',
    },
    reason: (id) => `SDK \`${id}\` is not in the SDK table`,
    ruleId: 'unplaced-sdk-table',
    hint: () => 'Place `::sdk-table` in the chapter on sharing.',
  },
  {
    directive: 'sdk-catalogue',
    source: 'sdks',
    records: (data) => (data.sdks.catalogue ? [{ id: '', path: ['catalogue'] }] : []),
    reason: () => 'sdks.yaml names an SDK catalogue, but no chapter shows its link',
    ruleId: 'unplaced-sdk-catalogue',
    hint: () => 'Put `::sdk-table` (which shows the link after the table) or `:sdk-catalogue` in the sentence that refers readers to the catalogue, usually in the chapter on sharing.',
  },
  {
    directive: 'field-definitions',
    source: 'dataItems',
    records: (data) => data.dataItems.items.flatMap((item, i) => (item.definition ? [{ id: item.id, path: ['items', i, 'definition'] as YamlPath }] : [])),
    reason: (id) => `The field definition of data item \`${id}\` is never shown: no \`::field-definitions\` lists it`,
    ruleId: 'unplaced-field-definition',
    hint: (id) => `Add \`${id}\` to the \`items\` of a \`::field-definitions{items="…"}\` line (where the policy defines its fields, usually after the SDK table), or remove its \`definition:\` from data-items.yaml.`,
  },
];

/** After rendering: every record a block directive must show was shown by it, and once where it must be shown once. */
export function checkPlacement(data: PolicyData, yaml: Sources, usage: Usage): void {
  for (const need of needs) {
    const source = yaml[need.source];
    const placed = usage.placed.get(need.directive);
    const once = need.once;
    if (once) {
      for (const [id, places] of placed ?? []) {
        if (once.key !== undefined && id !== once.key) continue;
        for (const extra of places.slice(1)) error(extra.file, once.reason(id), { place: extra.place, ruleId: once.ruleId, hint: once.hint });
      }
    }
    const missing = need.records(data).filter((record) => !placed?.has(record.id));
    if (missing.length === 0) continue;
    if (need.whole && !placed) {
      error(source.file, need.whole.reason(missing.length), { place: locate(source, need.whole.path, true), ruleId: need.ruleId, hint: need.whole.hint });
      continue;
    }
    for (const record of missing) error(source.file, need.reason(record.id), { place: locate(source, record.path), ruleId: need.ruleId, hint: need.hint(record.id) });
  }
}
