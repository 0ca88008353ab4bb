/** Where a command runs and writes: its working folder, environment and output streams (src/cli/run.ts). */
export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}
