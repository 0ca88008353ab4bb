// The README's command table is one table (a blank line would split it into loose text) and says
// what the commands accept: every subcommand is in it, and every option it names is in that
// command's own usage.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers.ts';
import { runPolicy } from '../workspace.ts';

describe('README.md', async () => {
  const readme = await readFile(path.join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Use: the `policy` command'), readme.indexOf('Run them as `npx policy check`'));
  const start = section.indexOf('| command |');
  const table = section.slice(start).trimEnd().split('\n');

  it('has one unbroken command table with a row for every subcommand', async () => {
    expect(start).toBeGreaterThan(0);
    expect(table.every((line) => line.startsWith('|'))).toBe(true);
    const help = (await runPolicy(['--help'], root)).stdout;
    const commands = [...help.matchAll(/^ {2}policy (\w+)/gm)].map((m) => m[1]);
    expect(commands.length).toBeGreaterThanOrEqual(8);
    expect(table.slice(2).map((row) => /^\| `policy (\w+)/.exec(row)?.[1]).sort()).toEqual([...commands].sort());
  });

  it('names only options the commands have', async () => {
    for (const row of table.slice(2)) {
      const [, command, synopsis] = /^\| `policy (\w+)([^`]*)`/.exec(row)!;
      const usage = (await runPolicy([command!, '--help'], root)).stdout;
      for (const [option] of synopsis!.matchAll(/--[a-z-]+/g)) expect(usage, `policy ${command} ${option}`).toContain(option);
    }
  });
});
