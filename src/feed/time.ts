// Build times: second precision, UTC, so the same input gives the same bytes.
import { problem, type Problem } from '../report/refusal.ts';

export const day = 24 * 60 * 60 * 1000;

/** `YYYY-MM-DDTHH:MM:SSZ`, or undefined for a text that is not a time. */
export function toInstant(value: string | Date): string | undefined {
  const time = typeof value === 'string' ? Date.parse(value) : value.getTime();
  if (Number.isNaN(time)) return undefined;
  return new Date(Math.floor(time / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

export function addDays(instant: string, days: number): string {
  return toInstant(new Date(Date.parse(instant) + days * day))!;
}

export type FeedClock =
  | { generatedAt: string; serial: number; /** From SOURCE_DATE_EPOCH: a reproducible build. */ fixed: boolean; problem?: undefined }
  | { problem: Problem };

/**
 * The build's time and serial: the real time `now`, or SOURCE_DATE_EPOCH (seconds) when it is set,
 * so that a build can be reproduced byte for byte. The serial is that time in seconds: it increases
 * with every publish as long as each is built later than the one before (`policy build
 * --previous-index` checks it against the published index).
 */
export function feedClock(env: Record<string, string | undefined>, now: Date = new Date()): FeedClock {
  const fromEnv = env.SOURCE_DATE_EPOCH?.trim();
  if (fromEnv === undefined || fromEnv === '') {
    const seconds = Math.floor(now.getTime() / 1000);
    return { generatedAt: toInstant(new Date(seconds * 1000))!, serial: seconds, fixed: false };
  }
  if (!/^\d{1,12}$/.test(fromEnv)) {
    return { problem: problem('bad-source-date-epoch', { value: fromEnv }) };
  }
  const seconds = Number(fromEnv);
  return { generatedAt: toInstant(new Date(seconds * 1000))!, serial: seconds, fixed: true };
}
