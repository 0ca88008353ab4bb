// Progress while printing: `PDF 3/20 2022-06-01 0.9 s`. On a terminal (and not in CI) one line is
// rewritten in place; otherwise every PDF gets its own line.
import type { PdfCounts } from './types.ts';
import { say, type Locale } from '../../report/catalogue/index.ts';

export interface PdfProgress {
  /** One PDF printed: the `done`-th of `total` to print. */
  printed(done: number, total: number, id: string, seconds: number): void;
  /** All written: how many were printed and how many reused, in how long. */
  finished(counts: PdfCounts, seconds: number): void;
}

export interface ProgressOptions {
  stream?: NodeJS.WritableStream & { isTTY?: boolean };
  env?: NodeJS.ProcessEnv;
  /** Put before every line, e.g. `policy build: `. */
  prefix?: string;
  /** The language of the lines (default: en). */
  locale?: Locale;
}

export const silentProgress: PdfProgress = { printed() {}, finished() {} };

export function progressLine(done: number, total: number, id: string, seconds: number, locale: Locale = 'en'): string {
  return say(locale, 'cli-build-pdf', { done, total, id, seconds: seconds.toFixed(1) }).message;
}

export function summaryLine(counts: PdfCounts, seconds: number, locale: Locale = 'en'): string {
  return say(locale, 'cli-build-pdfs', { printed: counts.printed, reused: counts.reused, seconds: seconds.toFixed(1) }).message;
}

export function progressReporter(options: ProgressOptions = {}): PdfProgress {
  const stream = options.stream ?? process.stdout;
  const env = options.env ?? process.env;
  const prefix = options.prefix ?? '';
  const locale = options.locale ?? 'en';
  const ci = Boolean(env.CI) && env.CI !== 'false' && env.CI !== '0';
  const live = stream.isTTY === true && !ci;
  let open = false;
  return {
    printed(done, total, id, seconds) {
      const line = `${prefix}${progressLine(done, total, id, seconds, locale)}`;
      if (live) {
        stream.write(`\r\x1b[2K${line}`);
        open = true;
      } else stream.write(`${line}\n`);
    },
    finished(counts, seconds) {
      if (open) stream.write('\n');
      open = false;
      stream.write(`${prefix}${summaryLine(counts, seconds, locale)}\n`);
    },
  };
}
