import path from 'node:path';
import { scaffold } from '../../init/scaffold.ts';
import { parse, say, UsageError } from '../args.ts';
import type { Io } from '../io.ts';

export const usage = `policy init [DIR]

Creates a policy repository in DIR (default: the working folder): package.json depending on
policy-press, astro.config.mjs with the site integration, policy/ in the chapter order of
GB/T 35273-2020 附录D with every gap marked 【待填写：…】, .gitignore, an example CI workflow
(.github/workflows/publish.yml) and a README for editors. Never overwrites a file: one that exists
is left as it is and named. \`policy check\` then warns at each placeholder; \`policy release\`
refuses while any remains.`;

export async function init(argv: string[], io: Io): Promise<number> {
  const { positionals } = parse(argv, {}, true);
  if (positionals.length > 1) throw new UsageError('cli-init-one-folder');
  const dir = positionals[0] ?? '.';
  const { created, kept } = await scaffold(dir);
  for (const file of created) io.stdout.write(`${say(io.locale, 'cli-init-created', { file: path.join(dir, file) }).message}\n`);
  for (const file of kept) io.stdout.write(`${say(io.locale, 'cli-init-kept', { file: path.join(dir, file) }).message}\n`);
  const into = dir === '.' ? '' : `cd ${dir} && `;
  io.stdout.write(`${say(io.locale, 'cli-init-done', { created: created.length, kept: kept.length, into }).message}\n`);
  return 0;
}
