// The generated parts of the docs say what the code does: regenerate them (`npm run gen:docs`)
// whenever the rules or the hosting table change, or this test fails.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedDocs, root } from '../../scripts/docs.ts';
import { recordTable } from '../../src/diff/format/rule-table.ts';
import { rules, reviewRules } from '../../src/diff/rules.ts';
import { categories, noticeLevels } from '../../src/diff/levels.ts';

describe('generated docs', () => {
  it('match the code they are generated from (run `npm run gen:docs` after changing it)', () => {
    // With the Node that `npm run gen:docs` uses: vitest reprints the conditions' source.
    const run = spawnSync(path.join(root, 'node_modules/.bin/node'), ['scripts/gen-docs.ts', '--check'], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('every generated block is in place, between its markers', async () => {
    for (const file of (await generatedDocs()).keys()) expect((await readFile(path.join(root, file), 'utf8')).length, file).toBeGreaterThan(500);
    const readme = await readFile(path.join(root, 'README.md'), 'utf8');
    expect(readme).toContain('| `/feed/index.json.sig` | `public, max-age=300` | yes |');
  });

  it('docs/notice-rules.md shows every rule and review rule, and its hand-written tables name exactly the categories and levels of the code', async () => {
    const page = await readFile(path.join(root, 'docs/notice-rules.md'), 'utf8');
    for (const rule of rules) expect(page, rule.id).toContain(`| \`${rule.id}\` |`);
    for (const rule of Object.values(reviewRules)) expect(page, rule.id).toContain(`\`${rule.id}\``);
    const tableIds = (heading: string) => {
      const section = page.slice(page.indexOf(heading), page.indexOf('\n## ', page.indexOf(heading) + 1));
      return [...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
    };
    expect(tableIds('## Six categories')).toEqual([...categories]);
    expect(tableIds('## Four notice levels')).toEqual([...noticeLevels]);
  });

  it('renders any shape of rule: every field is a column, nested ones as `a.b`, conditions as their code', () => {
    const table = recordTable([
      { id: 'a', change: { kinds: ['x', 'y'] }, level: 'notify' },
      { id: 'b', change: { kinds: ['z'], when: (c: { after: number }) => c.after > 1 }, level: 'none', since: '2024-01-01' },
    ]);
    expect(table.split('\n')).toEqual([
      '| id | change.kinds | change.when | level | since |',
      '|---|---|---|---|---|',
      '| `a` | `x`, `y` |  | `notify` |  |',
      '| `b` | `z` | `(c) => c.after > 1` | `none` | `2024-01-01` |',
    ]);
  });
});
