import type { Locale } from '../report/catalogue/index.ts';

/** Where a command runs and writes: its working folder, environment, output streams and the language it shows (src/cli/run.ts). */
export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  locale: Locale;
}
