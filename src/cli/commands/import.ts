import { formatReport } from '../../report/format.ts';
import { hasErrors } from '../../report/messages.ts';
import { importPolicy } from '../../import/import.ts';
import { formatNames, type InputFormat } from '../../import/format.ts';
import { showText } from '../../util/characters.ts';
import { parse, say, UsageError } from '../args.ts';
import type { Io } from '../io.ts';

export const usage = say('en', 'cli-usage-import').message;

const formats = new Set<InputFormat>(['text', 'markdown', 'html']);

async function importCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { out: { type: 'string', default: 'policy' }, format: { type: 'string' }, updated: { type: 'string' } }, true);
  if (positionals.length !== 1) throw new UsageError('cli-import-one-file', { count: positionals.length });
  if (values.format !== undefined && !formats.has(values.format as InputFormat)) throw new UsageError('cli-bad-format', { formats: ['text', 'markdown', 'html'], got: values.format });
  if (values.updated !== undefined && !validDate(values.updated)) throw new UsageError('cli-import-bad-date', { got: values.updated });
  const { file, report } = await importPolicy({
    input: positionals[0]!,
    out: values.out,
    ...(values.format ? { format: values.format as InputFormat } : {}),
    ...(values.updated ? { updated: values.updated } : {}),
  });
  const messages = file.messages.length > 0 ? formatReport([file], io.locale) : '';
  if (!report || hasErrors([file])) {
    io.stderr.write(messages);
    return 1;
  }
  const { facts } = report;
  const lines = [
    say(io.locale, 'import-summary-wrote', { input: positionals[0]!, format: formatNames[report.format], out: values.out }),
    say(io.locale, 'import-summary-facts', { title: facts.title ?? '—', updated: facts.updated ?? '—', effective: facts.effective ?? '' }),
    say(io.locale, 'import-summary-controller', { name: facts.controller.name ?? '—', address: facts.controller.address ?? '' }),
    say(io.locale, 'import-summary-contacts', { count: facts.contacts.length, list: facts.contacts.map((c) => c.value).join(', ') }),
    say(io.locale, 'import-summary-chapters', { count: report.chapters.length, list: report.chapters.map((c) => c.id).join(', ') }),
    say(io.locale, 'import-summary-sdks', report.counts),
    say(io.locale, 'import-summary-kept', report.lines),
    say(io.locale, 'import-summary-check', { ...report.check, dir: values.out }),
  ].map((text, i) => (i === 0 ? `policy import: ${text.message}` : `  ${text.message}`));
  io.stdout.write(showText(`${lines.join('\n')}\n`));
  if (messages) io.stderr.write(messages);
  return 0;
}

function validDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
}

// The CLI calls the function named after the command; `import` is a keyword, so it is exported under that name.
export { importCommand as import };
