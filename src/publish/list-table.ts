// The table rows of the two lists as the site shows them (site/components/ListPage.astro): built as
// a hast tree and serialized. On a phone each row is a card, each value under its column's name
// (`data-label`, which the stylesheet shows before the value); a sensitive item is bold.
// Consecutive versions mostly list the same rows: each distinct list is serialized once.
import type { Element } from 'hast';
import { h, type Child } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { CompiledPolicy } from '../model/index.ts';
import { functionLabel } from '../model/labels.ts';
import { memoByText } from '../util/memo.ts';
import { collectedList, sharedList, type CollectedRow, type ListKind, type SharedRow } from './lists.ts';

/** The columns of each list's table, in order. */
export const listColumns = {
  collected: ['个人信息', '使用目的', '使用场景', '功能类型', '个人敏感信息'],
  shared: ['第三方（SDK 或接收方）', '机构名称', '使用目的与场景', '共享的个人信息', '共享方式', '隐私政策'],
} as const satisfies Record<ListKind, readonly string[]>;

/** The `<tr>` rows of a version's list, as HTML for the table's `<tbody>`. */
export function listRowsHtml(kind: ListKind, document: CompiledPolicy): string {
  return kind === 'collected' ? collectedRowsHtml(JSON.stringify(collectedList(document))) : sharedRowsHtml(JSON.stringify(sharedList(document)));
}

const sensitive = (text: string): Element => h('strong', { className: ['sensitive'] }, text);

/** A row: one cell a column, labelled with the column's name. */
const cells = (kind: ListKind, values: readonly Child[]): Element => h('tr', values.map((value, i) => h('td', { dataLabel: listColumns[kind][i] }, value)));

const collectedRowsHtml = memoByText((json: string): string => {
  const rows = JSON.parse(json) as CollectedRow[];
  return toHtml(rows.map((row) => cells('collected', [
    [row.sensitive ? sensitive(row.item) : row.item, ...(row.kind === 'permission' ? ['（设备权限）'] : [])],
    row.purpose,
    row.scenario,
    functionLabel[row.function],
    row.sensitive ? '是' : '否',
  ])));
}, 16, 512 * 1024);

const sharedRowsHtml = memoByText((json: string): string => {
  const rows = JSON.parse(json) as SharedRow[];
  return toHtml(rows.map((row) => cells('shared', [
    row.recipient,
    row.company,
    row.purpose,
    row.items.flatMap((item, i) => [...(i > 0 ? ['、'] : []), row.sensitiveItems.includes(item) ? sensitive(item) : item]),
    row.method,
    // Only an https: address is a link; anything else the policy gives is shown as text.
    row.privacyUrl.startsWith('https://') ? h('a', { href: row.privacyUrl }, row.privacyUrl) : row.privacyUrl || '—',
  ])));
}, 16, 512 * 1024);
