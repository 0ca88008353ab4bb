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
  once?: { key?: string; ruleId: 'duplicate-definition' | 'duplicate-sdk-table' };
  source: keyof Sources;
  records(data: PolicyData): Array<{ id: string; path: YamlPath }>;
  /** Reported once, at this key, when none of the records is shown. */
  whole?: { path: YamlPath };
  ruleId: 'unplaced-definition' | 'unplaced-sdk-table' | 'unplaced-sdk-catalogue' | 'unplaced-field-definition';
}

const needs: readonly BlockNeed[] = [
  {
    directive: 'definition',
    once: { ruleId: 'duplicate-definition' },
    source: 'definitions',
    records: (data) => data.definitions.definitions.map((d, i) => ({ id: d.id, path: ['definitions', i, 'id'] })),
    ruleId: 'unplaced-definition',
  },
  {
    directive: 'sdk-table',
    once: { key: '', ruleId: 'duplicate-sdk-table' },
    source: 'sdks',
    records: (data) => data.sdks.sdks.map((s, i) => ({ id: s.id, path: ['sdks', i, 'id'] })),
    whole: { path: ['sdks'] },
    ruleId: 'unplaced-sdk-table',
  },
  {
    directive: 'sdk-catalogue',
    source: 'sdks',
    records: (data) => (data.sdks.catalogue ? [{ id: '', path: ['catalogue'] }] : []),
    ruleId: 'unplaced-sdk-catalogue',
  },
  {
    directive: 'field-definitions',
    source: 'dataItems',
    records: (data) => data.dataItems.items.flatMap((item, i) => (item.definition ? [{ id: item.id, path: ['items', i, 'definition'] as YamlPath }] : [])),
    ruleId: 'unplaced-field-definition',
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
        for (const extra of places.slice(1)) {
          if (once.ruleId === 'duplicate-sdk-table') error(extra.file, extra.place, once.ruleId);
          else error(extra.file, extra.place, once.ruleId, { id });
        }
      }
    }
    const missing = need.records(data).filter((record) => !placed?.has(record.id));
    if (missing.length === 0) continue;
    if (need.whole && !placed) {
      error(source.file, locate(source, need.whole.path, true), 'unplaced-sdk-table', { count: missing.length });
      continue;
    }
    for (const record of missing) {
      if (need.ruleId === 'unplaced-sdk-catalogue') error(source.file, locate(source, record.path), need.ruleId);
      else error(source.file, locate(source, record.path), need.ruleId, { id: record.id });
    }
  }
}
