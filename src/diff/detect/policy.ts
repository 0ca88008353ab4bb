import type { CompiledPolicy } from '../../model/index.ts';
import { detected } from '../detected.ts';
import { matchById } from '../keyed.ts';
import { storedAbroad } from '../../resolve/lexicon/lexicon.ts';
import { refs } from '../refs.ts';
import type { ChangeKind, DetectedChange, RecordRef, Scalar } from '../types.ts';
import type { Part } from '../phrase.ts';
import { durationText, headerLabels, responseTimeOf, retentionOf, venueOf, venueWords } from '../../model/facts.ts';

type Doc = CompiledPolicy;

/**
 * A fact of policy.yaml: where it sits, the change kind, and how to say it changed, was newly
 * stated or is no longer stated. `value` is undefined when the version does not state the fact.
 */
interface FieldSpec {
  record: (doc: Doc) => RecordRef;
  /** The field's name in the change (and in the `:policy{#…}` path): the newer version's spelling. */
  field: string | ((doc: Doc) => string);
  kind: ChangeKind;
  value: (doc: Doc) => Scalar | undefined;
  sentence: (before: Scalar, after: Scalar) => Part[];
  /** The fact newly stated, and no longer stated (default: the generic sentences with `what`). */
  stated?: (after: Scalar) => Part[];
  unstated?: (before: Scalar) => Part[];
  /** What the fact is, for the generic sentences: 新增说明{what}：… / 不再说明{what}（原为…）. */
  what?: string;
}

const retentionField = (doc: Doc, modern: 'minimum' | 'afterCancellation', legacy: string) => (doc.retention && legacy in doc.retention ? legacy : modern);
const shown = (value: Scalar) => String(value);

const fields: readonly FieldSpec[] = [
  { record: refs.policy, field: 'product', kind: 'wording-changed', value: (d) => d.product, sentence: (b, a) => [`产品名称由“${b}”改为“${a}”`] },
  { record: refs.policy, field: 'title', kind: 'wording-changed', value: (d) => d.title, sentence: (b, a) => [`政策名称由《${b}》改为《${a}》`] },
  { record: refs.policy, field: 'labels.updated', kind: 'wording-changed', value: (d) => headerLabels(d).updated, sentence: (b, a) => [`更新日期的标注由“${b}”改为“${a}”`] },
  { record: refs.policy, field: 'labels.effective', kind: 'wording-changed', value: (d) => headerLabels(d).effective, sentence: (b, a) => [`生效日期的标注由“${b}”改为“${a}”`] },
  { record: refs.controller, field: 'name', kind: 'controller-changed', value: (d) => d.controller.name, sentence: (b, a) => [`个人信息处理者由${b}变更为${a}`] },
  {
    record: refs.controller,
    field: 'address',
    kind: 'controller-address-changed',
    value: (d) => d.controller.address,
    sentence: (b, a) => [`个人信息处理者的注册地址由${b}变更为${a}`],
    what: '个人信息处理者的注册地址',
  },
  { record: refs.controller, field: 'role', kind: 'wording-changed', value: (d) => d.controller.role, sentence: (b, a) => [`“${b}”改称“${a}”`] },
  {
    record: refs.policy,
    field: (d) => (d.responseDays !== undefined ? 'responseDays' : 'responseTime'),
    kind: 'response-days-changed',
    value: (d) => optional(responseTimeOf(d), durationText),
    sentence: (b, a) => [`答复您请求的期限由${b}改为${a}`],
    stated: (a) => [`新增说明：我们将在${a}内答复您的请求`],
    what: '答复您请求的期限',
  },
  {
    record: refs.policy,
    field: 'disputeVenue',
    kind: 'dispute-venue-changed',
    value: (d) => venueOf(d)?.name,
    sentence: (b, a) => [`争议解决的机构由${b}改为${a}`],
    what: '争议解决的机构',
  },
  {
    record: refs.policy,
    field: 'minimumAge',
    kind: 'minimum-age-changed',
    value: (d) => d.minimumAge,
    sentence: (b, a) => [`注册使用的最低年龄由${b}周岁改为${a}周岁`],
    stated: (a) => [`新增说明：注册使用的最低年龄为${a}周岁`],
    unstated: (b) => [`不再说明注册使用的最低年龄（原为${b}周岁）`],
  },
  {
    record: refs.policy,
    field: 'childAge',
    kind: 'child-age-changed',
    value: (d) => d.childAge,
    sentence: (b, a) => [`儿童的年龄标准由不满${b}周岁改为不满${a}周岁`],
    stated: (a) => [`新增说明：儿童指不满${a}周岁的未成年人`],
    unstated: (b) => [`不再说明儿童的年龄标准（原为不满${b}周岁）`],
  },
  { record: refs.storage, field: 'location', kind: 'storage-location-changed', value: (d) => d.storage.location, sentence: (b, a) => [`个人信息存储地点由${b}改为${a}`] },
  {
    record: refs.storage,
    field: 'crossBorder',
    kind: 'cross-border-changed',
    value: (d) => d.storage.crossBorder,
    sentence: (_, a) => [a ? '个人信息将向境外提供或在境外存储' : '个人信息不再向境外提供'],
  },
  {
    record: refs.retention,
    field: (d) => retentionField(d, 'minimum', 'minimumMonths'),
    kind: 'retention-changed',
    value: (d) => optional(retentionOf(d).minimum, durationText),
    sentence: (b, a) => [`个人信息的最短保存期限由${b}改为${a}`],
    what: '个人信息的最短保存期限',
  },
  {
    record: refs.retention,
    field: (d) => retentionField(d, 'afterCancellation', 'afterCancellationMonths'),
    kind: 'retention-changed',
    value: (d) => optional(retentionOf(d).afterCancellation, durationText),
    sentence: (b, a) => [`注销账户后删除个人信息的期限由${b}改为${a}`],
    stated: (a) => [`新增说明：注销账户后，我们将在${a}内删除您的个人信息`],
    what: '注销账户后删除个人信息的期限',
  },
  {
    record: refs.retention,
    field: 'until',
    kind: 'retention-changed',
    value: (d) => retentionOf(d).until,
    sentence: (b, a) => [`个人信息的保存期限由“${b}”改为“${a}”`],
    stated: (a) => [`新增说明个人信息的保存期限：${a}`],
    unstated: (b) => [`不再说明个人信息的保存期限（原为：${b}）`],
  },
];

function optional<T>(value: T | undefined, show: (value: T) => Scalar): Scalar | undefined {
  return value === undefined ? undefined : show(value);
}

function sentenceOf(spec: FieldSpec, was: Scalar | undefined, now: Scalar | undefined): Part[] {
  if (was !== undefined && now !== undefined) return spec.sentence(was, now);
  if (now !== undefined) return spec.stated?.(now) ?? [`新增说明${spec.what ?? ''}：${shown(now)}`];
  return spec.unstated?.(was!) ?? [`不再说明${spec.what ?? ''}（原为${shown(was!)}）`];
}

const contactFields = { kind: '类型', name: '名称', value: '联系方式', postcode: '邮政编码', recipient: '收件人' } as const;

/** The facts of policy.yaml: controller, dates aside; contacts; response time; ages; storage; retention. A fact newly stated or no longer stated is a change too. */
export function policyChanges(before: Doc, after: Doc): DetectedChange[] {
  const changes: DetectedChange[] = [];
  for (const spec of fields) {
    const was = spec.value(before);
    const now = spec.value(after);
    if (was === now) continue;
    const field = typeof spec.field === 'string' ? spec.field : spec.field(now === undefined ? before : after);
    changes.push(
      detected(spec.kind, spec.record(after), sentenceOf(spec, was, now), {
        path: [field],
        field,
        ...(was !== undefined ? { before: was } : {}),
        ...(now !== undefined ? { after: now } : {}),
      }),
    );
  }
  const venue = venueKindChange(before, after);
  if (venue) changes.push(venue);
  const regions = regionsChange(before, after);
  if (regions) changes.push(regions);
  const { added, removed, common } = matchById(before.contacts, after.contacts);
  for (const contact of added) changes.push(detected('contact-added', refs.contact(contact), [`新增联系方式：${contact.name}（${contact.value}）`]));
  for (const contact of removed) changes.push(detected('contact-removed', refs.contact(contact), [`不再提供联系方式：${contact.name}（${contact.value}）`]));
  for (const [old, contact] of common) {
    for (const [field, label] of Object.entries(contactFields) as Array<[keyof typeof contactFields, string]>) {
      if (old[field] === contact[field]) continue;
      const sentence = old[field] === undefined ? `${contact.name}新增${label}：${contact[field]}` : contact[field] === undefined ? `${contact.name}不再提供${label}（原为${old[field]}）` : `${contact.name}的${label}由“${old[field]}”改为“${contact[field]}”`;
      changes.push(
        detected('contact-changed', refs.contact(contact), [sentence], {
          path: [field],
          field,
          ...(old[field] !== undefined ? { before: old[field] } : {}),
          ...(contact[field] !== undefined ? { after: contact[field] } : {}),
        }),
      );
    }
  }
  return changes;
}

/** The venue keeps its name but is now read as a court instead of an arbitration commission, or the reverse. */
function venueKindChange(before: Doc, after: Doc): DetectedChange | undefined {
  const was = venueOf(before);
  const now = venueOf(after);
  if (!was || !now || was.name !== now.name || was.kind === now.kind) return undefined;
  return detected('dispute-venue-changed', refs.policy(after), [`${now.name}由${venueWords(was.kind)}改为${venueWords(now.kind)}`], {
    path: ['disputeVenue', 'kind'],
    field: 'disputeVenue.kind',
    before: was.kind ?? '',
    after: now.kind ?? '',
  });
}

/**
 * The region codes of the storage changed (both versions name them), or, with the wording kept, the
 * codes now say abroad where the wording said mainland China (or the reverse).
 */
function regionsChange(before: Doc, after: Doc): DetectedChange | undefined {
  const was = (before.storage.regions ?? []).join('、');
  const now = (after.storage.regions ?? []).join('、');
  if (was === now) return undefined;
  const bothCoded = before.storage.regions !== undefined && after.storage.regions !== undefined;
  if (!bothCoded && (before.storage.location !== after.storage.location || storedAbroad(before.storage) === storedAbroad(after.storage))) return undefined;
  return detected('storage-location-changed', refs.storage(), [`个人信息存储地区由${was || before.storage.location}改为${now || after.storage.location}`], {
    path: ['regions'],
    field: 'regions',
    before: was,
    after: now,
  });
}
