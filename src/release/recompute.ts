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
import { problemAt, type Problem } from '../report/refusal.ts';
import type { DecisionProblem } from '../report/catalogue/en/release.ts';
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
  const error = (problem: DecisionProblem) => void problems.push(problemAt(path, 'decision-differs', problem));
  const later = (problem: DecisionProblem) => (current ? error(problem) : void warnings.push(problemAt(path, 'decision-differs-under-newer-rules', { problem, rules: rulesVersion, recorded: version })));

  const assessment = previous
    ? diffDocuments(previous.document, release.document, { highRisk: record.highRisk, fromLabel: previous.id, toLabel: release.id })
    : assessFirstRelease(release.document, { highRisk: record.highRisk });
  const decided = new Map(record.decisions.map((d) => [d.review.id, d]));
  const asked = new Set(assessment.review.map((r) => r.id));
  for (const item of assessment.review) if (!decided.has(item.id)) later({ case: 'undecided', id: item.id, name: item.record.name });
  for (const id of decided.keys()) if (!asked.has(id)) later({ case: 'not-asked', id });
  for (const item of assessment.review) {
    const decision = decided.get(item.id);
    const suggested = suggestion(item.signals).level;
    if (decision && levelRank(decision.level) < levelRank(suggested) && !decision.belowSuggestion) {
      later({ case: 'below-unsaid', id: item.id, level: decision.level, suggested });
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
    error({ case: 'computed-below', computed: record.computedLevel, floor, rules: ruleList(binding, floor) });
  } else if (record.computedLevel !== full) {
    later({ case: 'computed-differs', computed: record.computedLevel, full, rules: levelRank(full) > levelRank(record.computedLevel) ? ruleList(assessment.changes, full) : undefined });
  }
  const explained = record.override?.level ?? record.computedLevel;
  if (record.level !== explained) error({ case: 'level-unexplained', level: record.level, computed: record.computedLevel });

  const recorded = new Set(record.categories);
  const missing = categoriesOf(binding).filter((c) => !recorded.has(c));
  if (missing.length > 0) error({ case: 'categories-lack', missing });
  else {
    const expected = categoriesOf(assessment.changes);
    if (expected.join() !== record.categories.join()) later({ case: 'categories-differ', recorded: record.categories, expected });
  }

  if (previous) {
    const epoch = previous.record.consentEpoch + (needsConsent(record.override?.level ?? maxLevel([full, record.computedLevel])) ? 1 : 0);
    if (record.consentEpoch < epoch && needsConsent(floor)) error({ case: 'epoch', epoch: record.consentEpoch, previous: previous.id, previousEpoch: previous.record.consentEpoch, expected: epoch });
  }

  if (current) {
    const key = (c: Pick<Change, 'id' | 'level'>) => `${c.id}=${c.level}`;
    const now = new Set(assessment.changes.map(key));
    const was = new Set(record.changes.map(key));
    const differ = [...now].filter((k) => !was.has(k)).concat([...was].filter((k) => !now.has(k)));
    if (differ.length > 0) error({ case: 'changes-differ', differ });
  }
}

function ruleList(changes: readonly Change[], level: NoticeLevel): string {
  return [...new Set(changes.filter((c) => c.level === level).map((c) => c.rule))].join(', ');
}
