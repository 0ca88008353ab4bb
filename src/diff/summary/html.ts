// The pop-up as HTML, built as a hast tree and serialized: <p>, <ol>, <li>, <strong> only, so an
// app may render it as is.
import type { ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { noChangeNote } from '../../client/popup-compose.ts';
import type { ConsentItem, Popup, Run } from '../../model/generated/popup.ts';
import { popupConsentLabel } from '../../model/labels.ts';
import { toHtml } from '../../render/markdown.ts';

function inline(runs: readonly Run[]): ElementContent[] {
  return runs.map((run): ElementContent => (run.sensitive ? h('strong', run.text) : { type: 'text', value: run.text }));
}

/** The body: the intro, then each section's heading and its lines (the consent items are shown apart). */
export function popupHtml(popup: Pick<Popup, 'kind' | 'intro' | 'sections' | 'consent'>): string {
  const children: ElementContent[] = [h('p', popup.intro)];
  if (popup.kind === 'update' && popup.sections.length === 0 && popup.consent.length === 0) children.push(h('p', noChangeNote));
  for (const section of popup.sections) children.push(h('p', section.heading), h('ol', section.lines.map((line) => h('li', inline(line.runs)))));
  return toHtml({ type: 'root', children } satisfies Root);
}

/** One consent item as phrasing content (it may sit in a <label>): title, lines and what refusing means, one a line. */
export function consentHtml(item: Pick<ConsentItem, 'title' | 'lines' | 'refusal'>): string {
  const children: ElementContent[] = [...inline(item.title)];
  for (const line of [...item.lines, [{ text: item.refusal }]]) children.push(h('br'), ...inline(line));
  return toHtml({ type: 'root', children } satisfies Root);
}

/** The consent items as a list with empty boxes, for a review comment (nothing is pre-ticked). */
export function consentListHtml(items: readonly ConsentItem[]): string {
  if (items.length === 0) return '';
  const list = items.map((item) => h('li', [{ type: 'text', value: '☐ ' }, ...inline(item.title), ...(item.required ? [{ type: 'text' as const, value: `（${popupConsentLabel.required}）` }] : []), ...[...item.lines, [{ text: item.refusal }]].flatMap((line): ElementContent[] => [h('br'), ...inline(line)])]));
  return toHtml({ type: 'root', children: [h('p', popupConsentLabel.heading), h('ul', list)] } satisfies Root);
}
