// Properties of the diff, with fast-check: a version against itself is no change; each edit and
// its reverse get the levels the rule table gives them; formatting-only source edits are no change.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff.ts';
import { maxLevel } from '../../src/diff/levels.ts';
import type { PolicyDiff } from '../../src/diff/types.ts';
import { mutations } from './mutations.ts';
import { reformatMarkdown, reformatYaml, shuffleLists } from './reformat.ts';
import { baseDocument, editedDocument } from './scenario.ts';

function expectNoChange(diff: PolicyDiff): void {
  expect(diff.changes).toEqual([]);
  expect(diff.review).toEqual([]);
  expect(diff.chapters).toEqual([]);
  expect(diff.level).toBe('none');
  expect(diff.popup).toBe(false);
  expect(diff.categories).toEqual([]);
}

function expectConsistent(diff: PolicyDiff): void {
  expect(diff.level).toBe(maxLevel(diff.changes.map((c) => c.level)));
  expect(diff.popup).toBe(diff.level !== 'none');
}

const mutation = fc.record({ mutation: fc.constantFrom(...mutations), pick: fc.nat({ max: 10_000 }) });

describe('diff properties', () => {
  it('diff(a, a) is empty, for the real policy and for edited versions of it', async () => {
    const base = await baseDocument();
    expectNoChange(diffDocuments(base, base));
    fc.assert(
      fc.property(mutation, ({ mutation, pick }) => {
        const doc = structuredClone(base);
        fc.pre(mutation.apply(doc, pick));
        expectNoChange(diffDocuments(doc, structuredClone(doc)));
      }),
      { numRuns: 50 },
    );
  });

  it('a change and its reverse classify as the table says', async () => {
    const base = await baseDocument();
    fc.assert(
      fc.property(mutation, ({ mutation, pick }) => {
        const edited = structuredClone(base);
        fc.pre(mutation.apply(edited, pick));
        const forward = diffDocuments(base, edited);
        const reverse = diffDocuments(edited, base);
        expect(forward.level, `${mutation.name}`).toBe(mutation.forward);
        expect(reverse.level, `${mutation.name}, undone`).toBe(mutation.reverse);
        expectConsistent(forward);
        expectConsistent(reverse);
        expect(forward.changes.length).toBeGreaterThan(0);
        expect(reverse.changes.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('two independent edits give the higher of their levels', async () => {
    const base = await baseDocument();
    const independent = mutations.filter((m) => m.name !== 'the controller changes');
    fc.assert(
      fc.property(fc.constantFrom(...independent), fc.constantFrom(...independent), fc.nat({ max: 10_000 }), (a, b, pick) => {
        const edited = structuredClone(base);
        fc.pre(a.apply(edited, pick) && b.apply(edited, pick + 1));
        expect(diffDocuments(base, edited).level).toBe(maxLevel([a.forward, b.forward]));
      }),
      { numRuns: 100 },
    );
  });

  it('formatting-only edits give no change at all', async () => {
    const base = await baseDocument();
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          indent: fc.constantFrom(2, 3, 4),
          seed: fc.integer(),
          flowSequences: fc.boolean(),
          shuffle: fc.boolean(),
          wraps: fc.array(fc.nat(), { maxLength: 30 }),
          blankLines: fc.array(fc.nat(), { maxLength: 8 }),
        }),
        async (options) => {
          const edited = await editedDocument(async (policy) => {
            await reformatYaml(policy, options);
            if (options.shuffle) await shuffleLists(policy, options.seed);
            await reformatMarkdown(policy, options);
          });
          expectNoChange(diffDocuments(base, edited));
        },
      ),
      { numRuns: 15 },
    );
  });
});
