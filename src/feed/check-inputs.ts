import type { FeedOptions, FeedRelease } from './types.ts';
import { baseUrlProblem } from './urls.ts';
import { toInstant } from './time.ts';

/** Every problem of the releases and options, each as what is wrong, then how to fix it. */
export function inputProblems(releases: readonly FeedRelease[], options: FeedOptions): string[] {
  const problems: string[] = [];
  if (releases.length === 0) problems.push('There is no release: the feed needs at least one.\n  hint: Release the policy first with `policy release`.');
  releases.forEach((release, i) => {
    if (release.id !== release.record.id) problems.push(`Release \`${release.id}\` carries the record of \`${release.record.id}\`.\n  hint: Run \`policy verify\` on the archive.`);
    const expected = i === 0 ? null : releases[i - 1]!.record.id;
    const previous = release.record.previous?.id ?? null;
    if (previous !== expected) {
      problems.push(`Release \`${release.record.id}\` follows \`${previous ?? 'nothing'}\`, but comes after \`${expected ?? 'nothing'}\`.\n  hint: Pass the releases oldest first, as readArchive returns them.`);
    }
  });
  const base = baseUrlProblem(options.baseUrl);
  if (base) problems.push(base);
  if (!toInstant(options.generatedAt)) problems.push(`generatedAt \`${options.generatedAt}\` is not a time.\n  hint: Pass an ISO 8601 time, e.g. from SOURCE_DATE_EPOCH (feedClock).`);
  if (!Number.isSafeInteger(options.serial) || options.serial < 0) problems.push(`serial \`${options.serial}\` is not a non-negative integer.\n  hint: Pass SOURCE_DATE_EPOCH in seconds (feedClock), which never decreases.`);
  const days = options.expiresInDays ?? 14;
  if (!(Number.isFinite(days) && days > 0)) problems.push(`expiresInDays \`${days}\` is not a positive number.\n  hint: Leave it at 14 unless the feed is re-published more often.`);
  return problems;
}
