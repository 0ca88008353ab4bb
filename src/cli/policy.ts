#!/usr/bin/env node
// The `policy` command: one file per subcommand under ./commands, each exporting `usage` and a
// function named after the command. Loaded on demand, so `policy check` loads only what it runs.
import { UsageError } from './args.ts';
import { formatRefusal, ReleaseError } from '../release/errors.ts';

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
    // A bug, not bad input: say so plainly, with the stack for the report.
    process.stderr.write(`policy ${name}: internal error (this is a bug in PolicyPress, please report it)\n${(cause as Error).stack ?? String(cause)}\n`);
    return 70;
  }
}

process.exitCode = await main(process.argv.slice(2));
