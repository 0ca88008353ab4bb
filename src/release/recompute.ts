// `policy verify` recomputes each release's decision: the previous archived document diffed against
// this one (the first release: the first-release assessment), then compared with release.json. A
// level, categories or consent epoch the record does not explain is an error naming the release, so
// a downgraded level is caught even when every hash was recomputed to match.
//
// Rules evolve. A record names the rules version that computed it (`rules`; absent: 1). The rows of
// the table that already rated a change at that level in that version (`since` ≤ the record's
// version) bind it: a level or category below them is an error. What only later rules see (a
// stricter row, a new review item) is reported as a warning, "recomputed higher under the current
// rules", so a stricter PolicyPress never fails an archive made under an older one.
import { diffDocuments } from '../diff/diff.ts';
import { assessFirstRelease } from '../diff/first-release.ts';
import { levelRank, maxLevel, needsConsent, sortCategories } from '../diff/levels.ts';
import { rules, rulesVersion } from '../diff/rules.ts';
import { suggestion } from '../diff/signals.ts';
import type { Change, NoticeLevel } from '../diff/types.ts';
import { type Problem } from '../report/refusal.ts';
import { recordFile } from './files.ts';
import type { Release } from './version.ts';

const since = new Map(rules.map((rule) => [rule.id, rule.since ?? 1]));

/** Checks every release whose predecessor could be read; problems bind, warnings only tell. */
export function checkDecisions(releases: readonly Release[], shown: (id: string) => string, problems: Problem[], warnings: Problem[]): void {
  releases.forEach((release, i) => {
    const { record } = release;
    const previous = i > 0 ? releases[i - 1] : undefined;
    if (record.previous === null ? i !== 0 : record.previous.id !== previous?.id) return; // the chain's own problem, reported already
    checkOne(release, previous, `${shown(release.id)}/${recordFile}`, problems, warnings);
  });
}

function checkOne(release: Release, previous: Release | undefined, path: string, problems: Problem[], warnings: Problem[]): void {
  const { record } = release;
  const version = record.rules ?? 1;
  const current = version >= rulesVersion;
  const error = (reason: string) => void problems.push({ path, ruleId: 'decision-differs', reason });
  const later = (message: string) => (current ? error(message) : void warnings.push({ path, ruleId: 'decision-differs-under-newer-rules', reason: `${message} (recomputed under rules ${rulesVersion}; recorded under rules ${version})` }));

  const assessment = previous
    ? diffDocuments(previous.document, release.document, { highRisk: record.highRisk, fromLabel: previous.id, toLabel: release.id })
    : assessFirstRelease(release.document, { highRisk: record.highRisk });
  const decided = new Map(record.decisions.map((d) => [d.review.id, d]));
  const asked = new Set(assessment.review.map((r) => r.id));
  for (const item of assessment.review) if (!decided.has(item.id)) later(`review item \`${item.id}\` (${item.record.name}) has no recorded decision`);
  for (const id of decided.keys()) if (!asked.has(id)) later(`records a decision for \`${id}\`, which the recomputed diff does not ask about`);
  for (const item of assessment.review) {
    const decision = decided.get(item.id);
    const suggested = suggestion(item.signals).level;
    if (decision && levelRank(decision.level) < levelRank(suggested) && !decision.belowSuggestion) {
      later(`the decision for \`${item.id}\` is \`${decision.level}\`, below the \`${suggested}\` its signals suggest, and it does not say so (belowSuggestion)`);
    }
  }

  const binding = assessment.changes.filter((change) => (since.get(change.rule) ?? 1) <= version);
  const decisions = record.decisions;
  const levelOf = (changes: readonly Change[]): NoticeLevel => maxLevel([...changes.map((c) => c.level), ...decisions.map((d) => d.level)]);
  const categoriesOf = (changes: readonly Change[]) =>
    sortCategories([...changes.filter((c) => c.level !== 'none').map((c) => c.category), ...decisions.filter((d) => d.level !== 'none').flatMap((d) => d.review.categories)]);
  const floor = levelOf(binding);
  const full = levelOf(assessment.changes);

  if (levelRank(record.computedLevel) < levelRank(floor)) {
    error(`computedLevel is \`${record.computedLevel}\`, but its changes give \`${floor}\` (${ruleList(binding, floor)}) under the rules it was released with`);
  } else if (record.computedLevel !== full) {
    later(`computedLevel is \`${record.computedLevel}\`, but its changes and decisions give \`${full}\`${levelRank(full) > levelRank(record.computedLevel) ? ` (${ruleList(assessment.changes, full)})` : ''}`);
  }
  const explained = record.override?.level ?? record.computedLevel;
  if (record.level !== explained) error(`level is \`${record.level}\`, but no recorded override explains it: the computed level is \`${record.computedLevel}\``);

  const recorded = new Set(record.categories);
  const missing = categoriesOf(binding).filter((c) => !recorded.has(c));
  if (missing.length > 0) error(`categories lack ${missing.map((c) => `\`${c}\``).join(', ')}, which its changes give`);
  else {
    const expected = categoriesOf(assessment.changes);
    if (expected.join() !== record.categories.join()) later(`categories are ${list(record.categories)}, but its changes and decisions give ${list(expected)}`);
  }

  if (previous) {
    const epoch = previous.record.consentEpoch + (needsConsent(record.override?.level ?? maxLevel([full, record.computedLevel])) ? 1 : 0);
    if (record.consentEpoch < epoch && needsConsent(floor)) error(`consentEpoch is ${record.consentEpoch}, but its changes need consent again: after ${previous.id} (epoch ${previous.record.consentEpoch}) it is ${epoch}`);
  }

  if (current) {
    const key = (c: Pick<Change, 'id' | 'level'>) => `${c.id}=${c.level}`;
    const now = new Set(assessment.changes.map(key));
    const was = new Set(record.changes.map(key));
    const differ = [...now].filter((k) => !was.has(k)).concat([...was].filter((k) => !now.has(k)));
    if (differ.length > 0) error(`its changes differ from the recomputed ones: ${differ.slice(0, 5).join(', ')}${differ.length > 5 ? ', …' : ''}`);
  }
}

function ruleList(changes: readonly Change[], level: NoticeLevel): string {
  return [...new Set(changes.filter((c) => c.level === level).map((c) => c.rule))].join(', ') || 'the editor’s decisions';
}

function list(categories: readonly string[]): string {
  return categories.length ? categories.map((c) => `\`${c}\``).join(', ') : 'none';
}
