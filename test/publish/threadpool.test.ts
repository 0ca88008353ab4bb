// The thread pool each process of `policy build` runs with (src/publish/threadpool.ts).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildThreadpoolSize } from '../../src/publish/threadpool.ts';
import { root } from '../helpers.ts';

describe('the build’s thread pool', () => {
  it('is half the cores, at least two, at most libuv’s default of four', () => {
    expect([1, 2, 3, 4, 6, 8, 64].map((cores) => buildThreadpoolSize(cores))).toEqual([2, 2, 2, 2, 3, 4, 4]);
  });

  it('is set by the `policy` command before anything starts the pool, unless the user set one', () => {
    const size = (env: NodeJS.ProcessEnv) => {
      // A module run after the command's first import: what libuv would read.
      const probe = `import '${path.join(root, 'src/cli/threadpool.ts')}'; console.log(process.env.UV_THREADPOOL_SIZE);`;
      const { UV_THREADPOOL_SIZE: _, ...rest } = process.env;
      return spawnSync(process.execPath, ['--input-type=module', '-e', probe], { env: { ...rest, ...env }, encoding: 'utf8' }).stdout.trim();
    };
    expect(size({})).toBe(String(buildThreadpoolSize()));
    expect(size({ UV_THREADPOOL_SIZE: '7' })).toBe('7');
  });
});
