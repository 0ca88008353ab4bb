// The rule table as data: complete, unambiguous, and covering every chapter of the policy.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/diff/rules.ts';
import { baseDocument } from './scenario.ts';
import { root } from '../helpers.ts';

describe('the rule table (src/diff/rules.ts)', () => {
  it('has a rule for every change kind of schemas/diff.schema.json, and no other kind', async () => {
    const schema = JSON.parse(await readFile(path.join(root, 'schemas/diff.schema.json'), 'utf8'));
    const kinds: string[] = schema.$defs.change.properties.kind.enum;
    const covered = new Set(rules.flatMap((rule) => rule.change.kinds));
    expect(kinds.filter((kind) => !covered.has(kind as never))).toEqual([]);
    expect([...covered].filter((kind) => !kinds.includes(kind))).toEqual([]);
  });

  it('every kind has an unconditional rule, so every change is classified', () => {
    for (const kind of new Set(rules.flatMap((rule) => rule.change.kinds))) {
      expect(rules.some((rule) => rule.change.kinds.includes(kind) && !rule.change.when), kind).toBe(true);
    }
  });

  it('rule ids are unique; a rule without a category is a none rule', () => {
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
    for (const rule of rules) expect(rule.category === null, rule.id).toBe(rule.level === 'none');
    for (const rule of rules) expect(rule.reason.length, rule.id).toBeGreaterThan(10);
  });

  it('names no chapter of any policy: the categories come from the sources', async () => {
    const doc = await baseDocument();
    expect(doc.chapters.find((c) => c.id === 'sharing')!.categories).toEqual(['recipients']);
    expect(doc.chapters.find((c) => c.id === 'preamble')!.categories).toBeUndefined();
    const sources = (await readdir(path.join(root, 'src'), { recursive: true })).filter((f) => f.endsWith('.ts') && !f.includes('generated'));
    for (const file of sources) {
      const text = await readFile(path.join(root, 'src', file), 'utf8');
      expect(/['"](preamble|part-two|collection|cookies|sharing|protection|minors|cross-border|updates)['"]\s*:/.test(text), file).toBe(false);
    }
  });
});
