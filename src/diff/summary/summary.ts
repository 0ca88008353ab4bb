// The pop-up of a release as the record stores it: the data (dialog.ts), and its body as text and
// HTML. Only the changed parts, in plain-language sections, sensitive items in bold; the consent
// items apart, each to be granted or refused on its own.
import { popupText } from '../../client/popup-compose.ts';
import type { CompiledPolicy } from '../../model/index.ts';
import type { Popup } from '../../model/generated/popup.ts';
import type { Change, Summary, Decision } from '../types.ts';
import { firstRunDialog, updateDialog } from './dialog.ts';
import { consentHtml, popupHtml } from './html.ts';


/** The update pop-up of a release: its changes (and the editor's decisions) against the release before. */
export function summarize(doc: CompiledPolicy, changes: readonly Change[], decisions: readonly Decision[] = []): Summary {
  return summaryOf(updateDialog(doc, changes, decisions));
}

/** The pop-up of a first release: the whole policy, its sensitive items named, then any other change (a high-risk assessment). */
export function firstReleaseSummary(doc: CompiledPolicy, others: readonly Change[] = []): Summary {
  return summaryOf(firstRunDialog(doc, others));
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

