// The pop-up of a release: structured (popup.schema.json) for apps to render natively, and its body
// as text and HTML. Only the changed parts, in plain-language sections, sensitive items in bold;
// the consent items apart, each to be granted or refused on its own.
import { itemRun, joinRuns, popupText } from '../../client/popup-compose.ts';
import type { CompiledPolicy } from '../../model/index.ts';
import type { Popup, Section } from '../../model/generated/popup.ts';
import { popupSectionLabel } from '../../model/labels.ts';
import { chineseDate } from '../../render/format.ts';
import type { Change, NoticeLevel, ReviewItem, Summary } from '../types.ts';
import { consentItems } from './consent.ts';
import { consentHtml, popupHtml } from './html.ts';
import { popupSections } from './lines.ts';

/** A review item as decided by an editor. */
export interface DecidedReview {
  review: ReviewItem;
  level: NoticeLevel;
  /** The editor's reason: what the reviewed edit changes, shown to users in the pop-up. */
  reason: string;
}

/** The update pop-up of a release: its changes (and the editor's decisions) against the release before. */
export function summarize(doc: CompiledPolicy, changes: readonly Change[], decisions: readonly DecidedReview[] = []): Summary {
  return summaryOf(updateDialog(doc, changes, decisions));
}

export function updateDialog(doc: CompiledPolicy, changes: readonly Change[], decisions: readonly DecidedReview[] = []): Popup {
  const decided = decisions.filter((decision) => decision.level !== 'none');
  return {
    kind: 'update',
    product: doc.product,
    title: `《${doc.title}》更新提示`,
    intro: `我们更新了《${doc.title}》，新版本自${chineseDate(doc.effective)}起生效。`,
    sections: popupSections(doc, changes, decided),
    consent: consentItems(doc, changes, decided.filter((d) => d.level === 'separate-consent')),
  };
}

/** The pop-up of a first release: the whole policy, its sensitive items named, then any other change (a high-risk assessment). */
export function firstReleaseSummary(doc: CompiledPolicy, others: readonly Change[] = []): Summary {
  return summaryOf(firstRunDialog(doc, others));
}

/**
 * Consent to the whole policy: for a first release, and for a user who meets a later version first.
 * Its text is the one the first release of 2021-10-13 recorded (test/diff/popup.test.ts).
 */
export function firstRunDialog(doc: CompiledPolicy, others: readonly Change[] = []): Popup {
  const used = new Set([...doc.purposes, ...doc.sdks].flatMap((record) => record.items.map((item) => item.id)));
  const sensitive = doc.items.filter((item) => item.sensitive && used.has(item.id));
  const sections: Section[] = [];
  if (sensitive.length > 0) {
    const runs = joinRuns(sensitive.map((item) => [itemRun(item)]), '、');
    sections.push({ id: 'sensitive', heading: popupSectionLabel.sensitive, categories: ['service-model'], lines: [{ key: 'items', category: 'service-model', level: 'reconsent', change: false, runs }] });
  }
  const also = popupSections(doc, others).flatMap((section) => section.lines);
  if (also.length > 0) sections.push({ id: 'also', heading: popupSectionLabel.also, categories: [...new Set(also.flatMap((l) => (l.category ? [l.category] : [])))], lines: also });
  return {
    kind: 'first-run',
    product: doc.product,
    title: '个人信息保护提示',
    intro: `欢迎使用${doc.product}！《${doc.title}》自${chineseDate(doc.effective)}起生效，请您在使用前仔细阅读并同意。`,
    sections,
    consent: [],
  };
}

/** A pop-up's record form: its body as text and HTML, the consent items as id, text and HTML, and the data. */
export function summaryOf(dialog: Popup): Summary {
  return {
    text: popupText(dialog),
    html: popupHtml(dialog),
    separateConsent: dialog.consent.map((item) => ({ id: item.id, text: item.text, html: consentHtml(item) })),
    dialog,
  };
}

