import { compilePolicy } from '../../compile/compile.ts';
import { hasErrors } from '../../report/messages.ts';
import { formatReport } from '../../report/format.ts';
import { parse } from '../args.ts';
import type { Io } from '../io.ts';

export const usage = `policy check [--policy DIR]

Validates the policy sources and prints every problem as path:line:col, with a hint.
Exit code 0 when there is no error (warnings allowed), 1 otherwise.

  --policy DIR   the policy folder (default: policy)`;

export async function check(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, { policy: { type: 'string', default: 'policy' } });
  const { files } = await compilePolicy({ policyDir: values.policy, document: false });
  const failed = hasErrors(files);
  (failed ? io.stderr : io.stdout).write(formatReport(files, io.locale));
  return failed ? 1 : 0;
}
