import { compilePolicy } from '../../compile/compile.ts';
import { hasErrors } from '../../report/messages.ts';
import { collectMessages, formatReport } from '../../report/format.ts';
import { writeFileAtomic } from '../../util/atomic.ts';
import { parse, say } from '../args.ts';
import { serializeJson } from '../../util/json.ts';
import type { Io } from '../io.ts';

export const usage = say('en', 'cli-usage-compile').message;

export async function compile(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, { policy: { type: 'string', default: 'policy' }, out: { type: 'string' } });
  const { files, document } = await compilePolicy({ policyDir: values.policy });
  if (!document || hasErrors(files)) {
    io.stderr.write(formatReport(files, io.locale));
    return 1;
  }
  if (collectMessages(files).length > 0) io.stderr.write(formatReport(files, io.locale));
  const json = serializeJson(document);
  if (values.out) await writeFileAtomic(values.out, json);
  else io.stdout.write(json);
  return 0;
}
