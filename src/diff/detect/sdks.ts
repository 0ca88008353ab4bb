import type { CompiledPolicy } from '../../model/index.ts';
import { detected } from '../detected.ts';
import { matchById } from '../keyed.ts';
import { quoted } from '../phrase.ts';
import { refs } from '../refs.ts';
import type { DetectedChange } from '../types.ts';
import { itemUses, permissionUses, useChanges } from './uses.ts';

type Sdk = CompiledPolicy['sdks'][number];

/** SDKs added or removed, an SDK's company and privacy-policy URL, and what each collects. */
export function sdkChanges(before: CompiledPolicy, after: CompiledPolicy): DetectedChange[] {
  const { added, removed, common } = matchById(before.sdks, after.sdks);
  const changes: DetectedChange[] = [];
  for (const sdk of added) {
    const record = refs.sdk(sdk);
    changes.push(detected('sdk-added', record, ['新增第三方SDK', ...quoted(record), '（', refs.recipient(sdk.company), '，', sdk.scenario, '）'], { element: refs.recipient(sdk.company) }));
    changes.push(...uses(undefined, sdk));
  }
  for (const sdk of removed) {
    const record = refs.sdk(sdk);
    changes.push(detected('sdk-removed', record, ['不再使用第三方SDK', ...quoted(record), '（', refs.recipient(sdk.company), '）'], { element: refs.recipient(sdk.company) }));
  }
  for (const [old, sdk] of common) {
    const record = refs.sdk(sdk);
    if (old.company.id !== sdk.company.id) {
      const company = refs.recipient(sdk.company);
      changes.push(
        detected('sdk-company-changed', record, ['第三方SDK', ...quoted(record), '的提供方由', refs.recipient(old.company), '变更为', company], {
          path: ['company'],
          element: company,
          field: 'company',
          before: old.company.name,
          after: sdk.company.name,
        }),
      );
    }
    if (old.privacyUrl !== sdk.privacyUrl) {
      changes.push(
        detected('sdk-url-changed', record, ['第三方SDK', ...quoted(record), '的隐私政策链接更新为', sdk.privacyUrl], {
          path: ['privacyUrl'],
          field: 'privacyUrl',
          before: old.privacyUrl,
          after: sdk.privacyUrl,
        }),
      );
    }
    if (old.name !== sdk.name) {
      changes.push(detected('wording-changed', record, ['第三方SDK“', old.name, '”改称', ...quoted(record)], { path: ['name'], field: 'name', before: old.name, after: sdk.name }));
    }
    changes.push(...uses(old, sdk));
  }
  return changes;
}

function uses(old: Sdk | undefined, sdk: Sdk): DetectedChange[] {
  const record = refs.sdk(sdk);
  return [
    ...useChanges(record, itemUses, (old?.items ?? []).map(refs.item), sdk.items.map(refs.item)),
    ...useChanges(record, permissionUses, (old?.permissions ?? []).map(refs.permission), sdk.permissions.map(refs.permission)),
  ];
}
