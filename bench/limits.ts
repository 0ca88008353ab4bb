// Bounded on any input (issue #10): `policy check`, as a whole process, on inputs built to sit at
// every limit of src/load/limits.ts (the worst a source may be and still be parsed), and on the
// attack inputs past them (refused before parsing). Median wall time and peak RSS of each.
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { limits } from '../src/load/limits.ts';
import { median, node, root, type Row } from './lib.ts';

/** One input: a name, and the change it makes to a copy of the real policy. */
interface Input {
  name: string;
  make(policy: string): Promise<void>;
}

/** Text of about `bytes` bytes made of `unit` repeated, cut at a whole unit. */
const fill = (unit: string, bytes: number) => unit.repeat(Math.floor(bytes / Buffer.byteLength(unit)));
const margin = 2048; // under the file limit, for the chapter's heading

async function addChapters(policy: string, bodies: string[]): Promise<void> {
  const ids = bodies.map((_, i) => `limit-${i}`);
  for (const [i, body] of bodies.entries()) await writeFile(path.join(policy, `chapters/${ids[i]}.md`), `## 极限 ${i} {#${ids[i]}}\n\n${body}`);
  const file = path.join(policy, 'policy.yaml');
  await writeFile(file, (await readFile(file, 'utf8')).replace(/^chapters:\n/m, `chapters:\n${ids.map((id) => `  - ${id}\n`).join('')}`));
}

/**
 * Chapters of `unit` repeated, each as many times as one file may hold (`perFile` units), until
 * the policy holds as many as all chapters together may (`total` units) or the bytes run out.
 */
function chapters(unit: string, perFile: number, total: number): (policy: string) => Promise<void> {
  return (policy) => {
    const bytes = Buffer.byteLength(unit);
    const fileUnits = Math.min(perFile, Math.floor((limits.fileBytes - margin) / bytes));
    // The real policy's own files take about 70 KiB of the total.
    const allUnits = Math.min(total, Math.floor((limits.totalBytes - 100 * 1024) / bytes));
    const bodies: string[] = [];
    for (let left = allUnits; left > 0; left -= fileUnits) bodies.push(unit.repeat(Math.min(fileUnits, left)));
    return addChapters(policy, bodies);
  };
}

/** One line of prose per unit: the most blocks the line limits allow (the first line is the chapter's heading). */
const ownLines = 400; // the real chapters' lines, with a margin
const perLine = (unit: string) => chapters(unit, limits.markdownLines - 2, limits.totalLines - ownLines);
/** A paragraph with the most emphasis markers a paragraph may have, on one line. */
const markerParagraph = `${'*a'.repeat(limits.inlineMarkers / 2)}\n\n`;
/** A list nested to the depth limit, on as many lines. */
const deepList = Array.from({ length: limits.markdownDepth / 2 }, (_, i) => `${'  '.repeat(i)}- 第${i}层`).join('\n') + '\n';
const longLine = `${'很'.repeat(limits.lineLength - 1)}。\n\n`;

const yamlAtLimits = (policy: string) => {
  // Nested to the depth limit, with the most aliases of an anchor as large as the expansion allows.
  const anchor = '长'.repeat(Math.floor(limits.fileBytes / 3 / limits.yamlAliases / 2));
  const nested = `${'['.repeat(limits.yamlDepth - 2)}1${']'.repeat(limits.yamlDepth - 2)}`;
  const text = `anchor: &a "${anchor}"\naliases:\n${'  - *a\n'.repeat(limits.yamlAliases)}nested: ${nested}\n`;
  return writeFile(path.join(policy, 'recipients.yaml'), text + fill('# 注释注释注释注释注释注释注释注释注释注释\n', limits.fileBytes - Buffer.byteLength(text) - margin));
};

/** data-items.yaml at the line limit, every record of it wrong (an error each, each located). */
const yamlErrors = (policy: string) => {
  const record = '  - id: Bad_Id\n    name: 名称\n    category: nonsense\n    sensitive: maybe\n    extra: 1\n';
  return writeFile(path.join(policy, 'data-items.yaml'), `items:\n${record.repeat(Math.floor((limits.yamlLines - 2) / 5))}`);
};

export const atLimits: Input[] = [
  { name: 'one paragraph every other line, up to the line limits (3,000 a file, 12,000 in all)', make: perLine('一段文字。\n\n') },
  { name: 'one list item a line, up to the line limits', make: perLine('- 一项\n') },
  { name: 'one heading a line, up to the line limits', make: perLine('#### 标题\n') },
  { name: 'lists nested to the depth limit, up to the line limits', make: chapters(deepList, Math.floor((limits.markdownLines - 2) / (limits.markdownDepth / 2)), Math.floor((limits.totalLines - ownLines) / (limits.markdownDepth / 2))) },
  { name: 'paragraphs of 128 emphasis markers, up to the markup limits (4,000 a file, 10,000 in all)', make: chapters(markerParagraph, limits.markdownMarkup / limits.inlineMarkers, limits.totalMarkup / limits.inlineMarkers) },
  { name: 'directives, up to the markup limits (each a lookup)', make: chapters(`${':item{#phone}、'.repeat(10)}\n`, Math.floor(limits.markdownMarkup / 10) - 1, Math.floor((limits.totalMarkup - 400) / 10)) },
  { name: 'lines at the line-length limit, up to the byte limits (256 KiB a file, 512 KiB in all)', make: chapters(longLine, Infinity, Infinity) },
  { name: 'the names of data items written out as plain text (each a lint finding), up to the byte limits', make: chapters(`${'我们收集手机号码、身份证号码和位置信息，并与支付宝共享。'.repeat(40)}\n\n`, Infinity, Infinity) },
  { name: 'a YAML file at the byte limit: depth, aliases and their expansion at their limits', make: yamlAtLimits },
  { name: 'a YAML file at the line limit with an error in every record', make: yamlErrors },
];

const attacks: Input[] = [
  { name: '2,000 nested `>`', make: (p) => addChapters(p, [`${'>'.repeat(2000)} x\n`]) },
  { name: 'a 1,500-deep list (2.2 MB)', make: (p) => addChapters(p, [Array.from({ length: 1500 }, (_, i) => `${' '.repeat(2 * i)}- x`).join('\n')]) },
  { name: 'a 200 KB line of `*a`', make: (p) => addChapters(p, [`${'*a'.repeat(100_000)}\n`]) },
  { name: '20,000 nested YAML flow lists', make: (p) => writeFile(path.join(p, 'recipients.yaml'), `recipients: ${'[\n'.repeat(20_000)}${']\n'.repeat(20_000)}`) },
  { name: 'a 1 MiB anchor aliased 2,000 times', make: (p) => writeFile(path.join(p, 'recipients.yaml'), `big: &a "${'x'.repeat(1 << 20)}"\nlist: [${Array(2000).fill('*a').join(', ')}]\n`) },
];

/** Median wall time of `runs` runs of `policy check` and the largest peak RSS, with the exit codes seen. */
function measure(cwd: string, runs: number): { ms: number; rssMb: number; exits: Set<number | null> } {
  const times: number[] = [];
  let rss = 0;
  const exits = new Set<number | null>();
  const rssFile = path.join(cwd, 'rss.txt');
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(node, ['--import', path.join(root, 'bench/max-rss.ts'), path.join(root, 'src/cli/policy.ts'), 'check'], {
      cwd,
      env: { ...process.env, POLICY_BENCH_RSS_FILE: rssFile },
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    times.push(performance.now() - start);
    exits.add(result.status);
    rss = Math.max(rss, Number(spawnSync('cat', [rssFile], { encoding: 'utf8' }).stdout) / 1024);
  }
  return { ms: median(times), rssMb: rss, exits };
}

export async function benchLimits(): Promise<Row[]> {
  const rows: Row[] = [];
  const base = await mkdtemp(path.join(tmpdir(), 'policy-bench-limits-'));
  try {
    const seed = path.join(base, 'seed');
    await cp(path.join(root, 'policy'), path.join(seed, 'policy'), { recursive: true });
    const real = measure(seed, 5);
    rows.push({ name: '`policy check`, the real policy (baseline)', value: `${(real.ms / 1000).toFixed(2)} s, ${real.rssMb.toFixed(0)} MB`, note: `exit ${[...real.exits].join('/')}` });
    for (const [group, inputs] of [['at the limits', atLimits], ['attack, past a limit', attacks]] as const) {
      for (const [i, input] of inputs.entries()) {
        const dir = path.join(base, `${group.slice(0, 6)}-${i}`);
        await cp(path.join(root, 'policy'), path.join(dir, 'policy'), { recursive: true });
        await input.make(path.join(dir, 'policy'));
        const result = measure(dir, 3);
        const met = [...result.exits].every((code) => code === 0 || code === 1) && result.ms <= 20_000 && result.rssMb <= 512;
        rows.push({
          name: `\`policy check\`, ${group}: ${input.name}`,
          value: `${(result.ms / 1000).toFixed(2)} s, ${result.rssMb.toFixed(0)} MB`,
          target: '≤ 20 s, ≤ 512 MB, exit 0 or 1',
          note: `exit ${[...result.exits].join('/')}${met ? '' : ' — NOT MET'}`,
        });
      }
    }
  } finally {
    await rm(base, { recursive: true, force: true });
  }
  return rows;
}
