// `policy review --format markdown` (and `policy diff --format markdown`): ready to paste as a
// pull-request comment.
import type { Assessment } from '../assessment.ts';
import { redlineTreeHtml } from '../redline-html.ts';
import type { DisplayChapter } from '../prose/display.ts';
import { levelRank, maxLevel } from '../levels.ts';
import { rules, signalRules } from '../rules.ts';
import { suggestion } from '../signals.ts';
import { consentListHtml } from '../summary/html.ts';
import { clip } from './excerpt.ts';
import { say, type Locale } from '../../report/catalogue/index.ts';

/** Escapes text for a Markdown table cell or list item. */
function md(text: string): string {
  return text.replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`).replaceAll('\n', ' ');
}

/** `chapters`: the reader's redline of the two versions (src/diff/prose/reader-redline.ts). */
export function formatMarkdown(assessment: Assessment, sides: { from: string; to: string }, chapters: readonly DisplayChapter[] = [], locale: Locale = 'en'): string {
  const pending = assessment.review.length;
  const suggested = maxLevel(assessment.review.map((r) => suggestion(r.signals).level));
  const out = [
    say(locale, 'review-md-heading', { level: assessment.level, pending: pending > 0, suggested: levelRank(suggested) > levelRank(assessment.level) ? suggested : undefined }).message,
    '',
    say(locale, 'review-md-comparing', { from: sides.from, to: sides.to, popup: assessment.popup, pending: pending > 0, categories: assessment.categories }).message,
  ];
  if (assessment.changes.length > 0) {
    out.push('', say(locale, 'review-md-table-header').message, '|---|---|---|---|');
    for (const c of assessment.changes) out.push(`| ${c.level} | ${c.category ?? '—'} | ${md(c.text)} | \`${c.rule}\` |`);
  } else out.push('', say(locale, 'review-md-no-change').message);
  if (pending) {
    out.push('', say(locale, 'review-md-needs-decision', { count: pending }).message, '');
    for (const r of assessment.review) {
      const edits = [...r.deleted.map((t) => `~~${md(clip(t))}~~`), ...r.inserted.map((t) => `**${md(clip(t))}**`)].join(' → ');
      const { level: suggested } = suggestion(r.signals);
      const said = r.signals?.length ? say(locale, 'review-md-suggests', { level: suggested, signals: r.signals.map((s) => `${s.side === 'inserted' ? '+' : '−'}${s.kind} ${md(s.term)}`).join(', ') }).message : say(locale, 'review-md-no-signal').message;
      out.push(`- \`${r.id}\` — ${md(r.record.name)} (${r.categories.join(', ') || say(locale, 'review-md-no-category').message}): ${edits}${said}`);
    }
  }
  const applied = [...new Set(assessment.changes.map((c) => c.rule))];
  const signalled = [...new Set(assessment.review.flatMap((r) => (r.signals ?? []).map((s) => s.rule)))];
  if (applied.length + signalled.length > 0) {
    out.push('', `<details><summary>${say(locale, 'review-md-why').message}</summary>`, '');
    for (const id of applied) {
      const rule = rules.find((r) => r.id === id)!;
      out.push(`- \`${rule.id}\` → ${say(locale, 'review-level-name', { level: rule.level }).message}${rule.category ? ` (${rule.category})` : ''}: ${md(rule.reason)}`);
    }
    for (const id of signalled) {
      const rule = signalRules.find((r) => r.id === id)!;
      out.push(`- \`${rule.id}\` ${say(locale, 'review-md-rule-suggests', { level: rule.level }).message} (${rule.category}): ${md(rule.reason)}`);
    }
    out.push('', '</details>');
  }
  if (assessment.popup) out.push('', `<details><summary>${say(locale, 'review-md-popup').message}</summary>`, '', assessment.summary.html + consentListHtml(assessment.summary.dialog?.consent ?? []), '', '</details>');
  if (chapters.length > 0) {
    out.push('', `<details><summary>${say(locale, 'review-md-redline').message}</summary>`, '');
    out.push(redlineTreeHtml(chapters), '');
    out.push('</details>');
  }
  return out.join('\n') + '\n';
}
