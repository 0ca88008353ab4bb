import type { PhrasingContent, Table, TableCell, TableRow } from 'mdast';
import type { DirectiveHandler } from './types.ts';
import { itemWording, joined, text } from './types.ts';
import type { RenderContext } from '../context.ts';
import type { Sdk } from '../../model/index.ts';

const header = ['SDK名称', '场景描述', '个人信息类型', '第三方机构名称'];

function cell(children: PhrasingContent[]): TableCell {
  return { type: 'tableCell', children };
}

function itemsCell(sdk: Sdk, ctx: RenderContext): PhrasingContent[] {
  const parts: PhrasingContent[] = [];
  for (const ref of sdk.items) {
    const id = typeof ref === 'string' ? ref : ref.id;
    const record = ctx.index.item.get(id);
    ctx.mention(`item:${id}`);
    if (record) parts.push(itemWording(typeof ref === 'string' || !ref.as ? record.name : ref.as, record.sensitive));
  }
  for (const ref of sdk.permissions ?? []) {
    const id = typeof ref === 'string' ? ref : ref.id;
    const record = ctx.index.permission.get(id);
    ctx.mention(`permission:${id}`);
    if (record) parts.push(text(typeof ref === 'string' || !ref.as ? record.name : ref.as));
  }
  return joined(parts, sdk.separator ?? '、');
}

/** The company and its privacy-policy URL, visible as text; only an https: URL is a link. */
function companyCell(sdk: Sdk, ctx: RenderContext): PhrasingContent[] {
  const company = ctx.index.recipient.get(sdk.company);
  ctx.mention(`recipient:${sdk.company}`);
  const url: PhrasingContent = sdk.privacyUrl.startsWith('https://')
    ? { type: 'link', url: sdk.privacyUrl, children: [text(sdk.privacyUrl)] }
    : text(sdk.privacyUrl);
  return [text(company?.name ?? sdk.company), { type: 'break' }, url];
}

/** `::sdk-table`: the SDK table of sdks.yaml, a header row then one row per SDK. */
export const sdkTable: DirectiveHandler = {
  name: 'sdk-table',
  type: 'leafDirective',
  attributes: [],
  render(node, ctx) {
    const rows: TableRow[] = [{ type: 'tableRow', children: header.map((h) => cell([text(h)])) }];
    if (ctx.placeBlock('sdk-table', '') > 1) {
      ctx.error('The SDK table is placed more than once', node, 'duplicate-sdk-table', 'Place `::sdk-table` once; refer to one SDK elsewhere with `:sdk{#id}`.');
      return [];
    }
    for (const sdk of ctx.data.sdks.sdks) {
      ctx.placeBlock('sdk-table', sdk.id);
      ctx.use('sdk', sdk.id);
      rows.push({
        type: 'tableRow',
        children: [cell([text(sdk.name)]), cell([text(sdk.scenario)]), cell(itemsCell(sdk, ctx)), cell(companyCell(sdk, ctx))],
      });
    }
    const table: Table = { type: 'table', align: header.map(() => null), children: rows, data: { hProperties: { className: ['sdk-table'] } } };
    return [table];
  },
};
