// The archived documents are published by copying the archive's file, and what lands in the site
// is always the bytes that were verified: also when the file changed (or was replaced by a link)
// after the verification read it.
import { execFileSync } from 'node:child_process';
import { readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyVerified } from '../../src/publish/beside.ts';
import { tempDir } from '../helpers.ts';

const verified = Buffer.from('{"title":"蜜饯隐私政策"}\n');

describe('publishing an archived document', () => {
  it('copies the archived file when it still holds the verified bytes', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      await writeFile(path.join(dir, 'policy.json'), verified);
      await copyVerified(path.join(dir, 'policy.json'), path.join(dir, 'out.json'), verified);
      expect(await readFile(path.join(dir, 'out.json'))).toEqual(verified);
    } finally {
      await cleanup();
    }
  });

  it('writes the verified bytes when the file changed since, in content or in size, or is a link now', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const cases: Array<[name: string, make: (file: string) => Promise<void>]> = [
        ['same size, other bytes', (file) => writeFile(file, Buffer.from(verified.toString().replace('蜜饯', '果脯')))],
        ['longer', (file) => writeFile(file, Buffer.concat([verified, Buffer.from(' ')]))],
        ['a link to a file with the same bytes', async (file) => {
          await writeFile(path.join(dir, 'elsewhere.json'), verified);
          await symlink(path.join(dir, 'elsewhere.json'), file);
        }],
      ];
      for (const [n, [name, make]] of cases.entries()) {
        const source = path.join(dir, `source-${n}.json`);
        await make(source);
        const out = path.join(dir, `out-${n}.json`);
        await copyVerified(source, out, verified);
        expect(await readFile(out), name).toEqual(verified);
      }
    } finally {
      await cleanup();
    }
  });

  it('does not open a FIFO put in the archived file\'s place (it would block): the verified bytes are written', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const fifo = path.join(dir, 'policy.json');
      execFileSync('mkfifo', [fifo]);
      await copyVerified(fifo, path.join(dir, 'out.json'), verified);
      expect(await readFile(path.join(dir, 'out.json'))).toEqual(verified);
    } finally {
      await cleanup();
    }
  });
});
