// `policy init [DIR]`: a new policy repository from the package's templates/init/ — package.json
// depending on policy-press, astro.config.mjs with the integration, a policy/ in the chapter order
// of GB/T 35273-2020 附录D with marked placeholders (src/validate/placeholders.ts), .gitignore,
// the example CI workflow (docs/ci/publish.yml) and a README for editors. It never overwrites a
// file: each one is created exclusively, and one that exists is left as it is and named.
import { lstat, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { refusal } from '../report/refusal.ts';
import { packageRoot } from '../util/package-root.ts';
import { makeFolder } from '../util/atomic.ts';

export interface ScaffoldResult {
  /** Files written, relative to the folder, `/`-separated, in order. */
  created: string[];
  /** Files that existed already, left untouched. */
  kept: string[];
}

/** Template names that npm would not ship as they are, and the names they are written as. */
const renamed: Record<string, string> = { gitignore: '.gitignore' };

export async function scaffold(dir: string, options: { today?: string } = {}): Promise<ScaffoldResult> {
  const target = path.resolve(dir);
  const stats = await lstat(target).catch(() => undefined);
  if (stats && !stats.isDirectory()) throw refusal('init-not-a-folder', { dir });
  const own = JSON.parse(await readFile(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string; peerDependencies?: Record<string, string> };
  const values: Record<string, string> = {
    today: options.today ?? new Date().toISOString().slice(0, 10),
    version: own.version,
    astro: own.peerDependencies?.astro ?? '*',
    name: packageName(path.basename(target)),
  };
  const files = await templateFiles(path.join(packageRoot, 'templates/init'));
  files.push({ from: path.join(packageRoot, 'docs/ci/publish.yml'), to: '.github/workflows/publish.yml' });
  const result: ScaffoldResult = { created: [], kept: [] };
  for (const file of files) {
    const text = fill(await readFile(file.from, 'utf8'), values, file.to);
    const at = path.join(target, ...file.to.split('/'));
    await makeFolder(path.dirname(at));
    const written = await writeFile(at, text, { flag: 'wx' }).then(() => true, (cause: NodeJS.ErrnoException) => {
      if (cause.code === 'EEXIST') return false;
      throw cause;
    });
    (written ? result.created : result.kept).push(file.to);
  }
  return result;
}

async function templateFiles(dir: string): Promise<Array<{ from: string; to: string }>> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  return names
    .map((entry) => {
      const relative = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep);
      relative[relative.length - 1] = renamed[entry.name] ?? entry.name;
      return { from: path.join(entry.parentPath, entry.name), to: relative.join('/') };
    })
    .sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
}

/** The template's `{{name}}`s filled in; the CI workflow runs on the Node the package needs. */
function fill(text: string, values: Record<string, string>, file: string): string {
  const filled = text.replace(/\{\{(\w+)\}\}/g, (all, key: string) => values[key] ?? all);
  if (file !== '.github/workflows/publish.yml') return filled;
  return filled
    .replace(/^# An example CI workflow[^\n]*\n#[^\n]*\n#[^\n]*\n/m, '# The CI workflow of this policy repository: fill in the deploy step for your host.\n')
    .replace(/node-version: 20\b/g, 'node-version: 22');
}

/** A valid npm package name from a folder name. */
function packageName(folder: string): string {
  const name = folder.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[-._]+|[-._]+$/g, '');
  return name ? `${name}`.slice(0, 200) : 'privacy-policy';
}
