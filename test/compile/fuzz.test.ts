// A seeded fuzz of the real sources, in-process: 150 mutations (random edits, and the
// attack inputs of issue #10 spliced in at random places). Every outcome is a document without
// errors, or errors each at a place; never an exception (which the CLI would report as exit 70).
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { compilePolicy } from '../../src/compile/compile.ts';
import { collectMessages, formatMessage } from '../../src/report/format.ts';
import { root, tempDir } from '../helpers.ts';

const { dir, cleanup } = await tempDir('policy-fuzz-');
afterAll(cleanup);
await cp(path.join(root, 'policy'), path.join(dir, 'policy'), { recursive: true });

const sources = ['policy.yaml', 'definitions.yaml', 'data-items.yaml', 'purposes.yaml', 'sdks.yaml', 'rights.yaml', 'chapters/collection.md', 'chapters/definitions.md', 'chapters/sharing.md', 'chapters/preamble.md'];
const original = new Map(await Promise.all(sources.map(async (file) => [file, await readFile(path.join(dir, 'policy', file), 'utf8')] as const)));

/** Pieces an attacker (or a clumsy paste) puts into a source. */
const snippets = [
  '\x01', '\x1b[2J', '\u202e', '\u200b', '\ufeff', '\r', '\0', '&#x202E;', '&zwj;', '\\e', '"\\u202e"',
  '>'.repeat(40), '> > > > > > > > > > > > > > > > > > > x', '- '.repeat(30), '[\n'.repeat(40), '{a: '.repeat(40), '*a'.repeat(600), '_'.repeat(700),
  '&a ', '*a', '<<: *a', '!!binary', '? ', ': ', '- ', '|', '>-', '#', '---', '...', "'", '"', '\t',
  ':item{#phone}', ':item{#nope}', ':contact{#email shwo=name}', '::sdk-table{x=1}', ':policy{#controller.name numerals=roman}', ':::box\n', '::definition{#children}',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '![x](https://tracker.example/p.gif)', '[x](HTTPS://a.example)', '[x](https:javascript:alert(1))', '[x](javascript:alert(1))',
  '{#top}', '{#main}', '{#def-children}', '## 新章节 {#new-section}', '\n\n', '    code', '```\n', '1. ', '* ', '---\n',
  'x'.repeat(5000), '很长'.repeat(2100),
  // The inputs that crashed or hung before the limits: 2,000 nested quotes, 3,000 nested flow lists, a deep list.
  '>'.repeat(2000) + ' x\n', '[\n'.repeat(3000), Array.from({ length: 60 }, (_, i) => `${' '.repeat(2 * i)}- x`).join('\n'),
];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...snippets), fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }), times: fc.integer({ min: 2, max: 400 }) }),
  fc.record({ kind: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function apply(text: string, m: Mutation): string {
  const at = (n: number) => n % (text.length + 1);
  switch (m.kind) {
    case 'insert':
      return text.slice(0, at(m.at)) + m.text + text.slice(at(m.at));
    case 'delete':
      return text.slice(0, at(m.at)) + text.slice(at(m.at) + m.length);
    case 'repeat': {
      const start = at(m.at);
      return text.slice(0, start) + text.slice(start, start + m.length).repeat(m.times) + text.slice(start);
    }
    case 'swap-lines': {
      const lines = text.split('\n');
      const a = m.a % lines.length;
      const b = m.b % lines.length;
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return lines.join('\n');
    }
    case 'truncate':
      return text.slice(0, at(m.at));
  }
}

/** Errors about a whole file (it is missing, for instance): placed at its start. */
describe('fuzzing the real sources', () => {
  // About 14 s alone on the project machine (a broken YAML file is parsed again up to 1 MB while
  // its indentation is searched: src/load/yaml-indentation.ts); FUZZ_RUNS=1000 FUZZ_SEED=… for a longer search.
  it('150 seeded mutations: each gives a document, or errors that each have a place; none throws', { timeout: 180_000 }, async () => {
    const outcomes = { valid: 0, invalid: 0 };
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...sources), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (file, mutations) => {
        const mutated = mutations.reduce(apply, original.get(file)!);
        const at = path.join(dir, 'policy', file);
        await writeFile(at, mutated);
        try {
          const { files, document } = await compilePolicy({ policyDir: 'policy', cwd: dir });
          const errors = collectMessages(files).filter((message) => message.fatal);
          if (errors.length === 0) {
            expect(document).toBeDefined();
            outcomes.valid++;
          } else {
            expect(document).toBeUndefined();
            const unplaced = errors.filter((error) => !(error.line! >= 1 && error.column! >= 1));
            expect(unplaced.map(formatMessage)).toEqual([]);
            outcomes.invalid++;
          }
        } finally {
          await writeFile(at, original.get(file)!);
        }
      }),
      { seed: Number(process.env.FUZZ_SEED ?? 20_211_013), numRuns: Number(process.env.FUZZ_RUNS ?? 150), endOnFailure: true },
    );
    // The fuzz reaches both sides: mutations that leave a valid policy, and ones that break it.
    expect(outcomes.valid).toBeGreaterThan(10);
    expect(outcomes.invalid).toBeGreaterThan(50);
  });
});
