import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDecideOption, readDecisionsFile } from '../../src/release/decisions.ts';
import { ReleaseError } from '../../src/release/errors.ts';
import { tempDir } from '../helpers.ts';

describe("an editor's decisions", () => {
  it('--decide <review-id>=<level>:<reason>, the reason may hold colons', () => {
    expect(parseDecideOption('chapter/sharing=notify:措辞调整：范围不变')).toEqual(['chapter/sharing', { level: 'notify', reason: '措辞调整：范围不变' }]);
  });

  it('a mistyped level gets a suggestion', () => {
    const error = (() => {
      try {
        parseDecideOption('chapter/sharing=notfy:x');
      } catch (cause) {
        return cause as ReleaseError;
      }
    })();
    expect(error).toBeInstanceOf(ReleaseError);
    expect(error!.message).toBe('--decide chapter/sharing: `notfy` is not a notice level');
    expect(error!.hint).toBe('Did you mean `notify`? Levels: none|notify|reconsent|separate-consent.');
  });

  it('a decisions file maps review ids to {level, reason}', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const file = path.join(dir, 'decisions.yaml');
      await writeFile(file, 'chapter/sharing:\n  level: separate-consent\n  reason: 扩大了转让范围\npurpose/display/scenario: {level: none, reason: 同义改写}\n');
      expect(await readDecisionsFile(file)).toEqual([
        ['chapter/sharing', { level: 'separate-consent', reason: '扩大了转让范围' }],
        ['purpose/display/scenario', { level: 'none', reason: '同义改写' }],
      ]);
      await writeFile(file, 'chapter/sharing: {level: none}\n');
      await expect(readDecisionsFile(file)).rejects.toThrow('`chapter/sharing` needs a `level` and a non-empty `reason`');
    } finally {
      await cleanup();
    }
  });
});
