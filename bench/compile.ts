// Compile speed: cold `policy compile` (whole process) beside pandoc on the seed, and the warm
// in-process compile with sources unchanged, with one chapter and with every chapter edited between runs.
import { appendFile, cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { compilePolicy } from '../src/compile/compile.ts';
import { ms, node, root, timeIt, timeProcess, type Row } from './lib.ts';
import { seedPath } from '../test/helpers.ts';

export async function benchCompile(): Promise<Row[]> {
  const rows: Row[] = [];
  const out = path.join(tmpdir(), `policy-bench-${process.pid}.json`);
  const cold = timeProcess(node, ['src/cli/policy.ts', 'compile', '--out', out], 7);
  const bare = timeProcess(node, ['-e', '0'], 7);
  const seed = seedPath;
  const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;
  const pandoc = hasPandoc ? timeProcess('pandoc', ['-f', 'gfm', '-t', 'html', seed, '-o', '/dev/null'], 7) : undefined;
  rows.push({
    name: 'cold `policy compile` (process, 7 runs)',
    value: cold === undefined ? 'failed' : ms(cold),
    target: '≤ 150 ms',
    note: pandoc !== undefined ? `${(cold! / pandoc).toFixed(1)}× pandoc` : 'pandoc not installed: no baseline ratio (apt-get install pandoc)',
  });
  rows.push({ name: 'baseline: `pandoc -f gfm -t html` on the seed', value: pandoc === undefined ? 'n/a' : ms(pandoc) });
  rows.push({ name: 'floor: `node -e 0`', value: bare === undefined ? 'failed' : ms(bare) });

  const warm = await timeIt(() => compilePolicy({ policyDir: 'policy', cwd: root }), 20, 5);
  rows.push({ name: 'warm in-process compile, sources unchanged (20 runs)', value: ms(warm), target: '≤ 30 ms' });

  const dir = await mkdtemp(path.join(tmpdir(), 'policy-bench-'));
  try {
    await cp(path.join(root, 'policy'), path.join(dir, 'policy'), { recursive: true });
    const chapter = path.join(dir, 'policy/chapters/collection.md');
    let n = 0;
    const edited = await timeIt(async () => {
      await appendFile(chapter, `\n编辑${n++}。\n`);
      return compilePolicy({ policyDir: 'policy', cwd: dir });
    }, 20, 5);
    rows.push({ name: 'warm in-process compile, one chapter edited each run', value: ms(edited), note: 'the live-preview case: only the edited section is reparsed' });
    // Every chapter edited: no Markdown parse is reused, the YAML (unchanged) is.
    const chapters = (await readdir(path.join(dir, 'policy/chapters'))).filter((name) => name.endsWith('.md')).map((name) => path.join(dir, 'policy/chapters', name));
    const all = await timeIt(async () => {
      n++;
      await Promise.all(chapters.map((file) => appendFile(file, `\n编辑${n}。\n`)));
      return compilePolicy({ policyDir: 'policy', cwd: dir });
    }, 20, 5);
    rows.push({ name: `warm in-process compile, every chapter (${chapters.length}) edited each run`, value: ms(all), target: '≤ 30 ms', note: 'each chapter\'s edited (last) section is reparsed, its other sections and the YAML reused' });
  } finally {
    await rm(dir, { recursive: true, force: true });
    await rm(out, { force: true });
  }
  return rows;
}
