// decodeUtf8 (src/util/utf8.ts) is Buffer#toString('utf8'), faster: the same text for every
// archived file, and for texts with invalid or cut-off sequences.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../src/util/utf8.ts';
import { root } from '../helpers.ts';

describe('decodeUtf8', () => {
  it('reads every file of the archive as toString does', async () => {
    const versions = path.join(root, 'versions');
    for (const id of await readdir(versions)) {
      for (const file of await readdir(path.join(versions, id))) {
        const bytes = await readFile(path.join(versions, id, file));
        expect(decodeUtf8(bytes), `${id}/${file}`).toBe(bytes.toString('utf8'));
      }
    }
  });

  it('gives toString\'s text for any bytes: invalid sequences, cut-off characters, encoded surrogates', async () => {
    const document = await readFile(path.join(root, 'versions/2021-10-13/policy.json'));
    fc.assert(
      fc.property(fc.integer({ min: 4096, max: 9000 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }), fc.constantFrom(Buffer.alloc(0), Buffer.from('😀𠀀'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xf0, 0x9f])), (length, changes, tail) => {
        const bytes = Buffer.concat([document.subarray(0, length), tail]);
        for (const [at, value] of changes) bytes[at % bytes.length] = value;
        expect(decodeUtf8(bytes)).toBe(bytes.toString('utf8'));
      }),
      { numRuns: 300 },
    );
  });
});
