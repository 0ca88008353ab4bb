// What the CLI prints around messages and refusals: the hint line, the counts, summaries.
import { plural } from './characters.ts';

export const cli = {
  'cli-hint': (p: { hint: string }) => ({ message: `hint: ${p.hint}` }),
  'cli-report-count': (p: { errors: number; warnings: number }) => ({ message: `${plural(p.errors, 'error', 'errors')}, ${plural(p.warnings, 'warning', 'warnings')}` }),
} satisfies Record<string, (p: never) => { message: string; hint?: string }>;
