// Structured edits of a compiled document, each with the levels the rule table gives it and its
// reverse. Property tests draw them at random.
import type { NoticeLevel } from '../../src/diff/types.ts';
import type { CompiledPolicy } from '../../src/model/index.ts';
import { itemsTo } from '../../src/diff/detect/recipient-items.ts';

type Doc = CompiledPolicy;

export interface Mutation {
  name: string;
  /** The table's level for the edit, and for undoing it. */
  forward: NoticeLevel;
  reverse: NoticeLevel;
  /** Edits `doc` in place; `pick` chooses among candidates. Returns false when nothing applies. */
  apply(doc: Doc, pick: number): boolean;
}

const at = <T>(list: readonly T[], pick: number): T | undefined => (list.length ? list[pick % list.length] : undefined);

function itemUse(doc: Doc, id: string) {
  const item = doc.items.find((i) => i.id === id)!;
  return { id, name: item.name, sensitive: item.sensitive };
}

/**
 * A purpose that shares with no recipient (`shared`: one that does, whose recipients then receive
 * the item too) collects another item. Shared, the item must be a kind that some recipient the
 * purpose shares all its items with received through no purpose before, or the edit gives no
 * recipient anything new (the detector's own `itemsTo` says what each receives).
 */
function addItemToPurpose(sensitive: boolean, shared = false) {
  return (doc: Doc, pick: number) => {
    const purpose = at(doc.purposes.filter((p) => (p.recipients.length > 0) === shared), pick);
    if (!purpose) return false;
    const receivers = purpose.recipients.filter((entry) => entry.items === undefined).map((entry) => itemsTo(doc, entry.id));
    const gainsSomeone = (id: string) => !shared || receivers.some((received) => !received.has(id));
    const candidates = doc.items.filter((i) => i.sensitive === sensitive && i.category !== 'children' && !purpose.items.some((u) => u.id === i.id) && gainsSomeone(i.id));
    const item = at(candidates, Math.floor(pick / doc.purposes.length));
    if (!item) return false;
    purpose.items.push(itemUse(doc, item.id));
    return true;
  };
}

export const mutations: readonly Mutation[] = [
  {
    name: 'a new SDK',
    forward: 'separate-consent',
    reverse: 'none',
    apply(doc, pick) {
      const company = at(doc.recipients.filter((r) => r.kind === 'company'), pick)!;
      const items = doc.items.filter((i) => !i.sensitive && i.category !== 'children').slice(pick % 5, (pick % 5) + 2);
      doc.sdks.push({ id: `test-sdk-${pick}`, name: `测试SDK${pick}`, scenario: '测试', items: items.map((i) => itemUse(doc, i.id)), permissions: [], company: { id: company.id, name: company.name }, privacyUrl: 'https://example.com/' });
      return true;
    },
  },
  { name: 'a purpose collects another item', forward: 'reconsent', reverse: 'none', apply: addItemToPurpose(false) },
  { name: 'a purpose collects a sensitive item', forward: 'separate-consent', reverse: 'none', apply: addItemToPurpose(true) },
  { name: 'a purpose that shares its items collects another, which its recipients receive too', forward: 'separate-consent', reverse: 'none', apply: addItemToPurpose(false, true) },
  {
    name: 'an item becomes sensitive',
    forward: 'separate-consent',
    reverse: 'notify',
    apply(doc, pick) {
      const item = at(doc.items.filter((i) => !i.sensitive), pick)!;
      item.sensitive = true;
      item.sensitiveReason = '测试';
      for (const record of [...doc.purposes, ...doc.sdks]) for (const use of record.items) if (use.id === item.id) use.sensitive = true;
      return true;
    },
  },
  {
    name: 'retention lengthened',
    forward: 'reconsent',
    reverse: 'notify',
    apply(doc, pick) {
      doc.retention![pick % 2 ? 'minimumMonths' : 'afterCancellationMonths']! += 1 + (pick % 12);
      return true;
    },
  },
  {
    name: 'a contact changes',
    forward: 'notify',
    reverse: 'notify',
    apply(doc, pick) {
      at(doc.contacts, pick)!.value = `changed-${pick}@example.com`;
      return true;
    },
  },
  {
    name: 'the controller changes',
    forward: 'notify',
    reverse: 'notify',
    apply(doc, pick) {
      doc.controller.name = `测试${pick}有限公司`;
      return true;
    },
  },
  {
    name: 'a way to exercise a right is removed',
    forward: 'reconsent',
    reverse: 'notify',
    apply(doc, pick) {
      const right = at(doc.rights.filter((r) => r.ways.length > 0), pick)!;
      right.ways.splice(pick % right.ways.length, 1);
      return true;
    },
  },
  {
    name: "an SDK's URL changes",
    forward: 'none',
    reverse: 'none',
    apply(doc, pick) {
      at(doc.sdks, pick)!.privacyUrl = `https://example.com/policy-${pick}`;
      return true;
    },
  },
  {
    name: 'cross-border transfer',
    forward: 'separate-consent',
    reverse: 'none',
    apply(doc) {
      doc.storage.crossBorder = true;
      return true;
    },
  },
  {
    name: 'the child age is raised',
    forward: 'separate-consent',
    reverse: 'notify',
    apply(doc, pick) {
      doc.childAge! += 1 + (pick % 3);
      return true;
    },
  },
  {
    name: 'a purpose shares with another recipient',
    forward: 'separate-consent',
    reverse: 'none',
    apply(doc, pick) {
      const purpose = at(doc.purposes, pick)!;
      const recipient = at(doc.recipients.filter((r) => !purpose.recipients.some((u) => u.id === r.id)), Math.floor(pick / doc.purposes.length));
      if (!recipient) return false;
      purpose.recipients.push({ id: recipient.id, name: recipient.name });
      return true;
    },
  },
  {
    name: 'an additional function becomes basic',
    forward: 'reconsent',
    reverse: 'notify',
    apply(doc, pick) {
      const purpose = at(doc.purposes.filter((p) => p.function === 'additional'), pick);
      if (!purpose) return false;
      purpose.function = 'basic';
      return true;
    },
  },
];
