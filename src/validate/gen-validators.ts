import { readdirSync, readFileSync } from 'node:fs';
import { exportName } from './export-name.ts';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standalone from 'ajv/dist/standalone/index.js';

// A CommonJS module whose function is both module.exports and its `default`.
const standaloneCode = standalone as unknown as typeof standalone.default;

/** Generated validator modules: the sources (every compile loads them), then the archived documents. */
export const validatorModules = {
  'sources.js': [
    'policy.schema.json',
    'definitions.schema.json',
    'data-items.schema.json',
    'permissions.schema.json',
    'purposes.schema.json',
    'sdks.schema.json',
    'recipients.schema.json',
    'rights.schema.json',
  ],
  'archive.js': ['diff.schema.json', 'release.schema.json'],
} as const;

const schemaDir = new URL('../../schemas/', import.meta.url);

/** Every schema of the project, registered by file name (they refer to each other that way). */
export function createAjv(options: { standalone?: boolean } = {}): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    ...(options.standalone ? { code: { source: true, esm: true, lines: true } } : {}),
  });
  for (const name of readdirSync(schemaDir).filter((f) => f.endsWith('.schema.json')).sort()) {
    ajv.addSchema(JSON.parse(readFileSync(new URL(name, schemaDir), 'utf8')), name);
  }
  return ajv;
}

/**
 * The validators as ES modules of plain functions (Ajv's standalone code), so no run compiles a
 * schema. Written by scripts/gen-types.ts; test/schemas.test.ts checks drift.
 */
export function renderValidators(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [file, schemas] of Object.entries(validatorModules)) {
    const ajv = createAjv({ standalone: true });
    const exports = Object.fromEntries(schemas.map((name) => [exportName(name), name]));
    // The ESM output still requires Ajv's CommonJS helper for string length in code points: define it here.
    const code = standaloneCode(ajv, exports).replaceAll('require("ajv/dist/runtime/ucs2length")', 'ucs2length');
    const helper = 'const ucs2length = { default: (text) => { let n = 0; for (const _ of text) n++; return n; } };';
    out.set(file, `// Generated from schemas/ by scripts/gen-types.ts. Do not edit.\n// @ts-nocheck\n${helper}\n${code}`);
  }
  return out;
}
