import { diffDocuments } from '../../diff/diff.ts';
import { assessFirstRelease } from '../../diff/first-release.ts';
import { formatMarkdown } from '../../diff/format/markdown.ts';
import { formatText } from '../../diff/format/text.ts';
import { readerRedline } from '../../diff/prose/reader-redline.ts';
import { readArchive } from '../../release/archive.ts';
import { resolveVersions } from '../../release/resolve.ts';
import { formatReport } from '../../report/format.ts';
import { parse, say, UsageError } from '../args.ts';
import { serializeJson } from '../../util/json.ts';
import type { Io } from '../io.ts';

export const usage = say('en', 'cli-usage-review').message;

const formats = ['text', 'markdown', 'json'] as const;

export async function review(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, {
    against: { type: 'string', default: 'latest' },
    format: { type: 'string', default: 'text' },
    'high-risk': { type: 'boolean', default: false },
    versions: { type: 'string', default: 'versions' },
    policy: { type: 'string', default: 'policy' },
  });
  const format = formats.find((f) => f === values.format);
  if (!format) throw new UsageError('cli-bad-format', { formats: [...formats], got: values.format });
  const places = { versionsDir: values.versions, policyDir: values.policy };
  const highRisk = values['high-risk'];
  const archive = await readArchive(values.versions);
  const first = values.against === 'latest' && archive.length === 0;
  const [base, working] = await resolveVersions(first ? ['working'] : [values.against, 'working'], places, archive).then((r) => (first ? [undefined, r[0]!] : r));
  if (!working!.document || (base && !base.document)) {
    io.stderr.write(formatReport([...(base?.files ?? []), ...working!.files], io.locale));
    return 1;
  }
  const sides = { from: base?.label ?? say(io.locale, 'review-no-release').message, to: 'working' };
  const diff = base?.document ? diffDocuments(base.document, working!.document, { highRisk, fromLabel: base.label, toLabel: 'working' }) : undefined;
  const assessment = diff ?? assessFirstRelease(working!.document, { highRisk });
  const chapters = base?.document ? readerRedline(base.document, working!.document) : [];
  if (format === 'json') io.stdout.write(serializeJson(assessment));
  else io.stdout.write((format === 'markdown' ? formatMarkdown : formatText)(assessment, sides, chapters, io.locale));
  return 0;
}
