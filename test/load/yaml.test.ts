// One YAML reading (src/load/yaml.ts): the data the compiler checks and the positions its messages
// point at come from one parse, with YAML 1.2 core schema semantics.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { VFile } from 'vfile';
import { afterAll, describe, expect, it } from 'vitest';
import { compilePolicy } from '../../src/compile/compile.ts';
import { locate, parseYaml } from '../../src/load/yaml.ts';
import { formatMessage } from '../../src/report/format.ts';
import { copyRealPolicy, tempDir } from '../helpers.ts';

const read = (text: string) => parseYaml(new VFile({ path: 'x.yaml', value: text }), text);

describe('YAML 1.2 core schema', () => {
  it.each([
    ['15', 15],
    ['1_5', '1_5'],
    ['0b101', '0b101'],
    ['0o17', 15],
    ['0x1F', 31],
    ['017', 17],
    ['1e3', 1000],
    ['.5', 0.5],
    ['+12', 12],
    ['yes', 'yes'],
    ['on', 'on'],
    ['true', true],
    ['False', false],
    ['~', null],
    ['null', null],
    ['2021-10-13', '2021-10-13'],
    ['12:30', '12:30'],
    ['"15"', '15'],
  ])('reads `value: %s` as %j', (scalar, value) => {
    const source = read(`value: ${scalar}\n`);
    expect(source.file.messages.map((m) => m.reason)).toEqual([]);
    expect(source.data).toEqual({ value });
  });

  it('refuses a YAML tag, at its place', () => {
    const source = read('value: !!binary aGk=\n');
    expect(source.data).toBeUndefined();
    expect(source.file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual(['1:8 yaml-syntax']);
  });

  it('the data and the place of every scalar come from the same parse', () => {
    const plain = fc.stringMatching(/^[a-z0-9_.+-][a-z0-9_.:+ -]{0,12}$/).filter((s) => !s.endsWith(' ') && !s.includes(': ') && !s.includes(' #'));
    fc.assert(
      fc.property(fc.array(plain, { minLength: 1, maxLength: 6 }), (scalars) => {
        const text = scalars.map((scalar, i) => `k${i}: ${scalar}\n`).join('');
        const source = read(text);
        if (source.data === undefined) return;
        scalars.forEach((_, i) => {
          const place = locate(source, [`k${i}`]);
          const written = text.slice(place.start.offset, place.end.offset);
          // The text at the value's place, read alone, is the value the data holds.
          expect(read(`v: ${written}\n`).data, written).toEqual({ v: (source.data as Record<string, unknown>)[`k${i}`] });
        });
      }),
      { numRuns: 200, seed: 1013 },
    );
  });
});

describe('in a policy', () => {
  const work = tempDir();
  afterAll(async () => (await work).cleanup());

  it('`responseDays: 1_5` is text, so the schema refuses it at its place, and the value the prose would show is never 15', async () => {
    const { dir } = await work;
    const policy = await copyRealPolicy(dir);
    const file = path.join(policy, 'policy.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^responseDays: 15$/m, 'responseDays: 1_5'));
    const { files, document } = await compilePolicy({ policyDir: 'policy', cwd: dir });
    expect(document).toBeUndefined();
    const messages = files.flatMap((f) => f.messages).map(formatMessage);
    expect(messages.filter((m) => m.includes('responseDays'))).toEqual([expect.stringMatching(/^policy\/policy\.yaml:23:15: error: .*`responseDays`.* \[schema-type\]/)]);
  });
});
