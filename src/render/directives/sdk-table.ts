import type { Link, Paragraph, PhrasingContent, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { Directive, DirectiveHandler } from './types.ts';
import { itemWording, joined, text } from './types.ts';
import type { DirectiveContext } from '../context.ts';
import type { Sdk, SdksSource } from '../../model/index.ts';

type Layout = NonNullable<SdksSource['layout']>;
type Field = Layout['fields'][number]['show'][number];

/** The table the policy shows when sdks.yaml names no layout. */
const defaultLayout: Layout = {
  as: 'table',
  fields: [
    { show: ['name'], label: 'SDK名称' },
    { show: ['scenario'], label: '场景描述' },
    { show: ['items'], label: '个人信息类型' },
    { show: ['company', 'privacyUrl'], label: '第三方机构名称' },
  ],
};

function cell(children: PhrasingContent[]): TableCell {
  return { type: 'tableCell', children };
}

function itemsCell(sdk: Sdk, ctx: DirectiveContext): PhrasingContent[] {
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

/** One field of an SDK, as the table or list shows it; empty when the SDK does not state it. */
function fieldContent(field: Field, sdk: Sdk, ctx: DirectiveContext): PhrasingContent[] {
  switch (field) {
    case 'name':
      return [text(sdk.name)];
    case 'scenario':
      return [text(sdk.scenario)];
    case 'items':
      return itemsCell(sdk, ctx);
    case 'company':
      if (sdk.company === undefined) return [];
      ctx.mention(`recipient:${sdk.company}`);
      return [text(ctx.index.recipient.get(sdk.company)?.name ?? sdk.company)];
    case 'method': {
      const method = sdk.company === undefined ? undefined : ctx.index.recipient.get(sdk.company)?.method;
      return method === undefined ? [] : [text(method)];
    }
    case 'privacyUrl':
      // Visible as text; only an https: URL is a link.
      if (sdk.privacyUrl === undefined) return [];
      return [sdk.privacyUrl.startsWith('https://') ? { type: 'link', url: sdk.privacyUrl, children: [text(sdk.privacyUrl)] } : text(sdk.privacyUrl)];
  }
}

/** The fields of one cell or line, one per line; those the SDK does not state left out. */
function shown(fields: readonly Field[], sdk: Sdk, ctx: DirectiveContext): PhrasingContent[] {
  const parts: PhrasingContent[] = [];
  for (const field of fields) {
    const content = fieldContent(field, sdk, ctx);
    if (content.length === 0) continue;
    if (parts.length > 0) parts.push({ type: 'break' });
    parts.push(...content);
  }
  return parts;
}

/** The link to the policy's external SDK catalogue (sdks.yaml `catalogue`), in its own words; counts as placing it. */
export function catalogueLink(ctx: DirectiveContext, node: Directive, label?: string): Link | undefined {
  const catalogue = ctx.data.sdks.catalogue;
  if (!catalogue) return undefined;
  ctx.placeBlock('sdk-catalogue', '', node);
  ctx.mention('field:sdkCatalogue');
  return { type: 'link', url: catalogue.url, children: [text(label ?? catalogue.title)] };
}

/** A table: the labels as the header row, then a row per SDK. */
function table(layout: Layout, sdks: readonly Sdk[], ctx: DirectiveContext): Table {
  const rows: TableRow[] = [{ type: 'tableRow', children: layout.fields.map((f) => cell(f.label === undefined ? [] : [text(f.label)])) }];
  for (const sdk of sdks) rows.push({ type: 'tableRow', children: layout.fields.map((f) => cell(shown(f.show, sdk, ctx))) });
  return { type: 'table', align: layout.fields.map(() => null), children: rows, data: { hProperties: { className: ['sdk-table'] } } };
}

/** A list: a paragraph per SDK, a line per field stated (its label, then the value). */
function list(layout: Layout, sdks: readonly Sdk[], ctx: DirectiveContext): Paragraph[] {
  return sdks.map((sdk) => {
    const children: PhrasingContent[] = [];
    for (const field of layout.fields) {
      const content = shown(field.show, sdk, ctx);
      if (content.length === 0) continue;
      if (children.length > 0) children.push({ type: 'break' });
      children.push(...(field.label === undefined ? [] : [text(field.label)]), ...content);
    }
    return { type: 'paragraph', children };
  });
}

/** `::sdk-table`: the SDKs of sdks.yaml, as its `layout` says (by default a table with a header row). */
export const sdkTable: DirectiveHandler = {
  name: 'sdk-table',
  type: 'leafDirective',
  attributes: [],
  render(node, ctx) {
    ctx.placeBlock('sdk-table', '', node);
    const { sdks } = ctx.data.sdks;
    for (const sdk of sdks) {
      ctx.placeBlock('sdk-table', sdk.id, node);
      ctx.use('sdk', sdk.id);
    }
    const layout = ctx.data.sdks.layout ?? defaultLayout;
    const shownSdks: RootContent[] = layout.as === 'list' ? list(layout, sdks, ctx) : [table(layout, sdks, ctx)];
    const link = catalogueLink(ctx, node);
    const after: Paragraph[] = link ? [{ type: 'paragraph', children: [link] }] : [];
    // A policy that lists its SDKs only in an external catalogue shows the link alone.
    return sdks.length === 0 && link ? after : [...shownSdks, ...after];
  },
};
