// The whole pop-up as a reader meets it, for a terminal and a review comment: the body, then each
// consent item with an empty box (nothing is pre-ticked).
import { popupText } from '../../client/popup-compose.ts';
import type { Popup } from '../../model/generated/popup.ts';
import { popupConsentLabel } from '../../model/labels.ts';

export function popupTranscript(popup: Pick<Popup, 'kind' | 'title' | 'intro' | 'sections' | 'consent'>): string {
  const out = [popup.title, popupText(popup).trimEnd()];
  if (popup.consent.length > 0) {
    out.push(popupConsentLabel.heading);
    for (const item of popup.consent) {
      const [title, ...rest] = item.text.split('\n');
      out.push(`☐ ${title}${item.required ? `（${popupConsentLabel.required}）` : ''}`, ...rest.map((line) => `  ${line}`));
    }
  }
  return out.join('\n') + '\n';
}
