#!/usr/bin/env node
// The `policy` command: one file per subcommand under ./commands.
import { UsageError } from './args.ts';
import { formatRefusal, ReleaseError } from '../release/errors.ts';
import * as checkCommand from './commands/check.ts';
import * as compileCommand from './commands/compile.ts';
import * as releaseCommand from './commands/release.ts';
import * as verifyCommand from './commands/verify.ts';
import * as diffCommand from './commands/diff.ts';
import * as reviewCommand from './commands/review.ts';
import * as keygenCommand from './commands/keygen.ts';
import * as buildCommand from './commands/build.ts';

interface Command {
  usage: string;
  run(argv: string[]): Promise<number>;
}

const commands: Record<string, Command> = {
  check: { usage: checkCommand.usage, run: checkCommand.check },
  compile: { usage: compileCommand.usage, run: compileCommand.compile },
  release: { usage: releaseCommand.usage, run: releaseCommand.release },
  verify: { usage: verifyCommand.usage, run: verifyCommand.verify },
  diff: { usage: diffCommand.usage, run: diffCommand.diff },
  review: { usage: reviewCommand.usage, run: reviewCommand.review },
  keygen: { usage: keygenCommand.usage, run: keygenCommand.keygen },
  build: { usage: buildCommand.usage, run: buildCommand.build },
};

function help(): string {
  return `policy <command> [options]\n\nCommands:\n${Object.values(commands).map((c) => '  ' + c.usage.split('\n')[0]).join('\n')}\n\nRun \`policy <command> --help\` for a command's options.\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`policy: unknown command \`${name}\`\n\n${help()}`);
    return 2;
  }
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
