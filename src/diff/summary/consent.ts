// The consent model: one item per thing a user can refuse on its own (PIPL Arts. 23, 25, 29, 31,
// 39), with a stable id. A recipient (the company) gathers every SDK and purpose through which it
// newly receives data, naming the data; a sensitive item collected by our own purposes names them;
// a transfer abroad names where and who; children's data; an editor's separate-consent decision.
// What refusing means is derived from the functions the rows name (src/client/popup-compose.ts).
import { composeConsent, itemRun, runsOf, type Runs } from '../../client/popup-compose.ts';
import type { CompiledPolicy } from '../../model/index.ts';
import type { ConsentItem, ConsentPart, Row } from '../../model/generated/popup.ts';
import type { Change, Decision } from '../types.ts';
import { legalChildAge } from '../../model/facts.ts';
import { isDisclosure } from '../../model/kinds.ts';

const quotedName = (name: string) => ['“', name, '”'];

type Doc = CompiledPolicy;
type Sdk = Doc['sdks'][number];
type Purpose = Doc['purposes'][number];
type Kind = ConsentItem['kind'];

const kindOrder: readonly Kind[] = ['recipient', 'item', 'cross-border', 'children', 'review', 'other'];

/** Through an SDK: its name and scenario, and what it collects: all of it, the items given, or nothing. */
function sdkRow(sdk: Sdk, data: 'all' | 'none' | NonNullable<Row['items']> = 'all'): Row {
  const row: Row = { lead: runsOf(sdk.name, '（', sdk.scenario, '）'), feature: sdk.scenario, basic: false, source: ['sdks', sdk.id] };
  if (data === 'all') return { ...row, items: sdk.items, ...(sdk.permissions.length > 0 ? { permissions: sdk.permissions } : {}) };
  return data === 'none' ? row : { ...row, items: data };
}

/** For a purpose: its title and function, and (when the data goes to a recipient) what it uses. */
function purposeRow(purpose: Purpose, withData: boolean): Row {
  return {
    lead: runsOf(purpose.title),
    feature: purpose.title,
    basic: purpose.function === 'basic',
    source: ['purposes', purpose.id],
    ...(withData ? { items: purpose.items, ...(purpose.permissions.length > 0 ? { permissions: purpose.permissions } : {}) } : {}),
  };
}

/** Every way a recipient receives data in a version: its SDKs, and the purposes that share with it or with a group it belongs to. */
function usesOf(doc: Doc, recipientId: string): Row[] {
  const groups = new Set(doc.recipients.filter((r) => r.members?.includes(recipientId)).map((r) => r.id));
  return [
    ...doc.sdks.filter((sdk) => sdk.company?.id === recipientId).map((sdk) => sdkRow(sdk)),
    ...doc.purposes.filter((p) => p.recipients.some((r) => r.id === recipientId || groups.has(r.id))).map((p) => purposeRow(p, true)),
  ];
}

/** The consent items of a release's separate-consent changes and decisions, each id once. */
export function consentItems(doc: Doc, changes: readonly Change[], decided: readonly Decision[] = []): ConsentItem[] {
  const items = new Map<string, { kind: Kind; title: Runs; parts: ConsentPart[] }>();
  const add = (id: string, kind: Kind, title: Runs, part: ConsentPart) => {
    const item = items.get(id) ?? { kind, title, parts: [] };
    if (!item.parts.some((p) => p.key === part.key)) item.parts.push(part);
    items.set(id, item);
  };
  const recipient = (id: string, part: ConsentPart) => {
    const r = doc.recipients.find((x) => x.id === id);
    add(`recipient/${id}`, 'recipient', runsOf('向', r?.name ?? id, isDisclosure(r) ? '公开您的个人信息' : '提供您的个人信息'), part);
  };
  /** The provider of an SDK: its company, or, when the policy names none, the SDK's provider by the SDK's name. */
  const provider = (sdk: Sdk, part: ConsentPart) => {
    if (sdk.company) recipient(sdk.company.id, part);
    else add(`sdk/${sdk.id}`, 'recipient', runsOf('向', ...quotedName(sdk.name), '的提供方提供您的个人信息'), part);
  };
  const item = (id: string, part: ConsentPart) => {
    const record = doc.items.find((i) => i.id === id);
    const name = { name: record?.name ?? id, sensitive: record?.sensitive === true };
    add(`item/${id}`, 'item', runsOf(itemRun(name), name.sensitive ? '（敏感个人信息）' : ''), part);
  };
  const childAge = doc.childAge ?? legalChildAge;
  const children = (part: ConsentPart) => add('children', 'children', runsOf(`处理不满${childAge}周岁儿童的个人信息`), part);
  const childrenRefusal = `不同意不影响您本人使用，我们不会处理不满${childAge}周岁儿童的个人信息。`;
  const isChildren = (id: string | undefined) => doc.items.find((i) => i.id === id)?.category === 'children';
  const addedSdks = new Set(changes.filter((c) => c.kind === 'sdk-added' && c.level === 'separate-consent').map((c) => c.record.id));
  const simple = (change: Change) => ({ key: change.id, scope: change.id });

  for (const change of changes) {
    if (change.level !== 'separate-consent') continue;
    const { kind, record, element } = change;
    const sdk = record.type === 'sdk' ? doc.sdks.find((s) => s.id === record.id) : undefined;
    const purpose = record.type === 'purpose' ? doc.purposes.find((p) => p.id === record.id) : undefined;
    if (kind === 'sdk-added' && sdk) {
      provider(sdk, { ...simple(change), holds: { path: ['sdks', sdk.id] }, rows: [sdkRow(sdk)] });
    } else if (kind === 'sdk-company-changed' && sdk?.company) {
      recipient(sdk.company.id, { key: change.id, scope: `${change.id}=${sdk.company.id}`, holds: { path: ['sdks', sdk.id, 'company', 'id'], is: sdk.company.id }, rows: [sdkRow(sdk)] });
    } else if (kind === 'recipient-item-added' && element) {
      const use = { id: element.id, name: element.name, sensitive: element.sensitive === true };
      const rows = doc.purposes
        .filter((p) => (p.recipients.find((r) => r.id === record.id)?.items ?? p.items).some((i) => i.id === element.id))
        .map((p) => ({ ...purposeRow(p, false), items: [use] }));
      recipient(record.id, { ...simple(change), rows });
    } else if (kind === 'item-collected' && element && (sdk || purpose)) {
      const use = (sdk ?? purpose)!.items.find((i) => i.id === element.id) ?? { id: element.id, name: element.name, sensitive: element.sensitive === true };
      const holds = { path: [sdk ? 'sdks' : 'purposes', record.id, 'items', element.id] as [string, ...string[]] };
      if (isChildren(element.id)) children({ ...simple(change), holds, rows: [sdk ? sdkRow(sdk, [use]) : { ...purposeRow(purpose!, false), items: [use] }] });
      else if (sdk) {
        if (!addedSdks.has(sdk.id)) provider(sdk, { ...simple(change), holds, rows: [sdkRow(sdk, [use])] });
      } else item(element.id, { ...simple(change), holds, rows: [purposeRow(purpose!, false)] });
    } else if (kind === 'item-added') {
      if (isChildren(record.id)) children({ ...simple(change), holds: { path: ['items', record.id] }, rows: [] });
      else item(record.id, { ...simple(change), holds: { path: ['items', record.id, 'sensitive'], is: true }, rows: [] });
    } else if (kind === 'item-sensitivity-changed') {
      const rows = [
        ...doc.purposes.filter((p) => p.items.some((i) => i.id === record.id)).map((p) => purposeRow(p, false)),
        ...doc.sdks.filter((s) => s.items.some((i) => i.id === record.id)).map((s) => sdkRow(s, 'none')),
      ];
      item(record.id, { ...simple(change), holds: { path: ['items', record.id, 'sensitive'], is: true }, rows });
    } else if (kind === 'purpose-recipient-added' && element && purpose) {
      recipient(element.id, { ...simple(change), holds: { path: ['purposes', purpose.id, 'recipients', element.id] }, rows: [purposeRow(purpose, true)] });
    } else if (kind === 'recipient-member-added' && element) {
      const rows = doc.purposes.filter((p) => p.recipients.some((r) => r.id === record.id)).map((p) => purposeRow(p, true));
      recipient(element.id, { ...simple(change), holds: { path: ['recipients', record.id, 'members', element.id] }, rows });
    } else if (kind === 'recipient-added') {
      recipient(record.id, { ...simple(change), holds: { path: ['recipients', record.id] }, rows: [] });
    } else if (kind === 'recipient-renamed') {
      const name = String(change.after);
      recipient(record.id, { key: change.id, scope: `${change.id}=${name}`, holds: { path: ['recipients', record.id, 'name'], is: name }, rows: usesOf(doc, record.id) });
    } else if (kind === 'cross-border-changed' || kind === 'storage-location-changed') {
      const { location } = doc.storage;
      add('cross-border', 'cross-border', runsOf('向境外提供您的个人信息'), {
        key: 'storage',
        scope: `storage=${location}`,
        holds: { path: ['storage', 'crossBorder'], is: true },
        rows: [{ lead: runsOf('存储地点：', location) }, { lead: runsOf('负责处理：', doc.controller.name) }],
        refusal: `我们需要在${location}存储您的个人信息，这是使用${doc.product}所必需的，不同意将无法继续使用。`,
        required: true,
      });
    } else if (kind === 'child-age-changed' || kind === 'minimum-age-changed') {
      const lead = change.after === undefined ? change.text : kind === 'child-age-changed' ? `儿童的年龄标准改为不满${String(change.after)}周岁` : `最低使用年龄改为${String(change.after)}周岁`;
      children({ key: change.id, scope: `${change.id}=${String(change.after ?? '')}`, rows: [{ lead: runsOf(lead) }], refusal: childrenRefusal });
    } else {
      add(change.id, 'other', runsOf(change.text), { ...simple(change), rows: [] });
    }
  }
  for (const { review, reason } of decided) {
    const id = `review/${review.id}`;
    add(id, 'review', runsOf('“', review.record.name, '”的修订'), { key: id, scope: `${id}=${reason}`, rows: [{ lead: runsOf(reason) }] });
  }
  return [...items]
    .map(([id, entry], order) => ({ id, entry, order }))
    .sort((a, b) => kindOrder.indexOf(a.entry.kind) - kindOrder.indexOf(b.entry.kind) || a.order - b.order)
    .map(({ id, entry }) => composeConsent({ id, ...entry }));
}
