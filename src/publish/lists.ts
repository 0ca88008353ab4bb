import type { CompiledPolicy } from '../model/index.ts';
import { functionLabel, listLabel, sharedTypeLabel } from '../model/labels.ts';
import { isDisclosure } from '../model/kinds.ts';
import { serializeJson } from '../util/json.ts';

/** 个人信息收集清单: one row per item a purpose collects, and per device permission it uses. */
export interface CollectedRow {
  item: string;
  itemId: string;
  kind: 'item' | 'permission';
  purpose: string;
  purposeId: string;
  scenario: string;
  function: 'basic' | 'additional';
  sensitive: boolean;
  /** Collected while the app runs in the background. */
  background: boolean;
}

/** 第三方信息共享清单: one row per SDK, and per other recipient a purpose names. */
export interface SharedRow {
  recipient: string;
  recipientId: string;
  /** `disclosure`: shown to other users, the user's organisation or the public (公开披露). */
  type: 'sdk' | 'recipient' | 'disclosure';
  /** The provider or company; empty when the policy does not name it. */
  company: string;
  purpose: string;
  items: string[];
  sensitiveItems: string[];
  method: string;
  /** Empty when the policy gives none. */
  privacyUrl: string;
}


export function collectedList(doc: CompiledPolicy): CollectedRow[] {
  return doc.purposes.flatMap((purpose) => {
    const common = { purpose: purpose.title, purposeId: purpose.id, scenario: purpose.scenario ?? purpose.title, function: purpose.function };
    return [
      ...purpose.items.map((item) => ({ item: item.name, itemId: item.id, kind: 'item' as const, sensitive: item.sensitive, background: item.background === true, ...common })),
      ...purpose.permissions.map((p) => ({ item: p.name, itemId: p.id, kind: 'permission' as const, sensitive: false, background: purpose.background === true, ...common })),
    ];
  });
}

export function sharedList(doc: CompiledPolicy): SharedRow[] {
  const rows: SharedRow[] = doc.sdks.map((sdk) => ({
    recipient: sdk.name,
    recipientId: sdk.id,
    type: 'sdk',
    company: sdk.company?.name ?? '',
    purpose: sdk.scenario,
    items: [...sdk.items.map((i) => i.name), ...sdk.permissions.map((p) => p.name)],
    sensitiveItems: sdk.items.filter((i) => i.sensitive).map((i) => i.name),
    method: 'SDK嵌入',
    privacyUrl: sdk.privacyUrl ?? '',
  }));
  // Other recipients: those the purposes name, with what those purposes provide to them (the items
  // the purpose names for the recipient, else all of its items).
  const byRecipient = new Map<string, { purposes: string[]; items: Map<string, boolean> }>();
  for (const purpose of doc.purposes) {
    for (const recipient of purpose.recipients) {
      const entry = byRecipient.get(recipient.id) ?? { purposes: [] as string[], items: new Map<string, boolean>() };
      entry.purposes.push(purpose.scenario ?? purpose.title);
      for (const item of recipient.items ?? purpose.items) entry.items.set(item.name, item.sensitive);
      byRecipient.set(recipient.id, entry);
    }
  }
  for (const recipient of doc.recipients) {
    const entry = byRecipient.get(recipient.id);
    if (!entry) continue;
    rows.push({
      recipient: recipient.name,
      recipientId: recipient.id,
      type: isDisclosure(recipient) ? 'disclosure' : 'recipient',
      company: recipient.kind === 'group' && recipient.members?.length
        ? recipient.members.map((id) => doc.recipients.find((r) => r.id === id)?.name ?? id).join('、')
        : recipient.name,
      purpose: entry.purposes.join('；'),
      items: [...entry.items.keys()],
      sensitiveItems: [...entry.items].filter(([, sensitive]) => sensitive).map(([name]) => name),
      method: recipient.method ?? '',
      privacyUrl: '',
    });
  }
  return rows;
}

/** The external SDK catalogue the policy links to instead of (or besides) its SDK table, if any. */
export function sdkCatalogue(doc: CompiledPolicy): { title: string; url: string } | undefined {
  return doc.sdkCatalogue;
}

/**
 * One CSV cell. A cell a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, a
 * tab or a carriage return) gets a leading `'`, which spreadsheets show as text, and is quoted, as
 * OWASP recommends against CSV injection; a cell holding a quote, comma or line break is quoted.
 */
export function csvCell(value: string): string {
  const neutral = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return neutral !== value || /[",\r\n]/.test(neutral) ? `"${neutral.replace(/"/g, '""')}"` : neutral;
}

/** RFC 4180 CSV with a UTF-8 byte-order mark, so spreadsheet programs read the Chinese right. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return '\uFEFF' + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function collectedCsv(rows: CollectedRow[]): string {
  return toCsv(
    ['个人信息', '类型', '使用目的', '使用场景', '功能类型', '是否敏感', '后台收集'],
    rows.map((r) => [r.item, r.kind === 'item' ? '个人信息' : '设备权限', r.purpose, r.scenario, functionLabel[r.function], r.sensitive ? '是' : '否', r.background ? '是' : '否']),
  );
}

export function sharedCsv(rows: SharedRow[]): string {
  return toCsv(
    ['第三方名称', '类型', '第三方机构名称', '使用目的/场景', '共享的个人信息', '其中敏感个人信息', '共享方式', '隐私政策链接'],
    rows.map((r) => [r.recipient, sharedTypeLabel[r.type], r.company, r.purpose, r.items.join('、'), r.sensitiveItems.join('、'), r.method, r.privacyUrl]),
  );
}

export type ListKind = 'collected' | 'shared';

/** The two lists, in the order the site shows them. */
export const listKinds = ['collected', 'shared'] as const satisfies readonly ListKind[];

/** What a list file needs of a version: its id, effective date and document. */
export interface ListSource {
  id: string;
  record: { effective: string };
  document: CompiledPolicy;
}

/**
 * One list of one version as a file: JSON (`{ version, effective, rows }`) or CSV. Without a
 * version (an empty archive), an empty list.
 */
export function listFile(kind: ListKind, format: 'json' | 'csv', version: ListSource | undefined): { body: string; type: string } {
  if (kind === 'collected') {
    const rows = version ? collectedList(version.document) : [];
    return format === 'csv' ? csvFile(collectedCsv(rows)) : jsonFile(version, rows);
  }
  const rows = version ? sharedList(version.document) : [];
  return format === 'csv' ? csvFile(sharedCsv(rows)) : jsonFile(version, rows);
}

const csvFile = (body: string) => ({ body, type: 'text/csv; charset=utf-8' });
const jsonFile = (version: ListSource | undefined, rows: unknown[]) => ({
  body: serializeJson({ version: version?.id ?? null, effective: version?.record.effective ?? null, rows }),
  type: 'application/json; charset=utf-8',
});

/** A list page's title and meta description, for a version (the current one at /lists/, or its own). */
export function listTitle(kind: ListKind, version: { id: string; isCurrent: boolean; document: CompiledPolicy } | undefined): { title: string; description: string } {
  const name = listLabel[kind];
  if (!version) return { title: name, description: name };
  const title = `${version.document.product}${name}${version.isCurrent ? '' : `（版本 ${version.id}）`}`;
  const what = kind === 'collected' ? '收集的每项个人信息及其目的、场景与是否敏感' : '共享个人信息的每个第三方（SDK 与其他接收方）、机构、目的与共享的信息';
  return { title, description: `${title}：${version.document.title}${version.isCurrent ? '当前版本' : `历史版本 ${version.id}`}${what}，另有 JSON 与 CSV 下载。` };
}
