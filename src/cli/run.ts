// The `policy` command as a function: `run(argv, io)` runs one command with its own working
// folder, environment and output streams, and returns the exit code. The bin (./policy.ts) wraps
// it for a process; tests call it in-process. The one place where a failure becomes an exit code:
// a usage error 2, a refusal (an expected failure: bad input, a tampered archive, no browser, a
// file system that refuses) 1 with its reason and hint, anything else is a bug: 70.
import path from 'node:path';
import { UsageError, usageText } from './args.ts';
import { takeLocale } from './locale.ts';
import { isRuleId, say, sayKept, type Locale } from '../report/catalogue/index.ts';
import { formatRefusal, Refusal } from '../report/refusal.ts';
import { showText } from '../util/characters.ts';
import { fileSystemRefusal } from '../report/file-system.ts';
import { commandNames, loadCommand, type Io } from './commands.ts';

export type { Io };

async function help(locale: Locale): Promise<string> {
  const lines = await Promise.all(commandNames.map(async (name) => '  ' + (await loadCommand(name)).usage.split('\n')[0]));
  return `${say(locale, 'cli-help', { commands: lines.join('\n') }).message}\n`;
}

/** A command's usage in `locale` (`cli-usage-<name>`), or as the command states it. */
function usageIn(name: string, usage: string, locale: Locale): string {
  const rule = `cli-usage-${name}`;
  return isRuleId(rule) ? sayKept(locale, rule, undefined).message : usage;
}

/** What `run` is given; each part defaults to the process's own. */
export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  stdout?: Io['stdout'];
  stderr?: Io['stderr'];
}

/** Runs only one command at a time in a process: a command resolves paths against the working folder. */
let queue: Promise<unknown> = Promise.resolve();

/** Runs `policy <argv>` and returns its exit code. */
export function run(argv: readonly string[], options: RunOptions = {}): Promise<number> {
  const next = queue.then(() => runOne([...argv], options));
  queue = next.catch(() => undefined);
  return next;
}

async function runOne(all: string[], options: RunOptions): Promise<number> {
  const env = options.env ?? process.env;
  const { locale, argv, error: badLocale } = takeLocale(all, env);
  const io: Io = {
    cwd: path.resolve(options.cwd ?? process.cwd()),
    env,
    stdout: options.stdout ?? process.stdout,
    stderr: options.stderr ?? process.stderr,
    locale,
  };
  const [name, ...rest] = argv;
  if (badLocale !== undefined) {
    io.stderr.write(`policy${name ? ` ${name}` : ''}: ${say(locale, 'cli-bad-lang', { value: badLocale }).message}\n`);
    return 2;
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(await help(locale));
    return name ? 0 : 2;
  }
  if (!commandNames.includes(name)) {
    io.stderr.write(`policy: ${say(locale, 'cli-unknown-command', { name }).message}\n\n${await help(locale)}`);
    return 2;
  }
  const command = await loadCommand(name);
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(usageIn(name, command.usage, locale) + '\n');
    return 0;
  }
  // Paths are relative to the working folder: the command runs in it, and the process's is restored after.
  const before = process.cwd();
  if (io.cwd !== before) process.chdir(io.cwd);
  try {
    return await command.run(rest, io);
  } catch (cause) {
    if (cause instanceof UsageError) {
      io.stderr.write(`policy ${name}: ${usageText(cause, locale)}\n\n${usageIn(name, command.usage, locale)}\n`);
      return 2;
    }
    const refusal = cause instanceof Refusal ? cause : fileSystemRefusal(cause);
    if (refusal) {
      io.stderr.write(`policy ${name}: ${formatRefusal(refusal, locale)}`);
      return 1;
    }
    // A bug, not bad input: say so plainly, with the stack for the report.
    io.stderr.write(`policy ${name}: ${say(locale, 'cli-internal-error').message}\n${showText((cause as Error).stack ?? String(cause))}\n`);
    return 70;
  } finally {
    if (process.cwd() !== before) process.chdir(before);
  }
}
