// Cold start (issue #15): the package as `npm pack` makes it, installed into an empty project, and
// its `policy check` and `policy compile` on the 蜜饯 policy as whole processes (Node's compile cache
// on, as the installed bin sets it, after one run that fills it; and with the cache disabled),
// beside `node -e 0` and pandoc on the seed; and the repository's TypeScript sources run directly.
import { mkdtemp, rm } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { packAndInstall, packageEnv } from '../test/package/packed.ts';
import { seedPath } from '../test/helpers.ts';
import { ms, node, root, timeProcess, type Row } from './lib.ts';

const runs = 11;

export async function benchCold(): Promise<Row[]> {
  const rows: Row[] = [];
  const work = await mkdtemp(path.join(tmpdir(), 'policy-bench-cold-'));
  try {
    const started = performance.now();
    const { bin, project } = await packAndInstall(work);
    rows.push({ name: 'npm pack + npm install of the tarball into an empty project (setup)', value: `${((performance.now() - started) / 1000).toFixed(1)} s` });
    const policy = path.join(root, 'policy');
    const out = path.join(work, 'policy.json');
    const cache = path.join(work, 'compile-cache');
    const cached = { ...packageEnv, NODE_COMPILE_CACHE: cache };
    const uncached = { ...packageEnv, NODE_DISABLE_COMPILE_CACHE: '1' };
    const time = (args: string[], env: NodeJS.ProcessEnv) => {
      spawnSync(bin, args, { cwd: project, env, stdio: 'ignore' }); // fills the compile cache
      return timeProcess(bin, args, runs, { cwd: project, env });
    };
    const bare = timeProcess(node, ['-e', '0'], runs);
    const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;
    const pandoc = hasPandoc ? timeProcess('pandoc', ['-f', 'gfm', '-t', 'html', seedPath, '-o', '/dev/null'], runs) : undefined;
    const versus = (value: number | undefined) =>
      value === undefined ? 'failed' : `${bare ? `${(value / bare).toFixed(1)}× node -e 0` : ''}${pandoc ? `, ${(value / pandoc).toFixed(1)}× pandoc` : ', pandoc not installed (apt-get install pandoc): no pandoc ratio'}`;
    for (const [name, args] of [['check', ['check', '--policy', policy]], ['compile', ['compile', '--policy', policy, '--out', out]]] as const) {
      const warm = time([...args], cached);
      const cold = time([...args], uncached);
      rows.push({ name: `installed \`policy ${name}\` on the 蜜饯 policy (process, compile cache filled, ${runs} runs)`, value: warm === undefined ? 'failed' : ms(warm), target: '≤ 150 ms', note: versus(warm) });
      rows.push({ name: `installed \`policy ${name}\`, compile cache disabled`, value: cold === undefined ? 'failed' : ms(cold), note: versus(cold) });
    }
    const source = timeProcess(node, [path.join(root, 'src/cli/policy.ts'), 'check', '--policy', policy], runs);
    rows.push({ name: '`node src/cli/policy.ts check` in this repository (TypeScript run directly, no bundle)', value: source === undefined ? 'failed' : ms(source) });
    rows.push({ name: 'floor: `node -e 0`', value: bare === undefined ? 'failed' : ms(bare) });
    rows.push({ name: 'baseline: `pandoc -f gfm -t html` on the seed', value: pandoc === undefined ? 'not installed' : ms(pandoc) });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return rows;
}
