import type { ErrorObject, ValidateFunction } from 'ajv';
import * as validators from './generated/sources.js';
import { exportName } from './export-name.ts';
import { closest } from '../resolve/suggest.ts';
import { sourceSpecs } from '../load/sources.ts';
import type { LoadedPolicy } from '../load/load-policy.ts';
import { error } from '../report/messages.ts';
import type { Value } from '../report/catalogue/en/sources.ts';
import { locate, type YamlSource } from '../load/yaml.ts';

function validatorFor(schema: string): ValidateFunction {
  const validate = (validators as Record<string, ValidateFunction | undefined>)[exportName(schema)];
  if (!validate) throw new Error(`No generated validator for ${schema}: run \`npm run gen:types\``);
  return validate;
}

/** Validates every parsed YAML file against its schema (each file's violations at their places); true when all match. */
export function validateSchemas(yaml: LoadedPolicy['yaml']): boolean {
  let valid = true;
  for (const spec of sourceSpecs) {
    const source = yaml[spec.key];
    if (!source || source.data === undefined || !validateAgainstSchema(source, spec.schema)) valid = false;
  }
  return valid;
}

/** Validates parsed YAML against its schema; each violation becomes an error at its place. */
export function validateAgainstSchema(source: YamlSource, schema: string): boolean {
  const validate = validatorFor(schema);
  if (validate(source.data)) return true;
  for (const problem of simplify(validate.errors ?? [])) report(source, problem);
  return false;
}

/** Drops the noise of `oneOf` and `if`: keep the oneOf summary instead of each branch's complaint. */
function simplify(errors: ErrorObject[]): ErrorObject[] {
  const oneOfs = errors.filter((e) => e.keyword === 'oneOf');
  return errors.filter((e) => {
    if (e.keyword === 'if') return false;
    return !oneOfs.some((o) => o !== e && e.instancePath.startsWith(o.instancePath) && e.schemaPath.startsWith(o.schemaPath.replace(/\/oneOf$/, '/oneOf/')));
  });
}

function pathOf(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function describe(value: unknown): Value {
  if (Array.isArray(value)) return { kind: 'list' };
  if (value === null) return { kind: 'null' };
  if (typeof value === 'object') return { kind: 'mapping' };
  if (typeof value === 'string') return { kind: 'text', shown: value };
  const type = typeof value;
  return type === 'number' || type === 'boolean' ? { kind: type, shown: String(value) } : { kind: 'other', type, shown: String(value) };
}

/** The schema keywords with a rule id of their own; any other is `schema-invalid`. */
const otherKeywords = new Set(['const', 'format', 'minimum', 'maximum', 'anyOf']);

function report(source: YamlSource, e: ErrorObject): void {
  const path = pathOf(e.instancePath);
  const where = path.join('.');
  const schemaHelp = (e.parentSchema as { description?: string } | undefined)?.description;
  switch (e.keyword) {
    case 'required': {
      const missing = (e.params as { missingProperty: string }).missingProperty;
      const property = (e.parentSchema as { properties?: Record<string, { description?: string }> })?.properties?.[missing];
      const thenRequired = e.schemaPath.includes('/then/');
      const help = thenRequired && missing === 'sensitiveReason' ? 'sensitive-reason' : missing === 'sensitive' && !property ? 'sensitive' : { description: property?.description };
      error(source.file, locate(source, path), 'schema-required', { path: where, missing, help });
      return;
    }
    case 'additionalProperties': {
      const extra = (e.params as { additionalProperty: string }).additionalProperty;
      const allowed = Object.keys((e.parentSchema as { properties?: object }).properties ?? {}).filter((k) => k !== '$schema');
      const guess = closest(extra, allowed);
      error(source.file, locate(source, [...path, extra], true), 'schema-unknown-property', { path: where, extra, allowed, guess });
      return;
    }
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map(String);
      const guess = closest(String(e.data), allowed);
      error(source.file, locate(source, path), 'schema-enum', { path: where, value: describe(e.data), allowed, guess, help: schemaHelp });
      return;
    }
    case 'pattern': {
      const pattern = (e.params as { pattern: string }).pattern;
      const form = pattern.startsWith('^[a-z0-9]+(-') ? 'id' : pattern.startsWith('^\d{4}') ? 'date' : pattern.startsWith('^https?') ? 'url' : { pattern };
      error(source.file, locate(source, path), 'schema-pattern', { path: where, value: describe(e.data), form });
      return;
    }
    case 'oneOf':
      error(source.file, locate(source, path), 'schema-reference', { path: where, value: describe(e.data) });
      return;
    case 'minItems':
    case 'minLength':
      error(source.file, locate(source, path), 'schema-empty', { path: where, help: schemaHelp });
      return;
    case 'type':
      error(source.file, locate(source, path), 'schema-type', { path: where, value: describe(e.data), expected: String((e.params as { type: string }).type), help: schemaHelp });
      return;
    default:
      error(source.file, locate(source, path), otherKeywords.has(e.keyword) ? (`schema-${e.keyword}` as 'schema-invalid') : 'schema-invalid', { path: where, detail: e.message ?? 'is invalid', help: schemaHelp });
  }
}
