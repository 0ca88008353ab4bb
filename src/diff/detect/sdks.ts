import type { CompiledPolicy } from '../../model/index.ts';
import { detected } from '../detected.ts';
import { matchById } from '../keyed.ts';
import { quoted, type Part } from '../phrase.ts';
import { refs } from '../refs.ts';
import type { DetectedChange } from '../types.ts';
import { itemUses, permissionUses, useChanges } from './uses.ts';

type Sdk = CompiledPolicy['sdks'][number];

/** SDKs added or removed, an SDK's company and privacy-policy URL (stated, changed, no longer stated), what each collects, and the external SDK catalogue. */
export function sdkChanges(before: CompiledPolicy, after: CompiledPolicy): DetectedChange[] {
  const { added, removed, common } = matchById(before.sdks, after.sdks);
  const changes: DetectedChange[] = [];
  const company = (sdk: Sdk): Part[] => (sdk.company ? [refs.recipient(sdk.company)] : []);
  for (const sdk of added) {
    const record = refs.sdk(sdk);
    const about = [...company(sdk), ...(sdk.company ? ['，'] : []), sdk.scenario];
    changes.push(detected('sdk-added', record, ['新增第三方SDK', ...quoted(record), '（', ...about, '）'], sdk.company ? { element: refs.recipient(sdk.company) } : {}));
    changes.push(...uses(undefined, sdk));
  }
  for (const sdk of removed) {
    const record = refs.sdk(sdk);
    changes.push(detected('sdk-removed', record, ['不再使用第三方SDK', ...quoted(record), ...(sdk.company ? ['（', refs.recipient(sdk.company), '）'] : [])], sdk.company ? { element: refs.recipient(sdk.company) } : {}));
  }
  for (const [old, sdk] of common) {
    const record = refs.sdk(sdk);
    if (old.company?.id !== sdk.company?.id) {
      const now = sdk.company && refs.recipient(sdk.company);
      const was = old.company && refs.recipient(old.company);
      const sentence: Part[] = was && now
        ? ['第三方SDK', ...quoted(record), '的提供方由', was, '变更为', now]
        : now
          ? ['第三方SDK', ...quoted(record), '的提供方说明为', now]
          : ['不再说明第三方SDK', ...quoted(record), '的提供方（原为', was!, '）'];
      changes.push(
        detected('sdk-company-changed', record, sentence, {
          path: ['company'],
          ...(now ? { element: now } : {}),
          field: 'company',
          ...(old.company ? { before: old.company.name } : {}),
          ...(sdk.company ? { after: sdk.company.name } : {}),
        }),
      );
    }
    if (old.privacyUrl !== sdk.privacyUrl) {
      const sentence: Part[] = sdk.privacyUrl !== undefined
        ? ['第三方SDK', ...quoted(record), '的隐私政策链接更新为', sdk.privacyUrl]
        : ['不再提供第三方SDK', ...quoted(record), '的隐私政策链接（原为', old.privacyUrl!, '）'];
      changes.push(
        detected('sdk-url-changed', record, sentence, {
          path: ['privacyUrl'],
          field: 'privacyUrl',
          ...(old.privacyUrl !== undefined ? { before: old.privacyUrl } : {}),
          ...(sdk.privacyUrl !== undefined ? { after: sdk.privacyUrl } : {}),
        }),
      );
    }
    if (old.name !== sdk.name) {
      changes.push(detected('wording-changed', record, ['第三方SDK“', old.name, '”改称', ...quoted(record)], { path: ['name'], field: 'name', before: old.name, after: sdk.name }));
    }
    changes.push(...uses(old, sdk));
  }
  const catalogue = catalogueChange(before, after);
  if (catalogue) changes.push(catalogue);
  return changes;
}

/** The link to an external SDK catalogue: given, changed or taken out. */
function catalogueChange(before: CompiledPolicy, after: CompiledPolicy): DetectedChange | undefined {
  const was = before.sdkCatalogue;
  const now = after.sdkCatalogue;
  if (was?.url === now?.url && was?.title === now?.title) return undefined;
  const sentence = was && now ? [`第三方SDK目录${now.title}的链接更新为${now.url}`] : now ? [`第三方SDK改在${now.title}（${now.url}）中列出`] : [`不再提供第三方SDK目录${was!.title}的链接`];
  return detected('sdk-catalogue-changed', refs.policy(after), sentence, {
    path: ['sdkCatalogue'],
    field: 'sdkCatalogue',
    ...(was ? { before: was.url } : {}),
    ...(now ? { after: now.url } : {}),
  });
}

function uses(old: Sdk | undefined, sdk: Sdk): DetectedChange[] {
  const record = refs.sdk(sdk);
  return [
    ...useChanges(record, itemUses, (old?.items ?? []).map(refs.item), sdk.items.map(refs.item)),
    ...useChanges(record, permissionUses, (old?.permissions ?? []).map(refs.permission), sdk.permissions.map(refs.permission)),
  ];
}
