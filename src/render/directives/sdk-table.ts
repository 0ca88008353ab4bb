import type { Link, Paragraph, PhrasingContent, Table, TableCell, TableRow } from 'mdast';
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
    if (record) parts.push(itemWording(typeof ref === 'string' || !ref.as ? record.name : ref.as, record.sensitive === true));
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
  const parts: PhrasingContent[] = [];
  if (sdk.company !== undefined) {
    ctx.mention(`recipient:${sdk.company}`);
    parts.push(text(ctx.index.recipient.get(sdk.company)?.name ?? sdk.company));
  }
  if (sdk.privacyUrl !== undefined) {
    if (parts.length > 0) parts.push({ type: 'break' });
    parts.push(sdk.privacyUrl.startsWith('https://') ? { type: 'link', url: sdk.privacyUrl, children: [text(sdk.privacyUrl)] } : text(sdk.privacyUrl));
  }
  return parts;
}

/** The link to the policy's external SDK catalogue (sdks.yaml `catalogue`), in its own words; counts as placing it. */
export function catalogueLink(ctx: RenderContext, label?: string): Link | undefined {
  const catalogue = ctx.data.sdks.catalogue;
  if (!catalogue) return undefined;
  ctx.placeBlock('sdk-catalogue', '');
  ctx.mention('field:sdkCatalogue');
  return { type: 'link', url: catalogue.url, children: [text(label ?? catalogue.title)] };
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
    const link = catalogueLink(ctx);
    const after: Paragraph[] = link ? [{ type: 'paragraph', children: [link] }] : [];
    // A policy that lists its SDKs only in an external catalogue shows the link alone.
    return ctx.data.sdks.sdks.length === 0 && link ? after : [table, ...after];
  },
};
