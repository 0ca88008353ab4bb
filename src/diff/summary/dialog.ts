// A release's pop-up as data (popup.schema.json): the update pop-up of a release's changes and the
// editor's decisions, and the first-run pop-up (consent to the whole policy). No HTML here: the
// feed derives pop-ups of old records with this alone (summary.ts renders text and HTML).
import { itemRun, joinRuns } from '../../client/popup-compose.ts';
import type { CompiledPolicy } from '../../model/index.ts';
import type { Popup, Section } from '../../model/generated/popup.ts';
import { popupSectionLabel } from '../../model/labels.ts';
import { chineseDate } from '../../render/format.ts';
import type { Change, Decision } from '../types.ts';
import { consentItems } from './consent.ts';
import { popupSections } from './lines.ts';

/** A review item as decided by an editor. */
export function updateDialog(doc: CompiledPolicy, changes: readonly Change[], decisions: readonly Decision[] = []): Popup {
  const decided = decisions.filter((decision) => decision.level !== 'none');
  return {
    kind: 'update',
    product: doc.product,
    title: `《${doc.title}》更新提示`,
    // The dates the policy states, and only those.
    intro: doc.effective ? `我们更新了《${doc.title}》，新版本自${chineseDate(doc.effective)}起生效。` : `我们于${chineseDate(doc.updated)}更新了《${doc.title}》。`,
    sections: popupSections(doc, changes, decided),
    consent: consentItems(doc, changes, decided.filter((d) => d.level === 'separate-consent')),
  };
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
    intro: doc.effective
      ? `欢迎使用${doc.product}！《${doc.title}》自${chineseDate(doc.effective)}起生效，请您在使用前仔细阅读并同意。`
      : `欢迎使用${doc.product}！《${doc.title}》于${chineseDate(doc.updated)}更新，请您在使用前仔细阅读并同意。`,
    sections,
    consent: [],
  };
}

