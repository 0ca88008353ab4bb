// Control, bidirectional and invisible characters: refused in sources and command-line inputs,
// and never echoed raw by a message.
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compilePolicy } from '../../src/compile/compile.ts';
import { formatReport } from '../../src/report/format.ts';
import { findForbidden, forbiddenCharacter, showText } from '../../src/util/characters.ts';
import { root, tempDir } from '../helpers.ts';
import { released, runPolicy, workspace } from '../workspace.ts';

const { dir: work, cleanup } = await tempDir();
afterAll(cleanup);

/** Anything a terminal or a bidi renderer would act on. */
const raw = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

describe('forbidden characters', () => {
  it('the name table and the scanner agree on every code point of the BMP and the tag block', () => {
    const disagree: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      if ((findForbidden(String.fromCodePoint(code)).length === 1) !== (forbiddenCharacter(code) !== undefined)) disagree.push(code);
    }
    for (let code = 0xe0000; code <= 0xe0080; code++) {
      if ((findForbidden(String.fromCodePoint(code)).length === 1) !== (forbiddenCharacter(code) !== undefined)) disagree.push(code);
    }
    expect(disagree).toEqual([]);
    expect(forbiddenCharacter('\t'.charCodeAt(0))).toBeUndefined();
    expect(forbiddenCharacter('\n'.charCodeAt(0))).toBeUndefined();
    expect(forbiddenCharacter(0x3000)).toBeUndefined(); // the ideographic space of Chinese text
  });

  it('shows them escaped, keeping line breaks and tabs', () => {
    expect(showText('a\x1b[31mb\u202ec\n\td')).toBe('a<U+001B>[31mb<U+202E>c\n\td');
  });

  it('Windows line endings are accepted; a lone carriage return is not', async () => {
    const dir = path.join(work, 'crlf');
    await cp(path.join(root, 'test/fixtures/compile/minimal'), dir, { recursive: true });
    const chapter = path.join(dir, 'policy/chapters/collection.md');
    await writeFile(chapter, (await readFile(chapter, 'utf8')).replace(/\n/g, '\r\n'));
    expect(formatReport((await compilePolicy({ policyDir: 'policy', cwd: dir })).files)).toBe('0 errors, 0 warnings\n');
    await writeFile(chapter, (await readFile(chapter, 'utf8')).replace('\r\n### （二）', '\r### （二）'));
    expect(formatReport((await compilePolicy({ policyDir: 'policy', cwd: dir })).files)).toContain('U+000D CARRIAGE RETURN is not allowed [forbidden-character]');
  });

  it('`policy check` echoes no raw control byte, even of an id that holds one', async () => {
    const dir = path.join(work, 'echo');
    await cp(path.join(root, 'test/fixtures/compile/minimal'), dir, { recursive: true });
    await cp(path.join(root, 'test/fixtures/compile/cases/forbidden-characters'), dir, { recursive: true });
    const chapter = path.join(dir, 'policy/chapters/collection.md');
    await writeFile(chapter, (await readFile(chapter, 'utf8')).replace(':item{#id-number}', ':item{#id\x1b[2J\u202enumber}'));
    const result = await runPolicy(['check'], dir);
    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(raw);
    expect(result.stdout).not.toMatch(raw);
    expect(result.stderr).toContain('<U+001B>[2J<U+202E>');
  });
});

describe('command-line inputs', () => {
  it('`policy release` refuses a note, a reason or a decision holding one, naming it, and writes nothing', async () => {
    const ws = await workspace(path.join(work, 'release'));
    for (const args of [['--note', '首次发布\x1b[2J'], ['--note', '首次发布', '--level', 'notify', '--reason', '说明\u202e反向']]) {
      const result = await runPolicy(['release', '--id', '2021-10-13', ...args, '--versions', ws.versionsDir, '--policy', ws.policyDir], ws.dir);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/holds U\+(001B ESCAPE|202E RIGHT-TO-LEFT OVERRIDE) at character \d+/);
      expect(result.stderr).not.toMatch(raw);
    }
    await released(ws, '2021-10-13');
    const decide = await runPolicy(['release', '--id', '2021-10-14', '--note', '修订', '--decide', 'chapter/sharing=notify:扩大\u200b范围', '--versions', ws.versionsDir, '--policy', ws.policyDir], ws.dir);
    expect(decide.status).toBe(1);
    expect(decide.stderr).toContain('holds U+200B ZERO WIDTH SPACE at character 3');
    expect((await runPolicy(['verify', '--versions', ws.versionsDir], ws.dir)).stdout).toContain('1 release verified');
  });
});
