// The package as `npm pack` makes it, installed from the tarball into an empty project: for the
// packed-install test and the cold-start benchmark. The pack runs in a copy of the repository's
// package sources, so the working tree's lib/ is left alone. There the package's code is built as
// `prepare` builds it (scripts/build-lib.ts); its declarations are this repository's lib/types,
// which `npm ci` wrote with tsc (`prepare` = build-lib --types, checked by .ci/run's `npm ci`):
// tsc is the slowest part of `prepare` (some 12 s of CPU) and its output does not depend on where it runs.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { access, cp, mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { root } from '../helpers.ts';

/** Node 22 first, as npm scripts have it; nothing of vitest's or of this repository's own settings. */
export const packageEnv: NodeJS.ProcessEnv = { ...process.env, PATH: `${path.join(root, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1' };
for (const key of Object.keys(packageEnv)) if (/^(VITEST|VITE_|TEST$|NODE_ENV$|POLICY_|npm_)/.test(key)) delete packageEnv[key];

export function run(command: string, args: string[], cwd: string, extra: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env: { ...packageEnv, ...extra }, encoding: 'utf8', timeout: 300_000 });
}

export function ok(result: SpawnSyncReturns<string>): SpawnSyncReturns<string> {
  if (result.status !== 0) throw new Error(`exit ${result.status}\n${result.stdout}\n${result.stderr}`);
  return result;
}

/** What `npm pack` reads: the files that build and make the package (not the policy, the archive or the tests). */
const packageSources = ['package.json', 'package-lock.json', 'README.md', 'tsconfig.json', 'tsconfig.lib.json', 'scripts', 'src', 'site', 'schemas', 'templates', 'docs'];

export interface Installed {
  tarball: string;
  /** The project it is installed in, with its own package.json. */
  project: string;
  /** The installed `policy` command. */
  bin: string;
}

/** Packs the package into `dir` and installs the tarball into `dir`/adopter (npm's cache first). */
export async function packAndInstall(dir: string): Promise<Installed> {
  const copy = path.join(dir, 'source');
  await mkdir(copy);
  for (const name of packageSources) await cp(path.join(root, name), path.join(copy, name), { recursive: true });
  await symlink(path.join(root, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  const types = path.join(root, 'lib/types');
  await access(path.join(types, 'index.d.ts')).catch(() => {
    throw new Error('lib/types/ is missing: run `npm ci` (or `npm run build:lib`), whose prepare writes the declarations');
  });
  ok(run(process.execPath, [path.join(copy, 'scripts/build-lib.ts')], copy));
  await cp(types, path.join(copy, 'lib/types'), { recursive: true });
  const packed = ok(run('npm', ['pack', '--ignore-scripts', '--pack-destination', dir, '--silent'], copy));
  const tarball = path.join(dir, packed.stdout.trim().split('\n').at(-1)!);
  const project = path.join(dir, 'adopter');
  await mkdir(project);
  await writeFile(path.join(project, 'package.json'), JSON.stringify({ name: 'adopter', private: true, type: 'module' }, null, 2) + '\n');
  ok(run('npm', ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], project));
  return { tarball, project, bin: path.join(project, 'node_modules/.bin/policy') };
}
