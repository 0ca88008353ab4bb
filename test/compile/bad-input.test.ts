// One fixture folder per bad-input scenario: test/fixtures/compile/cases/<case>/ holds the files
// that differ from the minimal valid policy (test/fixtures/compile/minimal/), an optional
// fixture.json ({"remove": [...]}) and expected.txt, the exact report `policy check` prints.
// Regenerate expected.txt on purpose with UPDATE_FIXTURES=1, then read the diff like any code.
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compilePolicy } from '../../src/compile/compile.ts';
import { formatReport } from '../../src/report/format.ts';
import { hasErrors } from '../../src/report/messages.ts';
import { root, tempDir } from '../helpers.ts';

const fixtures = path.join(root, 'test/fixtures/compile');
const cases = (await readdir(path.join(fixtures, 'cases'))).sort();
const { dir: work, cleanup } = await tempDir();
afterAll(cleanup);

/** The minimal policy with the case's files laid over it, in a temporary folder. */
export async function materialize(name: string): Promise<string> {
  const dir = path.join(work, name);
  await cp(path.join(fixtures, 'minimal'), dir, { recursive: true });
  const caseDir = path.join(fixtures, 'cases', name);
  await cp(caseDir, dir, { recursive: true, filter: (src) => !/(expected\.txt|fixture\.json)$/.test(src) });
  const spec = await readFile(path.join(caseDir, 'fixture.json'), 'utf8').then(JSON.parse, () => ({}));
  for (const file of (spec.remove ?? []) as string[]) await rm(path.join(dir, file));
  return dir;
}

describe('bad input is reported with its place, all at once', () => {
  it('the minimal policy itself is valid', async () => {
    const { files, document } = await compilePolicy({ policyDir: 'policy', cwd: path.join(fixtures, 'minimal') });
    expect(formatReport(files)).toBe('0 errors, 0 warnings\n');
    expect(document).toBeDefined();
  });

  it.each(cases)('%s', async (name) => {
    const dir = await materialize(name);
    const { files, document } = await compilePolicy({ policyDir: 'policy', cwd: dir });
    const report = formatReport(files);
    const expectedFile = path.join(fixtures, 'cases', name, 'expected.txt');
    if (process.env.UPDATE_FIXTURES) await writeFile(expectedFile, report);
    expect(report).toBe(await readFile(expectedFile, 'utf8'));
    // A case with errors yields no document; a warning-only case still compiles.
    expect(document === undefined).toBe(hasErrors(files));
    // `policy check` does not assemble the document: the same report without it.
    const checked = await compilePolicy({ policyDir: 'policy', cwd: dir, document: false });
    expect(formatReport(checked.files)).toBe(report);
    expect(checked.document).toBeUndefined();
  });
});
