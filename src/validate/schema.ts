import type { ErrorObject, ValidateFunction } from 'ajv';
import * as validators from './generated/sources.js';
import { exportName } from './export-name.ts';
import { closest } from '../resolve/suggest.ts';
import { sourceSpecs } from '../load/sources.ts';
import type { LoadedPolicy } from '../load/load-policy.ts';
import { error } from '../report/messages.ts';
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

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'nothing (null)';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value === 'string' ? 'text' : typeof value} \`${String(value)}\``;
}

function report(source: YamlSource, e: ErrorObject): void {
  const path = pathOf(e.instancePath);
  const where = path.length ? `\`${path.join('.')}\`` : 'the file';
  const schemaHelp = (e.parentSchema as { description?: string } | undefined)?.description;
  switch (e.keyword) {
    case 'required': {
      const missing = (e.params as { missingProperty: string }).missingProperty;
      const property = (e.parentSchema as { properties?: Record<string, { description?: string }> })?.properties?.[missing];
      const thenRequired = e.schemaPath.includes('/then/');
      error(source.file, `Missing property \`${missing}\` in ${where}`, {
        place: locate(source, path),
        ruleId: 'schema-required',
        hint: thenRequired && missing === 'sensitiveReason'
          ? 'A sensitive item needs `sensitiveReason`: the legal ground (PIPL Art. 28, GB/T 35273-2020 Appendix B).'
          : missing === 'sensitive' && !property
            ? 'Add `sensitive: true` or `sensitive: false` (个人敏感信息: PIPL Art. 28, GB/T 35273-2020 Appendix B; sensitive items render bold wherever they appear). Only `health`, `biometric` and `children` items may leave it out: they are sensitive by default.'
            : `Add \`${missing}:\`${property?.description ? ` (${property.description.replace(/\.$/, '')})` : ''}.`,
      });
      return;
    }
    case 'additionalProperties': {
      const extra = (e.params as { additionalProperty: string }).additionalProperty;
      const allowed = Object.keys((e.parentSchema as { properties?: object }).properties ?? {}).filter((k) => k !== '$schema');
      const guess = closest(extra, allowed);
      error(source.file, `Unknown property \`${extra}\` in ${where}`, {
        place: locate(source, [...path, extra], true),
        ruleId: 'schema-unknown-property',
        hint: guess ? `Did you mean \`${guess}\`? Allowed here: ${allowed.join(', ')}.` : `Allowed here: ${allowed.join(', ')}.`,
      });
      return;
    }
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map(String);
      const guess = closest(String(e.data), allowed);
      error(source.file, `${where} is ${describe(e.data)}, which is not one of: ${allowed.join(', ')}`, {
        place: locate(source, path),
        ruleId: 'schema-enum',
        hint: guess ? `Did you mean \`${guess}\`?` : schemaHelp ?? 'Use one of the listed values.',
      });
      return;
    }
    case 'pattern': {
      const pattern = (e.params as { pattern: string }).pattern;
      const hint = pattern.startsWith('^[a-z0-9]+(-')
        ? 'Ids are lowercase ASCII letters and digits, words joined by single hyphens, e.g. `wechat-id`.'
        : pattern.startsWith('^\\d{4}')
          ? 'Write dates as YYYY-MM-DD, e.g. `2021-10-13`.'
          : pattern.startsWith('^https?')
            ? 'Write the full address, starting with https://.'
            : `It must match ${pattern}.`;
      error(source.file, `${where} is ${describe(e.data)}, which is not in the expected form`, { place: locate(source, path), ruleId: 'schema-pattern', hint });
      return;
    }
    case 'oneOf':
      error(source.file, `${where} is ${describe(e.data)}; expected an id or a mapping with \`id\` (and optionally \`as\`)`, {
        place: locate(source, path),
        ruleId: 'schema-reference',
        hint: 'Write `- phone` or `- { id: wechat-id, as: 微信ID }`.',
      });
      return;
    case 'minItems':
    case 'minLength':
      error(source.file, `${where} is empty`, { place: locate(source, path), ruleId: 'schema-empty', hint: schemaHelp ?? 'Give it a value, or remove it if it is optional.' });
      return;
    case 'type':
      error(source.file, `${where} is ${describe(e.data)}; expected ${(e.params as { type: string }).type}`, {
        place: locate(source, path),
        ruleId: 'schema-type',
        hint: (e.params as { type: string }).type === 'boolean'
          ? 'Write `true` or `false` (in YAML 1.2, `yes` and `no` are text).'
          : schemaHelp ?? 'Check the indentation: a mapping or list may have ended up at the wrong level.',
      });
      return;
    default:
      error(source.file, `${where} ${e.message ?? 'is invalid'}`, { place: locate(source, path), ruleId: `schema-${e.keyword}`, hint: schemaHelp });
  }
}
