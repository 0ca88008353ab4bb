// The rule table as data: complete, unambiguous, and covering every chapter of the policy.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lexicon } from '../../src/resolve/lexicon/lexicon.ts';
import { reviewRules, rules, rulesVersion, signalRules } from '../../src/diff/rules.ts';
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
      // The ids only 蜜饯's chapters have (sharing, cross-border … are words of the consent model too).
      expect(/['"](preamble|part-two|cookies|minors|protection)['"]/.test(text), file).toBe(false);
    }
  });

  it('every lexicon group names a signal rule of its kind; signal rules are unique and each is used', async () => {
    const schema = JSON.parse(await readFile(path.join(root, 'schemas/diff.schema.json'), 'utf8'));
    const kinds: string[] = schema.$defs.signal.properties.kind.enum;
    expect(new Set(signalRules.map((r) => r.id)).size).toBe(signalRules.length);
    for (const group of lexicon.groups) {
      const rule = signalRules.find((r) => r.id === group.rule);
      expect(rule, `${group.id} → ${group.rule}`).toBeDefined();
      expect(rule!.signal, group.id).toBe(group.kind);
    }
    for (const context of lexicon.numbers.contexts) for (const id of [context.rule, context.lengthened].filter(Boolean)) expect(signalRules.some((r) => r.id === id), id).toBe(true);
    expect(new Set(signalRules.map((r) => r.signal))).toEqual(new Set(kinds));
    for (const rule of signalRules) expect(rule.level, rule.id).not.toBe('none');
  });

  it('rows carry the rules version they take their level from; review rules have ids and reasons', () => {
    for (const rule of rules) expect(rule.since ?? 1, rule.id).toBeLessThanOrEqual(rulesVersion);
    for (const rule of Object.values(reviewRules)) expect(rule.reason.length, rule.id).toBeGreaterThan(10);
  });
});
