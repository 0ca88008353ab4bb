// The commands of `policy`: one file per subcommand under ./commands, each exporting `usage` and a
// function named after the command. Loaded on demand, so `policy check` loads only what it runs.

import type { Io } from './io.ts';

export type { Io };

export interface Command {
  usage: string;
  run(argv: string[], io: Io): Promise<number>;
}

const commands: Record<string, () => Promise<Record<string, unknown>>> = {
  init: () => import('./commands/init.ts'),
  check: () => import('./commands/check.ts'),
  compile: () => import('./commands/compile.ts'),
  release: () => import('./commands/release.ts'),
  verify: () => import('./commands/verify.ts'),
  diff: () => import('./commands/diff.ts'),
  review: () => import('./commands/review.ts'),
  keygen: () => import('./commands/keygen.ts'),
  build: () => import('./commands/build.ts'),
  import: () => import('./commands/import.ts'),
};

export const commandNames: readonly string[] = Object.keys(commands);

export async function loadCommand(name: string): Promise<Command> {
  const module = await commands[name]!();
  return { usage: module.usage as string, run: module[name] as Command['run'] };
}
