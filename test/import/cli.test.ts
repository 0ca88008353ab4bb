// `policy import` as users run it: the summary, the warnings at places of the input, the exit
// codes, and every message of the import from its one catalogue, each with a rule id.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importRules, say } from '../../src/import/messages.ts';
import { root, seedPath, tempDir } from '../helpers.ts';
import { runPolicy } from '../workspace.ts';

describe('policy import (the command)', async () => {
  const { dir, cleanup } = await tempDir('policy-import-cli-');
  afterAll(cleanup);

  it('imports the seed, prints what it read, and passes check', async () => {
    const run = await runPolicy(['import', seedPath, '--out', 'imported'], dir);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('into imported/');
    expect(run.stdout).toContain('title 蜜饯隐私政策, updated 2021-10-13, effective 2021-10-13');
    expect(run.stdout).toContain('12 SDKs, 8 recipients');
    expect(run.stdout).toContain('302 of 302 lines of the input are in the compiled text');
    expect(run.stderr).toMatch(/000_b4bf405e1e31b9de\.txt:\d+:1: warning: Read 12 SDK rows .* \[import-sdk-table\]\n {2}hint: /);
    const check = await runPolicy(['check', '--policy', 'imported'], dir);
    expect(check.status, check.stderr).toBe(0);
  });

  it('refuses to write into that folder again (exit 1, with the rule and a hint)', async () => {
    const run = await runPolicy(['import', seedPath, '--out', 'imported'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('policy import: error: imported already exists and is not empty');
    expect(run.stderr).toContain('[import-out-not-empty]');
    expect(run.stderr).toContain('hint: Give a new folder with --out');
  });

  it('reports bad input at its place and exits 1; a bad command line exits 2', async () => {
    const missing = await runPolicy(['import', 'nothing.txt', '--out', 'x'], dir);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('nothing.txt:1:1: error: The file does not exist [import-missing-input]');
    expect((await runPolicy(['import'], dir)).status).toBe(2);
    expect((await runPolicy(['import', seedPath, '--format', 'docx'], dir)).status).toBe(2);
    expect((await runPolicy(['import', seedPath, '--updated', '2024-02-30'], dir)).status).toBe(2);
    expect((await runPolicy(['import', '--help'], dir)).stdout).toContain('policy import FILE [--out DIR]');
  });
});

describe('the messages of policy import', () => {
  const sources = readdirSync(path.join(root, 'src/import')).map((f) => readFileSync(path.join(root, 'src/import', f), 'utf8')).join('\n') + readFileSync(path.join(root, 'src/cli/commands/import.ts'), 'utf8');

  it('come from the catalogue: every rule id the code names is in it, and every one in it is used', () => {
    const named = new Set([...sources.matchAll(/'(import-[a-z-]+)'/g)].map((m) => m[1]!));
    const catalogue = new Set(importRules);
    expect([...named].filter((rule) => !catalogue.has(rule as never))).toEqual([]);
    // Each is used outside the catalogue's own definition.
    const code = sources.replace(/const catalogue = \{[\s\S]*?\n\} satisfies/, '');
    expect(importRules.filter((rule) => !code.includes(`'${rule}'`))).toEqual([]);
  });

  it('each gives a message, and each refusal or warning a hint', () => {
    for (const rule of importRules) {
      const text = say(rule, new Proxy({}, { get: () => 'x' }) as never);
      expect(text.message, rule).toMatch(/\S/);
      if (!rule.startsWith('import-summary-')) expect(text.hint, rule).toMatch(/\S/);
    }
  });
});
