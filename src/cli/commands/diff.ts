import { diffDocuments } from '../../diff/diff.ts';
import { formatMarkdown } from '../../diff/format/markdown.ts';
import { formatText } from '../../diff/format/text.ts';
import { readerRedline } from '../../diff/prose/reader-redline.ts';
import { resolveVersions } from '../../release/resolve.ts';
import { formatReport } from '../../report/format.ts';
import { parse, say, UsageError } from '../args.ts';
import { serializeJson } from '../../util/json.ts';
import type { Io } from '../io.ts';

export const usage = say('en', 'cli-usage-diff').message;

const formats = ['text', 'json', 'markdown'] as const;

export async function diff(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(
    argv,
    {
      format: { type: 'string', default: 'text' },
      'high-risk': { type: 'boolean', default: false },
      versions: { type: 'string', default: 'versions' },
      policy: { type: 'string', default: 'policy' },
    },
    true,
  );
  if (positionals.length !== 2) throw new UsageError('cli-diff-two-versions');
  const format = formats.find((f) => f === values.format);
  if (!format) throw new UsageError('cli-bad-format', { formats: [...formats], got: values.format });
  const [from, to] = await resolveVersions(positionals, { versionsDir: values.versions, policyDir: values.policy });
  if (!from!.document || !to!.document) {
    io.stderr.write(formatReport([...from!.files, ...to!.files], io.locale));
    return 1;
  }
  const result = diffDocuments(from!.document, to!.document, { highRisk: values['high-risk'], fromLabel: from!.label, toLabel: to!.label });
  const sides = { from: from!.label, to: to!.label };
  if (format === 'json') io.stdout.write(serializeJson(result));
  else io.stdout.write((format === 'markdown' ? formatMarkdown : formatText)(result, sides, readerRedline(from!.document, to!.document), io.locale));
  return 0;
}
