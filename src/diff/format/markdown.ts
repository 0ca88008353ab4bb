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

/** Escapes text for a Markdown table cell or list item. */
function md(text: string): string {
  return text.replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`).replaceAll('\n', ' ');
}

/** `chapters`: the reader's redline of the two versions (src/diff/prose/reader-redline.ts). */
export function formatMarkdown(assessment: Assessment, sides: { from: string; to: string }, chapters: readonly DisplayChapter[] = []): string {
  const pending = assessment.review.length;
  const suggested = maxLevel(assessment.review.map((r) => suggestion(r.signals).level));
  const level = pending ? `at least **${assessment.level}**${levelRank(suggested) > levelRank(assessment.level) ? `; the review items' signals suggest **${suggested}**` : ''}` : `**${assessment.level}**`;
  const out = [
    `### Privacy policy notice level: ${level}`,
    '',
    `Comparing \`${sides.from}\` → \`${sides.to}\`. Pop-up: **${assessment.popup ? 'yes' : 'no'}**${pending ? ' (before the review items are decided)' : ''}.` +
      (assessment.categories.length ? ` Categories: ${assessment.categories.map((c) => `\`${c}\``).join(', ')}.` : ''),
  ];
  if (assessment.changes.length > 0) {
    out.push('', '| level | category | change | rule |', '|---|---|---|---|');
    for (const c of assessment.changes) out.push(`| ${c.level} | ${c.category ?? '—'} | ${md(c.text)} | \`${c.rule}\` |`);
  } else out.push('', 'No structured change.');
  if (pending) {
    out.push('', `**${pending} ${pending === 1 ? 'item needs' : 'items need'} an editor's decision** (record it at release: \`--decide <id>=<level>:<reason>\`; a decision below the suggestion also needs \`--below-suggestion <id>\`):`, '');
    for (const r of assessment.review) {
      const edits = [...r.deleted.map((t) => `~~${md(clip(t))}~~`), ...r.inserted.map((t) => `**${md(clip(t))}**`)].join(' → ');
      const { level: suggested } = suggestion(r.signals);
      const said = r.signals?.length ? ` — suggests at least **${suggested}**: ${r.signals.map((s) => `${s.side === 'inserted' ? '+' : '−'}${s.kind} ${md(s.term)}`).join(', ')}` : ' — no signal';
      out.push(`- \`${r.id}\` — ${md(r.record.name)} (${r.categories.join(', ') || 'the chapter names no category'}): ${edits}${said}`);
    }
  }
  const applied = [...new Set(assessment.changes.map((c) => c.rule))];
  const signalled = [...new Set(assessment.review.flatMap((r) => (r.signals ?? []).map((s) => s.rule)))];
  if (applied.length + signalled.length > 0) {
    out.push('', '<details><summary>Why: the rules applied</summary>', '');
    for (const id of applied) {
      const rule = rules.find((r) => r.id === id)!;
      out.push(`- \`${rule.id}\` → ${rule.level}${rule.category ? ` (${rule.category})` : ''}: ${md(rule.reason)}`);
    }
    for (const id of signalled) {
      const rule = signalRules.find((r) => r.id === id)!;
      out.push(`- \`${rule.id}\` suggests at least ${rule.level} (${rule.category}): ${md(rule.reason)}`);
    }
    out.push('', '</details>');
  }
  if (assessment.popup) out.push('', '<details><summary>Pop-up text</summary>', '', assessment.summary.html + consentListHtml(assessment.summary.dialog?.consent ?? []), '', '</details>');
  if (chapters.length > 0) {
    out.push('', '<details><summary>Redline</summary>', '');
    out.push(redlineTreeHtml(chapters), '');
    out.push('</details>');
  }
  return out.join('\n') + '\n';
}
