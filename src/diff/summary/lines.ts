// The pop-up's sections: each change above `none` as a short plain-language line under a heading a
// reader understands (src/model/labels.ts), the elements added to one record on one line, the
// legal category kept as data. Each line says what must still hold for it to be shown when the
// client merges the pop-ups of skipped releases (popup.schema.json `holds`).
import { itemRun, lineRuns, runsOf, sectionCategories, sectionOrder, suffix, type Piece, type Runs } from '../../client/popup-compose.ts';
import type { CompiledPolicy } from '../../model/index.ts';
import type { Group, Holds, Line, Section } from '../../model/generated/popup.ts';
import { functionLabel, popupSectionLabel, recipientKindLabel } from '../../model/labels.ts';
import { levelRank } from '../levels.ts';
import type { Category, Change, NoticeLevel, Scalar, Decision } from '../types.ts';
import { venueOf, venueWords } from '../../model/facts.ts';
import { isDisclosure } from '../../model/kinds.ts';


type Doc = CompiledPolicy;
type SectionId = Section['id'];

interface Draft {
  key: string;
  section: SectionId;
  category: Category | null;
  level: NoticeLevel;
  change: boolean;
  runs?: Runs;
  lead?: Runs;
  groups: Group[];
  holds?: Holds;
  before?: Scalar;
  after?: Scalar;
}

/** The section of a change no dedicated phrasing covers, and of an editor's decision: by its category. */
const sectionOfCategory: Record<Category | 'none', SectionId> = {
  recipients: 'third-parties',
  'service-model': 'use',
  controller: 'controller',
  'user-rights': 'rights',
  contact: 'contact',
  'risk-assessment': 'other',
  none: 'other',
};

const quoted = (name: string): Piece[] => ['“', name, '”'];
const text = (value: Scalar | undefined) => String(value ?? '');

/** The sections of an update pop-up, in the order of `sectionOrder`, each line once. */
export function popupSections(doc: Doc, changes: readonly Change[], decided: readonly Decision[] = []): Section[] {
  const drafts = new Map<string, Draft>();
  const shown = changes.filter((change) => change.level !== 'none');
  const context = {
    doc,
    addedPurposes: new Set(shown.filter((c) => c.kind === 'purpose-added').map((c) => c.record.id)),
    addedSdks: new Set(shown.filter((c) => c.kind === 'sdk-added').map((c) => c.record.id)),
    sdkCompanies: new Set(shown.filter((c) => c.kind === 'sdk-added').map((c) => c.element?.id)),
    newMembers: new Set(shown.filter((c) => c.kind === 'recipient-member-added').map((c) => c.element?.id)),
    collected: new Set(shown.filter((c) => c.kind === 'item-collected' || c.kind === 'permission-used').map((c) => c.element?.id)),
  };
  const open = (key: string, init: Omit<Draft, 'key' | 'groups'> & { groups?: Group[] }): Draft => {
    const existing = drafts.get(key);
    if (existing) {
      existing.level = levelRank(init.level) > levelRank(existing.level) ? init.level : existing.level;
      return existing;
    }
    const draft: Draft = { key, groups: [], ...init };
    drafts.set(key, draft);
    return draft;
  };
  for (const change of shown) lineOf(change, context, open);
  for (const { review, level, reason } of decided) {
    const category = review.categories[0] ?? null;
    // No rule can say what the edit changes: the line tells it in the editor's words.
    const runs = runsOf(...quoted(review.record.name), review.kind === 'prose' ? '的表述有修订：' : '的内容有修订：', reason);
    open(`review/${review.id}`, { section: sectionOfCategory[category ?? 'none'], category, level, change: true, runs });
  }

  const bySection = new Map<SectionId, Line[]>();
  for (const draft of drafts.values()) {
    const line = toLine(draft);
    bySection.set(draft.section, [...(bySection.get(draft.section) ?? []), line]);
  }
  return sectionOrder.filter((id) => bySection.has(id)).map((id) => {
    const lines = bySection.get(id)!;
    return { id, heading: popupSectionLabel[id], categories: sectionCategories(lines), lines };
  });
}

function toLine(draft: Draft): Line {
  const groups = draft.groups.filter((group) => group.parts.length > 0);
  const line: Line = {
    key: draft.key,
    category: draft.category,
    level: draft.level,
    change: draft.change,
    runs: [],
    ...(groups.length > 0 ? { lead: draft.lead ?? draft.runs ?? [], groups } : {}),
    ...(draft.holds ? { holds: draft.holds } : {}),
    ...(draft.before !== undefined ? { before: draft.before } : {}),
    ...(draft.after !== undefined ? { after: draft.after } : {}),
  };
  line.runs = lineRuns({ runs: draft.runs ?? draft.lead ?? [], ...(line.lead ? { lead: line.lead } : {}), ...(line.groups ? { groups: line.groups } : {}) });
  return line;
}

interface Context {
  doc: Doc;
  addedPurposes: Set<string>;
  addedSdks: Set<string>;
  /** Companies of SDKs added now: the SDK's line names them. */
  sdkCompanies: Set<string | undefined>;
  /** Recipients added to a group now: the group's line names them. */
  newMembers: Set<string | undefined>;
  /** Items and permissions some record newly uses: their line names them. */
  collected: Set<string | undefined>;
}

type Open = (key: string, init: Omit<Draft, 'key' | 'groups'> & { groups?: Group[] }) => Draft;

function group(draft: Draft, id: Group['id'], label: string): Group {
  let found = draft.groups.find((g) => g.id === id);
  if (!found) {
    found = { id, label, parts: [] };
    draft.groups.push(found);
  }
  return found;
}

/** Adds a change's contribution to its line. */
function lineOf(change: Change, context: Context, open: Open): void {
  const { doc } = context;
  const { kind, record, element, level, category } = change;
  const base = { category, level };
  const field = (section: SectionId, runs: Runs, holds?: Holds) =>
    open(change.id, { ...base, section, change: true, runs, ...(holds ? { holds } : {}), ...(change.before !== undefined ? { before: change.before } : {}), ...(change.after !== undefined ? { after: change.after } : {}) });
  const added = (section: SectionId, runs: Runs, holds?: Holds) => open(change.id, { ...base, section, change: true, runs, ...(holds ? { holds } : {}), before: false, after: true });
  const removed = (section: SectionId, runs: Runs) => open(change.id, { ...base, section, change: true, runs, before: true, after: false });

  switch (kind) {
    case 'purpose-added': {
      const purpose = doc.purposes.find((p) => p.id === record.id)!;
      const draft = open(`purpose/${record.id}`, { ...base, section: 'new-collection', change: true });
      Object.assign(draft, { change: true, holds: { path: ['purposes', record.id] }, before: false, after: true });
      draft.lead = runsOf('新增', ...quoted(purpose.title), `（${functionLabel[purpose.function]}）`);
      return;
    }
    case 'item-collected':
    case 'permission-used': {
      if (!element) return fallback(change, open);
      const isItem = kind === 'item-collected';
      const list = isItem ? 'items' : 'permissions';
      const runs = isItem ? [itemRun({ name: element.name, sensitive: element.sensitive === true })] : runsOf(`${element.name}${suffix(element.name, '权限')}`);
      if (record.type === 'sdk') {
        if (context.addedSdks.has(record.id)) return; // told by the SDK's own line and its consent item
        const draft = open(`sdk/${record.id}`, { ...base, section: 'third-parties', change: false, lead: runsOf(record.name) });
        group(draft, list, isItem ? '新增收集' : '新增使用').parts.push({ key: change.id, runs, holds: { path: ['sdks', record.id, list, element.id] } });
        return;
      }
      if (record.type !== 'purpose') return fallback(change, open);
      const isNew = context.addedPurposes.has(record.id);
      const draft = open(`purpose/${record.id}`, { ...base, section: 'new-collection', change: false, lead: runsOf(...quoted(record.name)) });
      group(draft, list, isNew ? (isItem ? '收集' : '使用') : isItem ? '新增收集' : '新增使用').parts.push({ key: change.id, runs, holds: { path: ['purposes', record.id, list, element.id] } });
      return;
    }
    case 'background-collection-added': {
      if (!element) return fallback(change, open);
      const draft = open(`background/${record.type}/${record.id}`, { ...base, section: record.type === 'sdk' ? 'third-parties' : 'new-collection', change: false, lead: runsOf(...quoted(record.name), '在应用后台运行时收集') });
      group(draft, 'items', '').parts.push({ key: change.id, runs: [itemRun({ name: element.name, sensitive: element.sensitive === true })] });
      return;
    }
    case 'recipient-item-added': {
      if (!element) return fallback(change, open);
      const recipient = doc.recipients.find((r) => r.id === record.id);
      const draft = open(`recipient/${record.id}`, { ...base, section: 'new-third-parties', change: false, lead: runsOf(record.name) });
      group(draft, 'items', isDisclosure(recipient) ? '新增公开' : '新增提供').parts.push({ key: change.id, runs: [itemRun({ name: element.name, sensitive: element.sensitive === true })] });
      return;
    }
    case 'item-added': {
      if (context.collected.has(record.id)) return; // the record that collects it names it
      const item = doc.items.find((i) => i.id === record.id)!;
      added('new-collection', runsOf('新增个人信息种类：', itemRun(item)), { path: ['items', record.id] });
      return;
    }
    case 'permission-added':
      if (context.collected.has(record.id)) return;
      added('new-collection', runsOf('新增设备权限：', record.name), { path: ['permissions', record.id] });
      return;
    case 'permission-access-changed':
      field('new-collection', runsOf(change.text), { path: ['permissions', record.id, change.field!], is: text(change.after) });
      return;
    case 'item-sensitivity-changed': {
      const now = change.after === true;
      field('use', now ? runsOf(itemRun({ name: record.name, sensitive: true }), '被列为敏感个人信息') : runsOf(record.name, '不再列为敏感个人信息'), {
        path: ['items', record.id, 'sensitive'],
        is: now,
      });
      return;
    }
    case 'purpose-function-changed': {
      const after = change.after === 'basic' ? 'basic' : 'additional';
      field('use', runsOf(...quoted(record.name), '改为', functionLabel[after]), { path: ['purposes', record.id, 'function'], is: after });
      return;
    }
    case 'recipient-added': {
      if (context.sdkCompanies.has(record.id) || context.newMembers.has(record.id)) return; // the new SDK's or the group's line names it
      const recipient = doc.recipients.find((r) => r.id === record.id)!;
      const draft = open(`recipient/${record.id}`, { ...base, section: 'new-third-parties', change: true });
      Object.assign(draft, { change: true, holds: { path: ['recipients', record.id] }, before: false, after: true });
      draft.lead = runsOf(recipient.name, recipient.kind && recipient.kind !== 'company' ? `（${recipientKindLabel[recipient.kind]}）` : '');
      return;
    }
    case 'purpose-recipient-added': {
      if (!element) return fallback(change, open);
      const draft = open(`recipient/${element.id}`, { ...base, section: 'new-third-parties', change: false, lead: runsOf(element.name) });
      group(draft, 'purposes', '用于').parts.push({ key: change.id, runs: runsOf(...quoted(record.name)), holds: { path: ['purposes', record.id, 'recipients', element.id] } });
      return;
    }
    case 'recipient-member-added':
      if (!element) return fallback(change, open);
      added('new-third-parties', runsOf(element.name, '（', record.name, '）'), { path: ['recipients', record.id, 'members', element.id] });
      return;
    case 'recipient-renamed':
      field('new-third-parties', runsOf(text(change.before), '变更为', text(change.after)), { path: ['recipients', record.id, 'name'], is: text(change.after) });
      return;
    case 'recipient-kind-changed': {
      const after = text(change.after);
      field('third-parties', runsOf(record.name, '的类型改为', recipientKindLabel[after as keyof typeof recipientKindLabel] ?? after), { path: ['recipients', record.id, 'kind'], is: after });
      return;
    }
    case 'recipient-method-changed': {
      const after = text(change.after);
      field('third-parties', runsOf('向', record.name, '提供信息的方式改为：', after || '未说明'), after ? { path: ['recipients', record.id, 'method'], is: after } : undefined);
      return;
    }
    case 'sdk-added': {
      const sdk = doc.sdks.find((s) => s.id === record.id)!;
      const draft = open(`sdk/${record.id}`, { ...base, section: 'new-third-parties', change: true });
      Object.assign(draft, { change: true, section: 'new-third-parties', holds: { path: ['sdks', record.id] }, before: false, after: true });
      draft.lead = sdk.company ? runsOf(sdk.name, '（', sdk.company.name, '）') : runsOf(sdk.name);
      draft.groups.unshift({ id: 'uses', label: '用于', parts: [{ key: `${change.id}/scenario`, runs: runsOf(sdk.scenario) }] });
      return;
    }
    case 'sdk-company-changed': {
      const sdk = doc.sdks.find((s) => s.id === record.id)!;
      if (!sdk.company) field('third-parties', runsOf(change.text));
      else field('new-third-parties', runsOf(sdk.name, change.before === undefined ? '的提供方为' : '改由', sdk.company.name, change.before === undefined ? '' : '提供'), { path: ['sdks', record.id, 'company', 'id'], is: sdk.company.id });
      return;
    }
    case 'controller-changed':
      field('controller', runsOf(text(change.before), '变更为', text(change.after)), { path: ['controller', 'name'], is: text(change.after) });
      return;
    case 'controller-address-changed':
      field('contact', runsOf(doc.controller.name, '的地址改为：', text(change.after)), { path: ['controller', 'address'], is: text(change.after) });
      return;
    case 'contact-added': {
      const contact = doc.contacts.find((c) => c.id === record.id)!;
      added('contact', runsOf('新增', contact.name, '：', contact.value), { path: ['contacts', record.id] });
      return;
    }
    case 'contact-removed':
      removed('contact', runsOf(change.text));
      return;
    case 'contact-changed': {
      const contact = doc.contacts.find((c) => c.id === record.id)!;
      const holds = { path: ['contacts', record.id, change.field!] as [string, ...string[]], is: text(change.after) };
      if (change.field === 'value') field('contact', runsOf(contact.name, '改为：', contact.value), holds);
      else if (change.field === 'name') field('contact', runsOf('“', text(change.before), '”改称“', text(change.after), '”'), holds);
      else field('contact', runsOf(change.text), holds);
      return;
    }
    case 'dispute-venue-changed': {
      // A court is a court, an arbitration commission is not: the words follow the venue's kind.
      const venue = venueOf(doc);
      if (!venue) field('contact', runsOf(change.text));
      else field('contact', runsOf(`争议解决的${venueWords(venue.kind)}改为：`, venue.name));
      return;
    }
    case 'right-added':
      added('rights', runsOf('新增您的权利：', ...quoted(record.name)));
      return;
    case 'right-removed':
      removed('rights', runsOf('不再提供您的权利：', ...quoted(record.name)));
      return;
    case 'right-renamed':
      field('rights', runsOf(...quoted(text(change.before)), '改为', ...quoted(text(change.after))));
      return;
    case 'way-added':
      added('rights', runsOf('行使', ...quoted(record.name), '的新方式：', element?.name ?? ''));
      return;
    case 'way-removed':
      removed('rights', runsOf('行使', ...quoted(record.name), '不再可以通过：', element?.name ?? ''));
      return;
    case 'way-changed':
      field('rights', runsOf('行使', ...quoted(record.name), '的方式改为：', element?.name ?? text(change.after)));
      return;
    case 'response-days-changed':
      if (change.after === undefined) field('rights', runsOf(change.text));
      else if (record.type === 'right') field('rights', runsOf('我们将在', text(change.after), '内答复您', ...quoted(record.name), '的请求'));
      else field('rights', runsOf(`我们将在${text(change.after)}内答复您的请求`));
      return;
    case 'child-age-changed':
      field('use', change.after === undefined ? runsOf(change.text) : runsOf(`儿童的年龄标准改为不满${text(change.after)}周岁`));
      return;
    case 'minimum-age-changed':
      field('use', change.after === undefined ? runsOf(change.text) : runsOf(`最低使用年龄改为${text(change.after)}周岁`));
      return;
    case 'storage-location-changed':
      field('use', runsOf('个人信息的存储地点改为：', text(change.after)), { path: ['storage', 'location'], is: text(change.after) });
      return;
    case 'cross-border-changed':
      field('use', runsOf(change.after === true ? '您的个人信息将向境外提供或在境外存储' : '您的个人信息不再向境外提供'), { path: ['storage', 'crossBorder'], is: change.after === true });
      return;
    case 'retention-changed': {
      const legacy = change.field === 'minimumMonths' || change.field === 'afterCancellationMonths';
      const holds = legacy && change.after !== undefined ? { path: ['retention', change.field!] as [string, ...string[]], is: Number.parseInt(text(change.after), 10) } : undefined;
      if (change.after === undefined) field('use', runsOf(change.text));
      else if (change.field === 'until') field('use', runsOf('个人信息的保存期限改为：', text(change.after)));
      else if (change.field === 'minimum' || change.field === 'minimumMonths') field('use', runsOf(`个人信息的最短保存期限改为${text(change.after)}`), holds);
      else field('use', runsOf(`注销账户后，我们将在${text(change.after)}内删除您的个人信息`), holds);
      return;
    }
    default:
      fallback(change, open);
  }
}

/** A change with no phrasing of its own: its diff sentence, in the section of its category. */
function fallback(change: Change, open: Open): void {
  open(change.id, {
    section: sectionOfCategory[change.category ?? 'none'],
    category: change.category,
    level: change.level,
    change: true,
    runs: runsOf(change.text),
    ...(change.before !== undefined ? { before: change.before } : {}),
    ...(change.after !== undefined ? { after: change.after } : {}),
  });
}
