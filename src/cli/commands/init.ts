import path from 'node:path';
import { scaffold } from '../../init/scaffold.ts';
import { parse, say, UsageError } from '../args.ts';
import type { Io } from '../io.ts';

export const usage = say('en', 'cli-usage-init').message;

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
