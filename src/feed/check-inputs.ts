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
  if (!generatedAt) problems.push(problem('bad-generated-at', `generatedAt \`${options.generatedAt}\` is not a time.`, `Pass an ISO 8601 time, e.g. from feedClock (the current time, or SOURCE_DATE_EPOCH).`));
  const serialOk = Number.isSafeInteger(options.serial) && options.serial >= 0;
  if (!serialOk) problems.push(problem('bad-serial', `serial \`${options.serial}\` is not a non-negative integer.`, `Pass the build time in seconds (feedClock).`));
  const days = options.expiresInDays ?? 14;
  const daysOk = Number.isFinite(days) && days > minimumValidityDays;
  if (!daysOk) problems.push(problem('bad-expiry', `expiresInDays \`${days}\` is not more than ${minimumValidityDays}.`, `Leave it at 14 unless the feed is re-published more often; an index must stay valid for more than a day.`));
  const now = options.now ?? new Date();
  if (generatedAt && Date.parse(generatedAt) - now.getTime() > 60 * 60 * 1000) {
    problems.push(
      problem(
        'generated-in-future',
        `The feed index would be built at ${generatedAt}, later than now (${toInstant(now)}): its serial would stay above every honest build's until then, and apps would refuse those as rollbacks.`,
        'SOURCE_DATE_EPOCH is in the future (or the clock is wrong): unset it, or set it to now with SOURCE_DATE_EPOCH=$(date +%s).',
      ),
    );
  }
  if (generatedAt && daysOk) {
    const expires = addDays(generatedAt, days);
    const left = Date.parse(expires) - now.getTime();
    if (left < minimumValidityDays * day) {
      const when = left <= 0 ? 'has already expired' : 'would expire within a day';
      const ago = Math.round((now.getTime() - Date.parse(generatedAt)) / day);
      problems.push(
        problem(
          'feed-expires',
          `The feed index would be built at ${generatedAt} and expire at ${expires}: it ${when} (now ${toInstant(now)}), so every app would refuse it.`,
          `The build time is ${ago} days ago: SOURCE_DATE_EPOCH is probably set from an old commit. Unset it (the build then uses the current time) or set it to now: SOURCE_DATE_EPOCH=$(date +%s).`,
        ),
      );
    }
  }
  const previous = options.previous;
  if (previous && serialOk && options.serial <= previous.serial) {
    problems.push(
      problem(
        'serial-not-increasing',
        `The feed index would have serial ${options.serial}, not greater than ${previous.serial} of the index already published (${previous.source}): apps that have seen it refuse a serial that does not increase.`,
        `The serial is the build time in seconds. Build later than the published index (check the machine's clock), and do not re-publish a build with the same SOURCE_DATE_EPOCH: unset it, or set it to now with SOURCE_DATE_EPOCH=$(date +%s).`,
      ),
    );
  }
  return problems;
}

/** Every problem of the releases and options, each as what is wrong, then how to fix it. */
export function inputProblems(releases: readonly FeedRelease[], options: FeedOptions): Problem[] {
  const problems: Problem[] = [];
  if (releases.length === 0) problems.push(problem('no-release', 'There is no release: the feed needs at least one.', 'Release the policy first with `policy release`.'));
  releases.forEach((release, i) => {
    if (release.id !== release.record.id) problems.push(problem('release-record-mismatch', `Release \`${release.id}\` carries the record of \`${release.record.id}\`.`, `Run \`policy verify\` on the archive.`));
    const expected = i === 0 ? null : releases[i - 1]!.record.id;
    const previous = release.record.previous?.id ?? null;
    if (previous !== expected) {
      problems.push(problem('releases-out-of-order', `Release \`${release.record.id}\` follows \`${previous ?? 'nothing'}\`, but comes after \`${expected ?? 'nothing'}\`.`, `Pass the releases oldest first, as readArchive returns them.`));
    }
  });
  const published = options.previous?.current;
  if (published !== undefined && releases.length > 0 && !releases.some((release) => release.id === published)) {
    problems.push(
      problem(
        'published-current-missing',
        `The index already published (${options.previous!.source}) names release \`${published}\` as current, but this archive has no such release: publishing it would take that version back from every app.`,
        'Build from an up-to-date checkout (git pull), with every released version in versions/.',
      ),
    );
  }
  problems.push(...timeProblems(options));
  return problems;
}
