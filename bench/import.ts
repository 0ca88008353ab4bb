// `policy import` (issue #15): the seed text into sources, as a whole process (read, split,
// write, then compile and compare every line, as a user runs it), warm in process, and on an
// input at the size limit (bounded whatever it holds).
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importPolicy } from '../src/import/import.ts';
import { inputLimit } from '../src/import/read.ts';
import { seedPath } from '../test/helpers.ts';
import { median, ms, node, root, timeIt, timeProcess, type Row } from './lib.ts';

/** Median wall time of `policy import` processes, each into a folder of its own; undefined when one fails. */
function timeImports(input: string, dir: string, runs: number, expect = 0): { time?: number; status: number | null } {
  const times: number[] = [];
  let status: number | null = null;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(node, ['src/cli/policy.ts', 'import', input, '--out', path.join(dir, `run-${i}-${Math.random().toString(36).slice(2)}`)], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    times.push(performance.now() - start);
    status = result.status;
    if (result.status !== expect) return { status };
  }
  return { time: median(times), status };
}

export async function benchImport(): Promise<Row[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'policy-bench-import-'));
  try {
    const rows: Row[] = [];
    const cold = timeImports(seedPath, dir, 7);
    await importPolicy({ input: seedPath, out: path.join(dir, 'run-check'), cwd: root });
    const check = timeProcess(node, ['src/cli/policy.ts', 'check', '--policy', path.join(dir, 'run-check')], 7);
    rows.push({ name: '`policy import` on the seed text (process, 7 runs)', value: cold.time === undefined ? 'failed' : ms(cold.time), note: `46 KB, 302 lines, 12 SDK rows: read, write, \`policy check\` of the result, every line compared${cold.time !== undefined && check !== undefined ? `; ${(cold.time / check).toFixed(1)}× the cold check below` : ''}` });
    rows.push({ name: 'beside it: cold `policy check` of the imported seed (process, 7 runs)', value: check === undefined ? 'failed' : ms(check) });
    let n = 0;
    const warm = await timeIt(() => importPolicy({ input: seedPath, out: path.join(dir, `warm-${n++}`), cwd: root }), 10, 3);
    rows.push({ name: 'warm in-process import of the seed (10 runs)', value: ms(warm) });
    // The seed repeated to the input limit: far past what sources may hold, so refused after the check, in bounded time.
    const seed = await readFile(seedPath, 'utf8');
    const big = path.join(dir, 'at-limit.txt');
    await writeFile(big, seed.repeat(Math.floor(inputLimit / Buffer.byteLength(seed))));
    const limit = timeImports(big, dir, 3, 1);
    rows.push({ name: `\`policy import\` on ${Math.round(inputLimit / 1024)} KiB of text (the input limit; process, 3 runs)`, value: limit.time === undefined ? `exit ${limit.status}` : ms(limit.time), note: 'refused (exit 1): more than the sources of one policy may hold' });
    return rows;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
