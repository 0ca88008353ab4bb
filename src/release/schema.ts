import type { ValidateFunction } from 'ajv';
import * as validators from '../validate/generated/archive.js';

type ArchiveSchema = 'release.schema.json' | 'diff.schema.json';

const byName: Record<ArchiveSchema, ValidateFunction> = {
  'release.schema.json': validators.release,
  'diff.schema.json': validators.diff,
};

/** The validator of a release record or a diff: generated code, no schema read at run time. */
export function archiveValidator(schema: ArchiveSchema): ValidateFunction {
  return byName[schema];
}

/** Each schema violation as `pointer message`; none when the value is valid. */
export function schemaProblems(schema: ArchiveSchema, value: unknown): string[] {
  const validate = archiveValidator(schema);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}`);
}
