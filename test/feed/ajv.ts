// Every schema of schemas/ in one Ajv 2020-12 instance (src/validate/gen-validators.ts), for the tests.
import type { Ajv2020 } from 'ajv/dist/2020.js';
import { createAjv } from '../../src/validate/gen-validators.ts';

let ajv: Ajv2020 | undefined;

export function schemas(): Ajv2020 {
  return (ajv ??= createAjv());
}

/** Ajv's errors for `value` against `schema`, as one readable string ('' when valid). */
export function schemaErrors(schema: string, value: unknown): string {
  const validate = schemas().getSchema(schema);
  if (!validate) throw new Error(`no schema ${schema}`);
  return validate(value) ? '' : schemas().errorsText(validate.errors, { separator: '\n' });
}
