import path from 'node:path';
import { parseLevel, parseDecideOption, readDecisionsFile, type Ruling } from '../../release/decisions.ts';
import { createRelease } from '../../release/create.ts';
import { formatReport } from '../../report/format.ts';
import { parse, say, UsageError } from '../args.ts';
import { levelLabel } from '../../model/labels.ts';
import type { Io } from '../io.ts';

export const usage = say('en', 'cli-usage-release').message;

export async function release(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, {
    id: { type: 'string' },
    note: { type: 'string' },
    effective: { type: 'string' },
    decide: { type: 'string', multiple: true },
    decisions: { type: 'string' },
    'below-suggestion': { type: 'string', multiple: true },
    level: { type: 'string' },
    reason: { type: 'string' },
    'high-risk': { type: 'boolean', default: false },
    versions: { type: 'string', default: 'versions' },
    policy: { type: 'string', default: 'policy' },
  });
  if (!values.id) throw new UsageError('cli-release-id-required');
  if (values.note === undefined) throw new UsageError('cli-release-note-required');
  if ((values.level === undefined) !== (values.reason === undefined)) throw new UsageError('cli-release-level-reason');
  const rulings = new Map<string, Ruling>(values.decisions ? await readDecisionsFile(values.decisions) : []);
  for (const option of values.decide ?? []) rulings.set(...parseDecideOption(option));
  for (const id of values['below-suggestion'] ?? []) {
    const ruling = rulings.get(id);
    if (!ruling) throw new UsageError('cli-release-below-undecided', { id });
    rulings.set(id, { ...ruling, belowSuggestion: true });
  }
  const result = await createRelease({
    id: values.id,
    note: values.note,
    ...(values.effective !== undefined ? { effective: values.effective } : {}),
    rulings,
    ...(values.level !== undefined ? { override: { level: parseLevel(values.level, '--level'), reason: values.reason!.trim() } } : {}),
    highRisk: values['high-risk'],
    versionsDir: values.versions,
    policyDir: values.policy,
  });
  for (const dir of result.cleaned) io.stderr.write(`policy release: ${say(io.locale, 'cli-release-cleaned', { dir: path.relative(io.cwd, dir) || dir }).message}\n`);
  if (!result.record) {
    io.stderr.write(formatReport(result.files, io.locale) + say(io.locale, 'cli-release-nothing').message + '\n');
    return 1;
  }
  const { record } = result;
  io.stdout.write(
    `${say(io.locale, 'cli-released', { dir: path.relative(io.cwd, result.dir) || result.dir, files: record.files.map((f) => f.path) }).message}
` +
      `${say(io.locale, 'cli-released-level', { level: record.level, levelName: levelLabel[record.level], computed: record.computedLevel, override: record.override?.reason, popup: record.popup, epoch: record.consentEpoch, categories: record.categories }).message}
`,
  );
  return 0;
}
