#!/usr/bin/env node
// The `policy` command: one file per subcommand under ./commands, each exporting `usage` and a
// function named after the command. Loaded on demand, so `policy check` loads only what it runs.
import { UsageError } from './args.ts';
import { formatRefusal, ReleaseError } from '../release/errors.ts';
import { showText } from '../util/characters.ts';
import { unreadableReason } from '../util/regular-file.ts';

const fileSystemCodes = new Set(['ENOENT', 'ENOTDIR', 'EISDIR', 'ELOOP', 'EACCES', 'EPERM', 'ENAMETOOLONG', 'EMFILE', 'ENFILE', 'EROFS', 'ENOSPC', 'EEXIST', 'ENOTEMPTY', 'EBUSY']);

/** An error of the file system about a path, as a refusal with a hint; undefined for anything else. */
function fileSystemError(cause: unknown): string | undefined {
  const error = cause as NodeJS.ErrnoException | undefined;
  if (!error?.code || !fileSystemCodes.has(error.code) || typeof error.path !== 'string') return undefined;
  const what = error.code === 'ENOENT' ? { reason: 'it does not exist', hint: 'Check the path (and the options that name folders: --versions, --policy, --out).' }
    : error.code === 'EISDIR' ? { reason: 'it is a folder, not a file', hint: 'Name the file, not its folder.' }
    : error.code === 'ELOOP' ? { reason: 'it is a loop of symbolic links', hint: 'Replace the link with the folder or file itself.' }
    : error.code === 'ENOSPC' ? { reason: 'the disk is full', hint: 'Free some space, then run again.' }
    : error.code === 'EROFS' ? { reason: 'the file system is read-only', hint: 'Run it where it can write.' }
    : unreadableReason(error.code);
  return `error: cannot ${error.syscall ?? 'use'} ${error.path}: ${what.reason}\n  hint: ${what.hint}\n`;
}

interface Command {
  usage: string;
  run(argv: string[]): Promise<number>;
}

const commands: Record<string, () => Promise<Record<string, unknown>>> = {
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

async function load(name: string): Promise<Command> {
  const module = await commands[name]!();
  return { usage: module.usage as string, run: module[name] as Command['run'] };
}

async function help(): Promise<string> {
  const lines = await Promise.all(Object.keys(commands).map(async (name) => '  ' + (await load(name)).usage.split('\n')[0]));
  return `policy <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun \`policy <command> --help\` for a command's options.\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(await help());
    return name ? 0 : 2;
  }
  if (!Object.hasOwn(commands, name)) {
    process.stderr.write(`policy: unknown command \`${name}\`\n\n${await help()}`);
    return 2;
  }
  const command = await load(name);
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(command.usage + '\n');
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (cause) {
    if (cause instanceof UsageError) {
      process.stderr.write(`policy ${name}: ${cause.message}\n\n${command.usage}\n`);
      return 2;
    }
    if (cause instanceof ReleaseError) {
      // An expected refusal (bad input, a tampered archive): what is wrong, then how to fix it.
      process.stderr.write(`policy ${name}: ${formatRefusal(cause)}`);
      return 1;
    }
    const fsError = fileSystemError(cause);
    if (fsError) {
      // The file system refused something (a folder that is a file, a loop, no permission): bad input, not a bug.
      process.stderr.write(`policy ${name}: ${showText(fsError)}`);
      return 1;
    }
    // A bug, not bad input: say so plainly, with the stack for the report.
    process.stderr.write(`policy ${name}: internal error (this is a bug in PolicyPress, please report it)\n${showText((cause as Error).stack ?? String(cause))}\n`);
    return 70;
  }
}

process.exitCode = await main(process.argv.slice(2));
