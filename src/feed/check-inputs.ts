import type { FeedOptions, FeedRelease } from './types.ts';
import { addDays, day, toInstant } from './time.ts';
import { problem, type Problem } from '../report/refusal.ts';

/** An index must stay valid at least this long after it is written: apps fetch it for days. */
export const minimumValidityDays = 1;

/**
 * Problems of the build time, the validity period and the serial, each as what is wrong, then how
 * to fix it: checked before the site is built, and again with the releases (inputProblems).
 */
export function timeProblems(options: FeedOptions): Problem[] {
  const problems: Problem[] = [];
  const generatedAt = toInstant(options.generatedAt);
  if (!generatedAt) problems.push(problem('bad-generated-at', { value: String(options.generatedAt) }));
  const serialOk = Number.isSafeInteger(options.serial) && options.serial >= 0;
  if (!serialOk) problems.push(problem('bad-serial', { value: String(options.serial) }));
  const days = options.expiresInDays ?? 14;
  const daysOk = Number.isFinite(days) && days > minimumValidityDays;
  if (!daysOk) problems.push(problem('bad-expiry', { days: String(days), minimum: minimumValidityDays }));
  const now = options.now ?? new Date();
  if (generatedAt && Date.parse(generatedAt) - now.getTime() > 60 * 60 * 1000) {
    problems.push(
      problem('generated-in-future', { generatedAt, now: toInstant(now)! }),
    );
  }
  if (generatedAt && daysOk) {
    const expires = addDays(generatedAt, days);
    const left = Date.parse(expires) - now.getTime();
    if (left < minimumValidityDays * day) {
      const ago = Math.round((now.getTime() - Date.parse(generatedAt)) / day);
      problems.push(
        problem('feed-expires', { generatedAt, expires, expired: left <= 0, now: toInstant(now)!, ago }),
      );
    }
  }
  const previous = options.previous;
  if (previous && serialOk && options.serial <= previous.serial) {
    problems.push(
      problem('serial-not-increasing', { serial: options.serial, previous: previous.serial, source: previous.source }),
    );
  }
  return problems;
}

/** Every problem of the releases and options, each as what is wrong, then how to fix it. */
export function inputProblems(releases: readonly FeedRelease[], options: FeedOptions): Problem[] {
  const problems: Problem[] = [];
  if (releases.length === 0) problems.push(problem('no-release'));
  releases.forEach((release, i) => {
    if (release.id !== release.record.id) problems.push(problem('release-record-mismatch', { id: release.id, record: release.record.id }));
    const expected = i === 0 ? null : releases[i - 1]!.record.id;
    const previous = release.record.previous?.id ?? null;
    if (previous !== expected) {
      problems.push(problem('releases-out-of-order', { id: release.record.id, follows: previous ?? undefined, after: expected ?? undefined }));
    }
  });
  const published = options.previous?.current;
  if (published !== undefined && releases.length > 0 && !releases.some((release) => release.id === published)) {
    problems.push(
      problem('published-current-missing', { source: options.previous!.source, current: published }),
    );
  }
  problems.push(...timeProblems(options));
  return problems;
}
