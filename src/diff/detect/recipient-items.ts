// Which items go to which recipient: a recipient that purposes already provided information to now
// receives a kind of item it did not (a purpose names the item for it, or a purpose that shares all
// its items with it collects a new one), or no longer receives one. A recipient a purpose names for
// the first time is told by `purpose-recipient-added` with everything it receives.
import type { CompiledPolicy } from '../../model/index.ts';
import { detected } from '../detected.ts';
import { refs } from '../refs.ts';
import { isDisclosure } from '../../model/kinds.ts';
import type { DetectedChange } from '../types.ts';

type Doc = CompiledPolicy;
type Use = Doc['purposes'][number]['items'][number];

/** The items a recipient receives through each purpose that names it: those named for it, else all of the purpose's. */
export function itemsTo(doc: Doc, recipientId: string, only?: (purposeId: string) => boolean): Map<string, Use> {
  const out = new Map<string, Use>();
  for (const purpose of doc.purposes) {
    if (only && !only(purpose.id)) continue;
    const entry = purpose.recipients.find((r) => r.id === recipientId);
    if (!entry) continue;
    for (const use of entry.items ?? purpose.items) if (!out.has(use.id)) out.set(use.id, use);
  }
  return out;
}

export function recipientItemChanges(before: Doc, after: Doc): DetectedChange[] {
  const changes: DetectedChange[] = [];
  const old = new Map(before.purposes.map((p) => [p.id, p]));
  for (const recipient of after.recipients) {
    if (!before.recipients.some((r) => r.id === recipient.id)) continue;
    const was = itemsTo(before, recipient.id);
    if (was.size === 0) continue;
    // Through purposes that already named this recipient: what else they now provide to it.
    const kept = itemsTo(after, recipient.id, (id) => old.get(id)?.recipients.some((r) => r.id === recipient.id) === true);
    const now = itemsTo(after, recipient.id);
    const record = refs.recipient(recipient);
    const verb = isDisclosure(recipient) ? '公开' : '提供';
    for (const use of kept.values()) {
      if (was.has(use.id)) continue;
      const element = refs.item(use);
      changes.push(detected('recipient-item-added', record, ['新增向', record, verb, element], { path: ['items', use.id], element }));
    }
    for (const use of was.values()) {
      if (now.has(use.id)) continue;
      const element = refs.item(use);
      changes.push(detected('recipient-item-removed', record, ['不再向', record, verb, element], { path: ['items', use.id], element }));
    }
  }
  return changes;
}
