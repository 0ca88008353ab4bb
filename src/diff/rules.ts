// THE rule table (docs/notice-rules.md is generated from it: `npm run gen:docs`), row by row: which change gets which category and
// notice level, and why. A change takes the highest level of the rules that match it (on a tie, a
// rule with a condition over one without, else the first), so a refinement ("reconsent if
// lengthened") is a rule of its own.
import type { CompiledPolicy } from '../model/index.ts';
import { storedAbroad } from '../resolve/lexicon/lexicon.ts';
import { durationDays, legalChildAge, retentionOf } from '../model/facts.ts';
import { isDisclosure, legalEntityKinds as legalEntities } from '../model/kinds.ts';
import type { Category, ChangeKind, DetectedChange, NoticeLevel, Signal } from './types.ts';

/**
 * The version of this table. A release record stores the version that computed it, and
 * `policy verify` holds each record to the rules of its own version: a row whose `since` is later
 * than a record's version can only raise a warning for that record, never fail it.
 * 1: the table as first released. 2: names and wordings are scope, evidence is local, prose is
 * judged by its content with signals, storage abroad is read from the location. 3: facts may be
 * unstated (newly stated / no longer stated), retention in any unit or until an event, items per
 * recipient, disclosure to other users, background collection, SDK catalogue, emphasis and
 * renumbering as formatting.
 */
export const rulesVersion = 3;

export interface RuleContext {
  before: CompiledPolicy | undefined;
  after: CompiledPolicy;
  /** Every change of the comparison, for rules that depend on another change. */
  changes: readonly DetectedChange[];
}

export interface Rule {
  id: string;
  /** The change it matches: its kinds, and a further condition when only some of them match. */
  change: { kinds: readonly ChangeKind[]; when?: (change: DetectedChange, context: RuleContext) => boolean };
  /** null for the rows the table files under "—". */
  category: Category | null;
  level: NoticeLevel;
  /** The legal ground or seed clause. */
  reason: string;
  /** The rules version from which this row gives this level (1 when absent). */
  since?: number;
}

const itemCategory = (context: RuleContext, id: string | undefined) => context.after.items.find((item) => item.id === id)?.category;
const grew = (change: DetectedChange) => Number(change.after) > Number(change.before);
const stated = (change: DetectedChange) => change.before !== undefined && change.after !== undefined;
const childAgeOf = (doc: CompiledPolicy | undefined) => doc?.childAge ?? legalChildAge;

/** The change makes information visible to a disclosure audience (other users, the user's organisation, the public). */
function disclosed(change: DetectedChange, context: RuleContext): boolean {
  const id = change.kind === 'purpose-recipient-added' || change.kind === 'recipient-member-added' ? change.element?.id : change.record.id;
  return isDisclosure(context.after.recipients.find((r) => r.id === id));
}

/** Retention got longer: a period compared in days, or the last bound on it (a period after cancellation, an event) taken away. */
function retentionLengthened(change: DetectedChange, context: RuleContext): boolean {
  if (stated(change)) {
    if (change.field === 'until') return false;
    const field = change.field === 'minimumMonths' || change.field === 'minimum' ? 'minimum' : 'afterCancellation';
    const was = retentionOf(context.before ?? {})[field];
    const now = retentionOf(context.after)[field];
    return was !== undefined && now !== undefined && durationDays(now) > durationDays(was);
  }
  // No longer stated, and nothing bounds how long the information is kept any more.
  const bound = retentionOf(context.after);
  return change.after === undefined && change.field !== 'minimum' && change.field !== 'minimumMonths' && bound.afterCancellation === undefined && bound.until === undefined;
}

const pipl14 = 'PIPL 第十四条第二款：个人信息的处理目的、处理方式和处理的个人信息种类发生变更的，应当重新取得个人同意；政策第八节第1项（服务模式）';
const pipl17 = 'PIPL 第十七条第二款：告知事项发生变更的，应当将变更部分告知个人';
const pipl23 = 'PIPL 第二十三条：向其他个人信息处理者提供个人信息，应当告知接收方并取得个人的单独同意；政策第八节第3项（共享、转让、公开披露的主要对象）';
const pipl29 = 'PIPL 第二十八条、第二十九条：处理敏感个人信息应当取得个人的单独同意';
const pipl31 = 'PIPL 第二十八条、第三十一条：不满十四周岁未成年人的个人信息属于敏感个人信息，处理应当取得其监护人的单独同意';
const pipl25 = 'PIPL 第二十五条：个人信息处理者不得公开其处理的个人信息，取得个人单独同意的除外；政策第八节第3项（公开披露）';
const pipl39 = 'PIPL 第三十八条、第三十九条：向境外提供个人信息，应当取得个人的单独同意；政策第八节第3项';
const changelog = 'PIPL 第十四条第二款：处理目的、方式和种类未扩大；删除、撤回或链接更新只记入变更记录，无需弹窗';
const wording = 'PIPL 第十四条第二款：处理目的、方式和种类未变；措辞、错别字、顺序、格式及范围不变的定义调整只记入变更记录，无需弹窗';

export const rules: readonly Rule[] = [
  { id: 'first-release', change: { kinds: ['first-release'] }, category: 'service-model', level: 'reconsent', reason: 'PIPL 第十三条、第十四条：首次处理个人信息前应当告知并取得个人同意' },

  // Row 1: new purpose, new processing method, new kind of data item (also an SDK collecting a new kind).
  { id: 'new-purpose', change: { kinds: ['purpose-added'] }, category: 'service-model', level: 'reconsent', reason: pipl14 },
  { id: 'new-collection', change: { kinds: ['item-collected'] }, category: 'service-model', level: 'reconsent', reason: pipl14 },
  { id: 'new-data-item', change: { kinds: ['item-added'] }, category: 'service-model', level: 'reconsent', reason: pipl14 },
  { id: 'new-permission-use', change: { kinds: ['permission-used', 'permission-added'] }, category: 'service-model', level: 'reconsent', reason: pipl14 },
  {
    id: 'new-platform-permission',
    change: { kinds: ['permission-access-changed'], when: (c) => String(c.after).split('、').some((p) => p !== '' && !String(c.before).split('、').includes(p)) },
    category: 'service-model',
    level: 'reconsent',
    reason: pipl14,
  },
  { id: 'purpose-function-changed', change: { kinds: ['purpose-function-changed'] }, category: 'service-model', level: 'notify', reason: `${pipl17}（使用方式变化）` },
  { id: 'purpose-made-basic', change: { kinds: ['purpose-function-changed'], when: (c) => c.after === 'basic' }, category: 'service-model', level: 'reconsent', reason: `${pipl14}（附加功能改为必需）` },
  { id: 'new-processing-method', change: { kinds: ['recipient-method-changed'] }, category: 'service-model', level: 'reconsent', reason: pipl14 },
  {
    id: 'background-collection',
    change: { kinds: ['background-collection-added'] },
    category: 'service-model',
    level: 'reconsent',
    reason: `${pipl14}（应用在后台运行时收集，处理方式改变）`,
    since: 3,
  },

  // Row 2: an item newly marked sensitive, or new collection of a sensitive item.
  { id: 'new-sensitive-collection', change: { kinds: ['item-collected'], when: (c) => c.element?.sensitive === true }, category: 'service-model', level: 'separate-consent', reason: pipl29 },
  { id: 'new-sensitive-item', change: { kinds: ['item-added'], when: (c) => c.record.sensitive === true }, category: 'service-model', level: 'separate-consent', reason: pipl29 },
  { id: 'newly-sensitive', change: { kinds: ['item-sensitivity-changed'], when: (c) => c.after === true }, category: 'service-model', level: 'separate-consent', reason: pipl29 },
  { id: 'sensitivity-changed', change: { kinds: ['item-sensitivity-changed'] }, category: 'service-model', level: 'notify', reason: pipl17 },

  // Row 3: new third-party recipient, new SDK, a recipient's company changes.
  { id: 'new-recipient', change: { kinds: ['recipient-added', 'recipient-member-added', 'purpose-recipient-added'] }, category: 'recipients', level: 'separate-consent', reason: pipl23 },
  { id: 'new-sdk', change: { kinds: ['sdk-added'] }, category: 'recipients', level: 'separate-consent', reason: pipl23 },
  // A provider named where none was: the information already went to it unnamed, but users never
  // agreed to that company (and naming none, then another, must not launder a change of provider).
  { id: 'sdk-company-changed', change: { kinds: ['sdk-company-changed'], when: (c) => c.after !== undefined }, category: 'recipients', level: 'separate-consent', reason: pipl23 },
  {
    id: 'sdk-company-unstated',
    change: { kinds: ['sdk-company-changed'] },
    category: 'recipients',
    level: 'notify',
    reason: `${pipl17}；PIPL 第二十三条：应当告知接收方的名称（不再说明提供方，告知内容减少）`,
    since: 3,
  },
  {
    id: 'recipient-new-item',
    change: { kinds: ['recipient-item-added'] },
    category: 'recipients',
    level: 'separate-consent',
    reason: `${pipl23}（向原有接收方提供新的个人信息种类）`,
    since: 3,
  },
  {
    id: 'recipient-company-changed',
    change: { kinds: ['recipient-renamed'], when: (c, ctx) => legalEntities.has(ctx.after.recipients.find((r) => r.id === c.record.id)?.kind ?? '') },
    category: 'recipients',
    level: 'separate-consent',
    reason: pipl23,
  },
  { id: 'recipient-group-renamed', change: { kinds: ['recipient-renamed'] }, category: null, level: 'none', reason: wording },
  { id: 'recipient-kind-changed', change: { kinds: ['recipient-kind-changed'] }, category: 'recipients', level: 'notify', reason: `${pipl17}；政策第八节第3项` },

  // Row 4: new public disclosure, new cross-border transfer or storage abroad. A disclosure is a
  // recipient of a disclosure kind (other users, the user's organisation, the public) that a purpose
  // newly names, or a recipient that becomes one; disclosure in prose alone needs review.
  {
    id: 'new-disclosure',
    change: {
      kinds: ['recipient-added', 'recipient-member-added', 'purpose-recipient-added', 'recipient-item-added', 'recipient-kind-changed'],
      when: disclosed,
    },
    category: 'recipients',
    level: 'separate-consent',
    reason: pipl25,
    since: 3,
  },
  { id: 'cross-border', change: { kinds: ['cross-border-changed'], when: (c) => c.after === true }, category: 'recipients', level: 'separate-consent', reason: pipl39 },
  {
    id: 'storage-abroad',
    change: { kinds: ['storage-location-changed'], when: (_, ctx) => ctx.after.storage.crossBorder || (storedAbroad(ctx.after.storage) && !(ctx.before && storedAbroad(ctx.before.storage))) },
    category: 'recipients',
    level: 'separate-consent',
    reason: pipl39,
    since: 2,
  },
  { id: 'storage-moved', change: { kinds: ['storage-location-changed'] }, category: 'service-model', level: 'notify', reason: pipl17 },

  // Row 5: children's data processing added or widened.
  {
    id: 'children-data',
    change: { kinds: ['item-collected', 'item-added'], when: (c, ctx) => itemCategory(ctx, c.element?.id ?? c.record.id) === 'children' },
    category: 'service-model',
    level: 'separate-consent',
    reason: pipl31,
  },
  {
    id: 'children-widened',
    change: {
      kinds: ['child-age-changed', 'minimum-age-changed'],
      // Without a stated age the law's applies (不满十四周岁); a minimum age no longer stated opens the service to children.
      when: (c, ctx) =>
        c.kind === 'child-age-changed'
          ? Number(c.after ?? legalChildAge) > Number(c.before ?? legalChildAge)
          : c.after === undefined || (c.before !== undefined && !grew(c) && Number(c.after) < childAgeOf(ctx.after)),
    },
    category: 'service-model',
    level: 'separate-consent',
    reason: pipl31,
  },
  { id: 'age-changed', change: { kinds: ['child-age-changed', 'minimum-age-changed'] }, category: 'service-model', level: 'notify', reason: pipl17 },

  // Row 6: the controller (legal entity) changes; reconsent if purposes change too.
  { id: 'controller-changed', change: { kinds: ['controller-changed'] }, category: 'controller', level: 'notify', reason: 'PIPL 第二十二条：因合并、分立等原因转移个人信息的，应当告知接收方的名称和联系方式；政策第八节第2项' },
  {
    id: 'controller-and-purposes-changed',
    change: { kinds: ['controller-changed'], when: (_, ctx) => ctx.changes.some((c) => c.record.type === 'purpose') },
    category: 'controller',
    level: 'reconsent',
    reason: 'PIPL 第二十二条：接收方变更原先的处理目的、处理方式的，应当重新取得个人同意；政策第八节第2项',
  },

  // Row 7: contact, department or complaint channel.
  {
    id: 'contact-changed',
    change: { kinds: ['contact-added', 'contact-removed', 'contact-changed', 'dispute-venue-changed', 'controller-address-changed'] },
    category: 'contact',
    level: 'notify',
    reason: `${pipl17}；政策第八节第5项（责任部门、联络方式及投诉渠道）`,
  },

  // Row 8: rights or the ways to exercise them (paths, response time); reconsent if a right is reduced.
  {
    id: 'rights-changed',
    change: { kinds: ['right-added', 'right-renamed', 'way-added', 'way-changed', 'response-days-changed'] },
    category: 'user-rights',
    level: 'notify',
    reason: `${pipl17}；政策第八节第4项（权利及其行使方式）`,
  },
  { id: 'right-reduced', change: { kinds: ['right-removed', 'way-removed'] }, category: 'user-rights', level: 'reconsent', reason: '政策第八节：未经您明确同意，我们不会限制您按照本隐私权政策所应享有的权利' },

  // Row 9: retention period; reconsent if lengthened.
  { id: 'retention-changed', change: { kinds: ['retention-changed'] }, category: 'service-model', level: 'notify', reason: `${pipl17}（保存期限，第十七条第一款第三项）` },
  // Compared in days (3年 is longer than 30个月, 15个工作日 than 15天); a period newly stated informs
  // (notify); one no longer stated is notify, and reconsent when nothing bounds retention any more.
  { id: 'retention-lengthened', change: { kinds: ['retention-changed'], when: retentionLengthened }, category: 'service-model', level: 'reconsent', reason: `${pipl14}（延长保存期限改变处理方式）` },

  // Row 10: an impact assessment showed high risk: notify at least.
  { id: 'high-risk', change: { kinds: ['high-risk-assessment'] }, category: 'risk-assessment', level: 'notify', reason: 'PIPL 第五十五条、第五十六条：个人信息保护影响评估；政策第八节第6项' },

  // Row 11: SDK or recipient removed, link/URL changed, data item dropped: changelog only.
  {
    id: 'removal',
    change: {
      kinds: [
        'purpose-removed', 'item-no-longer-collected', 'permission-no-longer-used', 'item-removed', 'permission-removed', 'permission-access-changed',
        'recipient-removed', 'recipient-member-removed', 'purpose-recipient-removed', 'sdk-removed', 'cross-border-changed',
        'background-collection-removed', 'recipient-item-removed',
      ],
    },
    category: null,
    level: 'none',
    reason: changelog,
  },
  { id: 'link-changed', change: { kinds: ['sdk-url-changed', 'sdk-catalogue-changed'] }, category: null, level: 'none', reason: changelog },
  // A link no longer given, or the SDKs moved to an external catalogue: what users can read about
  // the recipients changes; the catalogue's own rows are outside the data, so the diff cannot rate them.
  {
    id: 'link-withdrawn',
    change: { kinds: ['sdk-url-changed', 'sdk-catalogue-changed'], when: (c) => c.after === undefined || (c.kind === 'sdk-catalogue-changed' && c.before === undefined) },
    category: 'recipients',
    level: 'notify',
    reason: `${pipl17}；政策第八节第3项（第三方的隐私政策链接或第三方SDK目录）`,
    since: 3,
  },

  // Row 12: wording, typos, reordering, formatting, definitions with unchanged scope.
  { id: 'wording', change: { kinds: ['wording-changed', 'definition-added', 'definition-removed', 'chapters-reordered', 'item-category-changed'] }, category: null, level: 'none', reason: wording },
  { id: 'formatting', change: { kinds: ['emphasis-changed'] }, category: null, level: 'none', reason: `${wording}（加粗等格式的变化记入变更记录，正文的文字不变）`, since: 3 },
];

/** Row 13: edits a rule cannot read, which the release must record an editor's decision for. */
export const reviewRules = {
  prose: {
    id: 'prose-in-covered-chapter',
    reason: '政策第八节：章节正文的实质修改（不只是空白、标点、格式、原样移动的段落或不引入新词的错别字修正），且没有结构化变更可以解释；由编辑判断通知级别并记录理由',
  },
  unmapped: {
    id: 'prose-in-unmapped-chapter',
    reason: '政策第八节：章节正文的实质修改，本政策未标明该章节所涉类别：为稳妥起见，由编辑判断通知级别并记录理由',
  },
  'scope-wording': {
    id: 'scope-wording-changed',
    reason: 'PIPL 第十四条第二款、第十七条第二款：范围不变的措辞调整无需弹窗，但名称、称谓、场景或定义的改动是否改变范围无法从文字读出；由编辑判断并记录理由',
  },
} as const;

/** A signal rule: what a kind of words seen in a reviewed edit suggests, at least. */
export interface SignalRule {
  id: string;
  /** The kind of signal it reads (schemas/diff.schema.json#/$defs/signal). */
  signal: Signal['kind'];
  category: Category;
  level: NoticeLevel;
  reason: string;
}

/**
 * What each kind of signal suggests for a review item (src/resolve/lexicon/lexicon.json names the rule
 * of each group of words). A negation flip takes the category and level of the processing verb of
 * its sentence when that is higher. An editor may decide below a suggestion only by saying so
 * (`--below-suggestion`), with a reason.
 */
export const signalRules: readonly SignalRule[] = [
  { id: 'signal-personal-information', signal: 'personal-information', category: 'service-model', level: 'reconsent', reason: `${pipl14}（可能新增个人信息种类）` },
  { id: 'signal-sensitive', signal: 'sensitive', category: 'service-model', level: 'separate-consent', reason: `${pipl29}（GB/T 35273-2020 附录B）` },
  { id: 'signal-children', signal: 'children', category: 'service-model', level: 'separate-consent', reason: pipl31 },
  { id: 'signal-organisation', signal: 'organisation', category: 'recipients', level: 'separate-consent', reason: `${pipl23}（可能新增接收方）` },
  { id: 'signal-sharing', signal: 'processing', category: 'recipients', level: 'separate-consent', reason: `${pipl23}；PIPL 第二十五条：公开披露应当取得单独同意` },
  { id: 'signal-collection', signal: 'processing', category: 'service-model', level: 'reconsent', reason: `${pipl14}（处理方式）` },
  { id: 'signal-cross-border', signal: 'cross-border', category: 'recipients', level: 'separate-consent', reason: pipl39 },
  { id: 'signal-negation', signal: 'negation', category: 'service-model', level: 'reconsent', reason: `${pipl14}（“不会”“无需”等承诺被取消，处理范围可能扩大；所限定的是共享、转让、出境等处理时，取该处理的级别）` },
  { id: 'signal-negation-added', signal: 'negation', category: 'service-model', level: 'notify', reason: `${pipl17}（新增限制性表述）` },
  { id: 'signal-number', signal: 'number', category: 'service-model', level: 'notify', reason: `${pipl17}（期限或数量变化）` },
  { id: 'signal-retention', signal: 'number', category: 'service-model', level: 'notify', reason: `${pipl17}（保存期限，第十七条第一款第三项）` },
  { id: 'signal-retention-lengthened', signal: 'number', category: 'service-model', level: 'reconsent', reason: `${pipl14}（延长保存期限改变处理方式）` },
  { id: 'signal-response-time', signal: 'number', category: 'user-rights', level: 'notify', reason: `${pipl17}；政策第八节第4项（权利的行使方式）` },
];
