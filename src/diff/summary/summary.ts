// The pop-up text: only the changed parts, grouped by category, sensitive items in bold, then
// the items that need separate consent one by one.
import type { CompiledPolicy } from '../../model/index.ts';
import { chineseDate } from '../../render/format.ts';
import { escapeHtml } from '../html.ts';
import { categories } from '../levels.ts';
import { listParts, phraseHtml, phraseText, quoted, type Part } from '../phrase.ts';
import type { Category, Change, NoticeLevel, ReviewItem, Summary } from '../types.ts';
import { consentItems } from './consent.ts';

const categoryNames: Record<Category, string> = {
  'service-model': '服务模式（处理目的、个人信息种类、使用方式）',
  controller: '个人信息处理者',
  recipients: '个人信息共享、转让、公开披露的对象',
  'user-rights': '您的权利及其行使方式',
  contact: '联系方式与投诉渠道',
  'risk-assessment': '个人信息安全影响评估',
};

const numerals = ['一', '二', '三', '四', '五', '六', '七'];

/** A review item as decided by an editor. */
export interface DecidedReview {
  review: ReviewItem;
  level: NoticeLevel;
  /** The editor's reason: what the reviewed edit changes, shown to users in the pop-up. */
  reason: string;
}

interface Line {
  text: string;
  html: string;
}

interface Section {
  title: string;
  lines: Line[];
}

export function summarize(doc: CompiledPolicy, changes: readonly Change[], decisions: readonly DecidedReview[] = []): Summary {
  const shown = changes.filter((change) => change.level !== 'none');
  const decided = decisions.filter((decision) => decision.level !== 'none');
  const groups: Array<[title: string, lines: Line[]]> = categories.map((category) => [
    categoryNames[category],
    [...changeLines(shown.filter((change) => change.category === category)), ...decided.filter((d) => d.review.categories[0] === category).map(reviewLine)],
  ]);
  groups.push(['其他', decided.filter((d) => d.review.categories.length === 0).map(reviewLine)]);
  const sections = groups.filter(([, lines]) => lines.length > 0).map(([title, lines], i): Section => ({ title: `${numerals[i]}、${title}`, lines }));

  const consent = consentItems(doc, changes, decided.filter((d) => d.level === 'separate-consent'));
  const intro =
    sections.length > 0
      ? `我们更新了《${doc.title}》，更新后的版本自${chineseDate(doc.effective)}起生效。本次更新的主要内容如下：`
      : `我们更新了《${doc.title}》，本次更新不涉及需要提示您的变更。`;
  return render(intro, sections, consent);
}

/** The pop-up of a first release: the whole policy, its sensitive items named, then any other change (a high-risk assessment). */
export function firstReleaseSummary(doc: CompiledPolicy, others: readonly Change[] = []): Summary {
  const used = new Set([...doc.purposes, ...doc.sdks].flatMap((record) => record.items.map((item) => item.id)));
  const sensitive = doc.items.filter((item) => item.sensitive && used.has(item.id)).map((item) => ({ type: 'item' as const, id: item.id, name: item.name, sensitive: true }));
  const intro = `欢迎使用${doc.product}！《${doc.title}》自${chineseDate(doc.effective)}起生效，请您在使用前仔细阅读并同意。`;
  const sections: Section[] = [];
  if (sensitive.length > 0) sections.push({ title: '本政策涉及的个人敏感信息：', lines: [line(listParts(sensitive))] });
  if (others.length > 0) sections.push({ title: '此外：', lines: changeLines(others) });
  return render(intro, sections, []);
}

/** Items and permissions added to one record make one line; any other change is a line of its own. */
function changeLines(changes: readonly Change[]): Line[] {
  const lines: Array<Line | Part[]> = [];
  const grouped = new Map<string, Part[]>();
  for (const change of changes) {
    const verb = change.kind === 'item-collected' ? '新增收集：' : change.kind === 'permission-used' ? '新增使用权限：' : undefined;
    if (!verb || !change.element) {
      lines.push({ text: change.text, html: change.html });
      continue;
    }
    const key = `${change.kind} ${change.record.type}/${change.record.id}`;
    const parts = grouped.get(key);
    if (parts) parts.push('、', change.element);
    else {
      const fresh: Part[] = [...quoted(change.record), verb, change.element];
      grouped.set(key, fresh);
      lines.push(fresh);
    }
  }
  return lines.map((entry) => (Array.isArray(entry) ? line(entry) : entry));
}

/** A reviewed edit, told in the editor's words: no rule can say what it changes. */
function reviewLine({ review, reason }: DecidedReview): Line {
  return line([`“${review.record.name}”${review.kind === 'prose' ? '的表述有修订' : '的内容有修订'}：${reason}`]);
}

function line(parts: readonly Part[]): Line {
  return { text: phraseText(parts), html: phraseHtml(parts) };
}

function render(intro: string, sections: readonly Section[], separateConsent: Summary['separateConsent']): Summary {
  const consent = separateConsent.length > 0 ? [{ title: '以下事项需要您逐项单独同意：', lines: separateConsent }] : [];
  const text = [intro];
  const html = [`<p>${escapeHtml(intro)}</p>`];
  for (const section of [...sections, ...consent]) {
    text.push(section.title, ...section.lines.map((l, i) => `${i + 1}. ${l.text}`));
    html.push(`<p>${escapeHtml(section.title)}</p>`, `<ol>${section.lines.map((l) => `<li>${l.html}</li>`).join('')}</ol>`);
  }
  return { text: text.join('\n') + '\n', html: html.join(''), separateConsent };
}
