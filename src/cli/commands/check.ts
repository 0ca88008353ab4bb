import { compilePolicy } from '../../compile/compile.ts';
import { hasErrors } from '../../report/messages.ts';
import { formatReport } from '../../report/format.ts';
import { parse, say } from '../args.ts';
import type { Io } from '../io.ts';

export const usage = say('en', 'cli-usage-check').message;

export async function check(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, { policy: { type: 'string', default: 'policy' } });
  const { files } = await compilePolicy({ policyDir: values.policy, document: false });
  const failed = hasErrors(files);
  (failed ? io.stderr : io.stdout).write(formatReport(files, io.locale));
  return failed ? 1 : 0;
}
