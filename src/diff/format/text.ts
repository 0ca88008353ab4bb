// `policy diff --format text`: for a terminal.
import type { Assessment } from '../assessment.ts';
import type { DisplayChapter } from '../prose/display.ts';
import { popupTranscript } from '../summary/transcript.ts';
import { clip } from './excerpt.ts';
import { redlineText } from './redline-text.ts';
import { signalLines } from './signals.ts';
import { levelRank, maxLevel } from '../levels.ts';
import { suggestion } from '../signals.ts';
import { say, type Locale } from '../../report/catalogue/index.ts';

/** `chapters`: the reader's redline of the two versions (src/diff/prose/reader-redline.ts). */
export function formatText(assessment: Assessment, sides: { from: string; to: string }, chapters: readonly DisplayChapter[] = [], locale: Locale = 'en'): string {
  const out = [`${sides.from} → ${sides.to}`, say(locale, 'review-level', { level: assessment.level, popup: assessment.popup, categories: assessment.categories }).message];
  const suggested = maxLevel(assessment.review.map((r) => suggestion(r.signals).level));
  if (levelRank(suggested) > levelRank(assessment.level)) out.push(say(locale, 'review-pending', { count: assessment.review.length, suggested }).message);
  if (assessment.changes.length > 0) {
    out.push('', say(locale, 'review-changes').message);
    for (const c of assessment.changes) out.push(`  ${c.level.padEnd(16)} ${(c.category ?? '—').padEnd(15)} ${c.rule.padEnd(26)} ${c.text}`);
  }
  if (assessment.review.length > 0) {
    out.push('', say(locale, 'review-needs-review', { count: assessment.review.length }).message);
    for (const r of assessment.review) {
      out.push(`  ${r.id}  ${r.record.name}  [${r.categories.join(', ') || say(locale, 'review-unmapped').message}]`);
      for (const text of r.deleted) out.push(`    - ${clip(text)}`);
      for (const text of r.inserted) out.push(`    + ${clip(text)}`);
      out.push(...signalLines(r, locale).map((line) => `    ${line}`));
    }
  }
  if (chapters.length > 0) {
    out.push('', say(locale, 'review-redline').message);
    out.push(...redlineText(chapters));
  }
  if (assessment.popup) {
    const shown = assessment.summary.dialog ? popupTranscript(assessment.summary.dialog) : assessment.summary.text;
    out.push('', say(locale, 'review-popup').message, ...shown.trimEnd().split('\n').map((line) => `  ${line}`));
  }
  if (assessment.changes.length === 0 && assessment.review.length === 0 && chapters.length === 0) out.push('', say(locale, 'review-no-change').message);
  return out.join('\n') + '\n';
}
