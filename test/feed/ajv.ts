// Every schema of schemas/, loaded into one Ajv 2020-12 instance by file name (they refer to each other that way).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { root } from '../helpers.ts';

let ajv: Ajv2020 | undefined;

export function schemas(): Ajv2020 {
  if (ajv) return ajv;
  ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
  const dir = path.join(root, 'schemas');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.schema.json')).sort()) {
    ajv.addSchema(JSON.parse(readFileSync(path.join(dir, file), 'utf8')), file);
  }
  return ajv;
}

/** Ajv's errors for `value` against `schema`, as one readable string ('' when valid). */
export function schemaErrors(schema: string, value: unknown): string {
  const validate = schemas().getSchema(schema);
  if (!validate) throw new Error(`no schema ${schema}`);
  return validate(value) ? '' : schemas().errorsText(validate.errors, { separator: '\n' });
}
