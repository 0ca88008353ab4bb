import type { CompiledPolicy } from '../../model/index.ts';
import { detected } from '../detected.ts';
import { matchById } from '../keyed.ts';
import { storedAbroad } from '../lexicon/lexicon.ts';
import { refs } from '../refs.ts';
import type { ChangeKind, DetectedChange, RecordRef, Scalar } from '../types.ts';
import type { Part } from '../phrase.ts';

type Doc = CompiledPolicy;

/** A field of policy.yaml: where it sits, the change kind, and how to say it changed. */
interface FieldSpec {
  record: (doc: Doc) => RecordRef;
  field: string;
  kind: ChangeKind;
  value: (doc: Doc) => Scalar;
  sentence: (before: Scalar, after: Scalar) => Part[];
}

const fields: readonly FieldSpec[] = [
  { record: refs.policy, field: 'product', kind: 'wording-changed', value: (d) => d.product, sentence: (b, a) => [`产品名称由“${b}”改为“${a}”`] },
  { record: refs.policy, field: 'title', kind: 'wording-changed', value: (d) => d.title, sentence: (b, a) => [`政策名称由《${b}》改为《${a}》`] },
  { record: refs.controller, field: 'name', kind: 'controller-changed', value: (d) => d.controller.name, sentence: (b, a) => [`个人信息处理者由${b}变更为${a}`] },
  { record: refs.controller, field: 'address', kind: 'controller-address-changed', value: (d) => d.controller.address, sentence: (b, a) => [`个人信息处理者的注册地址由${b}变更为${a}`] },
  { record: refs.controller, field: 'role', kind: 'wording-changed', value: (d) => d.controller.role, sentence: (b, a) => [`“${b}”改称“${a}”`] },
  { record: refs.policy, field: 'responseDays', kind: 'response-days-changed', value: (d) => d.responseDays, sentence: (b, a) => [`答复您请求的期限由${b}天改为${a}天`] },
  { record: refs.policy, field: 'disputeVenue', kind: 'dispute-venue-changed', value: (d) => d.disputeVenue, sentence: (b, a) => [`争议解决的管辖法院由${b}改为${a}`] },
  { record: refs.policy, field: 'minimumAge', kind: 'minimum-age-changed', value: (d) => d.minimumAge, sentence: (b, a) => [`注册使用的最低年龄由${b}周岁改为${a}周岁`] },
  { record: refs.policy, field: 'childAge', kind: 'child-age-changed', value: (d) => d.childAge, sentence: (b, a) => [`儿童的年龄标准由不满${b}周岁改为不满${a}周岁`] },
  { record: refs.storage, field: 'location', kind: 'storage-location-changed', value: (d) => d.storage.location, sentence: (b, a) => [`个人信息存储地点由${b}改为${a}`] },

  {
    record: refs.storage,
    field: 'crossBorder',
    kind: 'cross-border-changed',
    value: (d) => d.storage.crossBorder,
    sentence: (_, a) => [a ? '个人信息将向境外提供或在境外存储' : '个人信息不再向境外提供'],
  },
  { record: refs.retention, field: 'minimumMonths', kind: 'retention-changed', value: (d) => d.retention.minimumMonths, sentence: (b, a) => [`个人信息的最短保存期限由${b}个月改为${a}个月`] },
  {
    record: refs.retention,
    field: 'afterCancellationMonths',
    kind: 'retention-changed',
    value: (d) => d.retention.afterCancellationMonths,
    sentence: (b, a) => [`注销账户后删除个人信息的期限由${b}个月改为${a}个月`],
  },
];

const contactFields = { kind: '类型', name: '名称', value: '联系方式' } as const;

/** The facts of policy.yaml: controller, dates aside; contacts; response time; ages; storage; retention. */
export function policyChanges(before: Doc, after: Doc): DetectedChange[] {
  const changes: DetectedChange[] = [];
  for (const spec of fields) {
    const was = spec.value(before);
    const now = spec.value(after);
    if (was === now) continue;
    changes.push(detected(spec.kind, spec.record(after), spec.sentence(was, now), { path: [spec.field], field: spec.field, before: was, after: now }));
  }
  const regions = regionsChange(before, after);
  if (regions) changes.push(regions);
  const { added, removed, common } = matchById(before.contacts, after.contacts);
  for (const contact of added) changes.push(detected('contact-added', refs.contact(contact), [`新增联系方式：${contact.name}（${contact.value}）`]));
  for (const contact of removed) changes.push(detected('contact-removed', refs.contact(contact), [`不再提供联系方式：${contact.name}（${contact.value}）`]));
  for (const [old, contact] of common) {
    for (const [field, label] of Object.entries(contactFields) as Array<[keyof typeof contactFields, string]>) {
      if (old[field] === contact[field]) continue;
      changes.push(
        detected('contact-changed', refs.contact(contact), [`${contact.name}的${label}由“${old[field]}”改为“${contact[field]}”`], {
          path: [field],
          field,
          before: old[field],
          after: contact[field],
        }),
      );
    }
  }
  return changes;
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
