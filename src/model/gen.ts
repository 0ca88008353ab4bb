import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { compile, type JSONSchema } from 'json-schema-to-typescript';

/** Schemas whose root type is generated, with the type's name. */
export const generatedTypes: ReadonlyArray<readonly [file: string, name: string]> = [
  ['policy.schema.json', 'PolicySource'],
  ['definitions.schema.json', 'DefinitionsSource'],
  ['data-items.schema.json', 'DataItemsSource'],
  ['permissions.schema.json', 'PermissionsSource'],
  ['purposes.schema.json', 'PurposesSource'],
  ['sdks.schema.json', 'SdksSource'],
  ['recipients.schema.json', 'RecipientsSource'],
  ['rights.schema.json', 'RightsSource'],
  ['compiled-policy.schema.json', 'CompiledPolicy'],
  ['popup.schema.json', 'Popup'],
  ['diff.schema.json', 'PolicyDiff'],
  ['release.schema.json', 'ReleaseRecord'],
  ['feed-index.schema.json', 'FeedIndex'],
  ['feed-history.schema.json', 'FeedHistory'],
  ['feed-version.schema.json', 'FeedVersion'],
  ['feed-keys.schema.json', 'FeedKeys'],
  ['feed-signature.schema.json', 'FeedSignature'],
  ['consent-receipt.schema.json', 'ConsentReceipt'],
];

const schemaDir = fileURLToPath(new URL('../../schemas/', import.meta.url));

/**
 * Drops nested titles so nested shapes stay inline instead of becoming many clashing aliases, and
 * reads `if`/`then`/`else` (used so each alternative reports its own errors) as the union of `then` and `else`.
 */
function withoutTitles(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTitles);
  if (value === null || typeof value !== 'object') return value;
  const { if: condition, then: yes, else: no, ...rest } = value as Record<string, unknown>;
  if (condition !== undefined && yes !== undefined && no !== undefined) return withoutTitles({ ...rest, anyOf: [yes, no] });
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'title' && typeof inner === 'string') continue;
    if (key === 'examples') continue;
    out[key] = key === 'properties' || key === '$defs' ? mapValues(inner as Record<string, unknown>) : withoutTitles(inner);
  }
  return out;
}

function mapValues(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, withoutTitles(v)]));
}

/** Renders one TypeScript module per schema, keyed by its file name under src/model/generated/. */
export async function renderTypes(): Promise<Map<string, string>> {
  const modules = new Map<string, string>();
  for (const [file, name] of generatedTypes) {
    const schema = withoutTitles(JSON.parse(await readFile(schemaDir + file, 'utf8'))) as JSONSchema;
    const ts = await compile({ ...schema, title: name }, name, {
      bannerComment: `/* Generated from schemas/${file} by scripts/gen-types.ts. Do not edit: change the schema, then run \`npm run gen:types\`. */`,
      cwd: schemaDir,
      additionalProperties: false,
      declareExternallyReferenced: true,
      format: true,
      unreachableDefinitions: false,
      strictIndexSignatures: true,
    });
    modules.set(file.replace('.schema.json', '.ts'), ts);
  }
  return modules;
}
