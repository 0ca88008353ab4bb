import type { PolicyData } from '../model/index.ts';

/** One structured source file: its name in the policy folder, its key in PolicyData and its schema. */
export interface SourceSpec {
  key: keyof PolicyData;
  file: string;
  schema: string;
}

/** Every YAML source of a policy, in the order they are read and reported. */
export const sourceSpecs: readonly SourceSpec[] = [
  { key: 'policy', file: 'policy.yaml', schema: 'policy.schema.json' },
  { key: 'definitions', file: 'definitions.yaml', schema: 'definitions.schema.json' },
  { key: 'dataItems', file: 'data-items.yaml', schema: 'data-items.schema.json' },
  { key: 'permissions', file: 'permissions.yaml', schema: 'permissions.schema.json' },
  { key: 'purposes', file: 'purposes.yaml', schema: 'purposes.schema.json' },
  { key: 'sdks', file: 'sdks.yaml', schema: 'sdks.schema.json' },
  { key: 'recipients', file: 'recipients.yaml', schema: 'recipients.schema.json' },
  { key: 'rights', file: 'rights.yaml', schema: 'rights.schema.json' },
];
