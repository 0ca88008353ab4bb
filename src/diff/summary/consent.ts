// The separate-consent items of a pop-up, one by one (PIPL Arts. 23, 29, 31, 39).
import type { CompiledPolicy } from '../../model/index.ts';
import { phraseHtml, phraseText, type Part } from '../phrase.ts';
import type { Change, ConsentItem, RecordRef } from '../types.ts';
import type { DecidedReview } from './summary.ts';

interface Entry {
  subject: Part[];
  uses: RecordRef[];
}

/** Groups the separate-consent changes by what is consented to, in the order they come. */
export function consentItems(doc: CompiledPolicy, changes: readonly Change[], decided: readonly DecidedReview[] = []): ConsentItem[] {
  const entries = new Map<string, Entry>();
  const add = (id: string, subject: Part[], use?: RecordRef) => {
    const entry = entries.get(id) ?? { subject, uses: [] };
    if (use && !entry.uses.some((u) => u.type === use.type && u.id === use.id)) entry.uses.push(use);
    entries.set(id, entry);
  };
  for (const change of changes) {
    if (change.level !== 'separate-consent') continue;
    const { kind, record, element } = change;
    if (kind === 'item-collected' && element) add(`item/${element.id}`, itemSubject(doc, element), record);
    else if (kind === 'item-added' || kind === 'item-sensitivity-changed') add(`item/${record.id}`, itemSubject(doc, record));
    else if (kind === 'sdk-added' || kind === 'sdk-company-changed') add(`sdk/${record.id}`, ['向', element ?? record, '提供个人信息（第三方SDK“', record, '”）']);
    else if (kind === 'purpose-recipient-added' && element) add(`recipient/${element.id}`, ['向', element, '提供个人信息'], record);
    else if (kind === 'recipient-member-added' && element) add(`recipient/${element.id}`, ['向', element, '提供个人信息']);
    else if (kind === 'recipient-added' || kind === 'recipient-renamed') add(`recipient/${record.id}`, ['向', record, '提供个人信息']);
    else if (kind === 'cross-border-changed' || kind === 'storage-location-changed') add('cross-border', [`向境外提供个人信息（存储地点：${doc.storage.location}）`]);
    else if (kind === 'child-age-changed' || kind === 'minimum-age-changed') add('children', [`处理不满${doc.childAge}周岁儿童的个人信息`]);
    else add(change.id, [change.text]);
  }
  for (const { review, reason } of decided) add(review.id, [`“${review.record.name}”中的修订：${reason}`]);
  return [...entries].map(([id, entry]) => {
    const parts = [...entry.subject, ...usesParts(entry.uses)];
    return { id, text: phraseText(parts), html: phraseHtml(parts) };
  });
}

function itemSubject(doc: CompiledPolicy, item: RecordRef): Part[] {
  const children = doc.items.find((i) => i.id === item.id)?.category === 'children';
  return [item, item.sensitive ? '（个人敏感信息）' : children ? '（儿童个人信息）' : ''];
}

function usesParts(uses: readonly RecordRef[]): Part[] {
  if (uses.length === 0) return [];
  return ['，涉及：', uses.map((use) => `“${use.name}”`).join('、')];
}
