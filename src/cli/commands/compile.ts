import { compilePolicy } from '../../compile/compile.ts';
import { hasErrors } from '../../report/messages.ts';
import { collectMessages, formatReport } from '../../report/format.ts';
import { writeFileAtomic } from '../../util/atomic.ts';
import { parse } from '../args.ts';
import { serializeJson } from '../../util/json.ts';
import type { Io } from '../io.ts';

export const usage = `policy compile [--policy DIR] [--out FILE]

Compiles the policy into its canonical JSON document (schemas/compiled-policy.schema.json).
Writes nothing when a source has an error; the output is byte-identical for the same sources.

  --policy DIR   the policy folder (default: policy)
  --out FILE     where to write the document (default: standard output)`;

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
