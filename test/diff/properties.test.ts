// Properties of the diff, with fast-check: a version against itself is no change; each edit and
// its reverse get the levels the rule table gives them; formatting-only source edits are no change.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff.ts';
import { lexicon } from '../../src/resolve/lexicon/lexicon.ts';
import { normalizedBlocks } from '../../src/resolve/lexicon/normalize.ts';
import { maxLevel } from '../../src/diff/levels.ts';
import type { PolicyDiff } from '../../src/diff/types.ts';
import { mutations } from './mutations.ts';
import { moveBlocks, reformatMarkdown, reformatYaml, shuffleLists } from './reformat.ts';
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

  it('inserting a kind of personal information, an organisation or a sharing verb into any sentence never goes out quietly', async () => {
    const base = await baseDocument();
    const groups = new Set(['personal-information', 'sensitive', 'organisations', 'sharing']);
    const terms = lexicon.groups.filter((g) => groups.has(g.id)).flatMap((g) => g.terms);
    const sentences = base.chapters.flatMap((chapter, c) => normalizedBlocks(chapter.text).map((block, b) => ({ c, b, block })).filter(({ block }) => !chapter.headings.some((h) => h.text === block)));
    fc.assert(
      fc.property(fc.constantFrom(...sentences), fc.constantFrom(...terms), fc.nat(), ({ c, b, block }, term, at) => {
        const edited = structuredClone(base);
        const chars = Array.from(block);
        const cut = at % (chars.length + 1);
        const blocks = normalizedBlocks(edited.chapters[c]!.text);
        blocks[b] = [...chars.slice(0, cut), term, ...chars.slice(cut)].join('');
        edited.chapters[c]!.text = blocks.join('\n');
        const diff = diffDocuments(base, edited);
        expect(diff.level !== 'none' || diff.review.length > 0, `${term} into ${edited.chapters[c]!.id} #${b} at ${cut}`).toBe(true);
        expect(diff.review.map((r) => r.id), `${term}: the chapter is reviewed`).toContain(`chapter/${edited.chapters[c]!.id}`);
      }),
      { numRuns: 500 },
    );
  });

  it('paragraphs and list items moved within their section are shown as moved, never reviewed', async () => {
    const base = await baseDocument();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), async (picks) => {
        const edited = await editedDocument((policy) => moveBlocks(policy, picks));
        const diff = diffDocuments(base, edited);
        expect(diff.changes).toEqual([]);
        expect(diff.review).toEqual([]);
        expect(diff.level).toBe('none');
        for (const chapter of diff.chapters) for (const s of chapter.segments) if (s.op !== 'equal' && s.text.trim() !== '') expect(s.moved, s.text).toBe(true);
      }),
      { numRuns: 15 },
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
