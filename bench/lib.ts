import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
/** Node 22 from node_modules, as npm scripts use it. */
export const node = process.execPath;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median wall time in ms of `runs` runs of a function, after `warmup` unmeasured ones. */
export async function timeIt(fn: () => unknown, runs: number, warmup = 3): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Median wall time in ms of a whole process, run `runs` times; undefined when it cannot run. */
export function timeProcess(command: string, args: string[], runs: number, options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): number | undefined {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(command, args, { cwd: options.cwd ?? root, env: options.env ?? process.env, stdio: ['ignore', 'ignore', 'pipe'] });
    const elapsed = performance.now() - start;
    if (result.error || result.status !== 0) return undefined;
    times.push(elapsed);
  }
  return median(times);
}

export interface Row {
  name: string;
  value: string;
  target?: string;
  note?: string;
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;

export function printRows(title: string, rows: Row[]): void {
  console.log(`\n## ${title}\n`);
  console.log('| measure | median | target | note |\n|---|---|---|---|');
  for (const row of rows) console.log(`| ${row.name} | ${row.value} | ${row.target ?? ''} | ${row.note ?? ''} |`);
}
