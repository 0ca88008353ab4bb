// The Chinese hints of schema problems: every description of a source schema (the sources'
// schemas and common.schema.json, which they refer to) has its translation, none is left without
// one, and a zh-CN run quotes the translation where the English run quotes the schema.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceSpecs } from '../../src/load/sources.ts';
import { schemaDescriptions } from '../../src/report/catalogue/zh-CN/schema-descriptions.ts';
import { say } from '../../src/report/catalogue/index.ts';
import { root } from '../helpers.ts';

async function descriptions(): Promise<string[]> {
  const out: string[] = [];
  const collect = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const description = (node as { description?: unknown }).description;
    if (typeof description === 'string') out.push(description);
    for (const value of Object.values(node)) collect(value);
  };
  for (const file of ['common.schema.json', ...sourceSpecs.map((spec) => spec.schema)]) collect(JSON.parse(await readFile(path.join(root, 'schemas', file), 'utf8')));
  return out;
}

describe('the schemas’ descriptions in Chinese', () => {
  it('translate every description of a source schema, and nothing else', async () => {
    const all = await descriptions();
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter((text) => !(text in schemaDescriptions))).toEqual([]);
    expect(Object.keys(schemaDescriptions).filter((text) => !all.includes(text))).toEqual([]);
    // A translation is Chinese, and keeps every `code` span of the English (field names, values, directives).
    for (const [english, chinese] of Object.entries(schemaDescriptions)) {
      expect(chinese, english).toMatch(/\p{Script=Han}/u);
      for (const code of english.match(/`[^`]+`/g) ?? []) expect(chinese, english).toContain(code);
    }
  });

  it('are the hints of schema problems in a zh-CN run', () => {
    const help = 'Days within which requests are answered: the short form of `responseTime: { value: N, unit: 天 }`. Write one of the two, or neither when the policy states none.';
    const params = { path: 'responseDays', value: { kind: 'text' as const, shown: 'fifteen' }, expected: 'integer', help };
    expect(say('en', 'schema-type', params).hint).toBe(help);
    expect(say('zh-CN', 'schema-type', params).hint).toBe(schemaDescriptions[help]);
    expect(say('zh-CN', 'schema-required', { path: 'controller', missing: 'name', help: { description: 'Registered legal name of the entity.' } }).hint).toBe('请添加 `name:`（该主体的注册法定名称）。');
  });
});
