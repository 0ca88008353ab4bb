// `policy diff --format text`: for a terminal.
import type { Assessment } from '../assessment.ts';
import type { DisplayChapter } from '../prose/display.ts';
import { popupTranscript } from '../summary/transcript.ts';
import { clip } from './excerpt.ts';
import { redlineText } from './redline-text.ts';
import { signalLines } from './signals.ts';
import { levelRank, maxLevel } from '../levels.ts';
import { suggestion } from '../signals.ts';

/** `chapters`: the reader's redline of the two versions (src/diff/prose/reader-redline.ts). */
export function formatText(assessment: Assessment, sides: { from: string; to: string }, chapters: readonly DisplayChapter[] = []): string {
  const out = [`${sides.from} → ${sides.to}`, `level: ${assessment.level} (pop-up: ${assessment.popup ? 'yes' : 'no'})${assessment.categories.length ? ` · categories: ${assessment.categories.join(', ')}` : ''}`];
  const suggested = maxLevel(assessment.review.map((r) => suggestion(r.signals).level));
  if (levelRank(suggested) > levelRank(assessment.level)) out.push(`pending review: the signals of ${assessment.review.length === 1 ? 'its item' : `its ${assessment.review.length} items`} suggest up to ${suggested}`);
  if (assessment.changes.length > 0) {
    out.push('', 'changes:');
    for (const c of assessment.changes) out.push(`  ${c.level.padEnd(16)} ${(c.category ?? '—').padEnd(15)} ${c.rule.padEnd(26)} ${c.text}`);
  }
  if (assessment.review.length > 0) {
    out.push('', `needs review (${assessment.review.length}; decide each at release with --decide <id>=<level>:<reason>; below a suggestion, add --below-suggestion <id>):`);
    for (const r of assessment.review) {
      out.push(`  ${r.id}  ${r.record.name}  [${r.categories.join(', ') || 'unmapped'}]`);
      for (const text of r.deleted) out.push(`    - ${clip(text)}`);
      for (const text of r.inserted) out.push(`    + ${clip(text)}`);
      out.push(...signalLines(r).map((line) => `    ${line}`));
    }
  }
  if (chapters.length > 0) {
    out.push('', 'redline:');
    out.push(...redlineText(chapters));
  }
  if (assessment.popup) {
    const shown = assessment.summary.dialog ? popupTranscript(assessment.summary.dialog) : assessment.summary.text;
    out.push('', 'pop-up:', ...shown.trimEnd().split('\n').map((line) => `  ${line}`));
  }
  if (assessment.changes.length === 0 && assessment.review.length === 0 && chapters.length === 0) out.push('', 'no change');
  return out.join('\n') + '\n';
}
