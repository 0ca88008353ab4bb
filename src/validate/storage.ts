// Where personal information is stored must agree with `crossBorder`: a location outside mainland
// China (a region code other than CN, or, without codes, a foreign place in the wording) is a
// transfer abroad (PIPL Arts. 38-39), which the policy must declare.
import type { LoadedPolicy } from '../load/load-policy.ts';
import { locate } from '../load/yaml.ts';
import { locationRegion, storedAbroad } from '../resolve/lexicon/lexicon.ts';
import type { PolicyData } from '../model/index.ts';
import { error, warn } from '../report/messages.ts';

type Sources = Required<LoadedPolicy['yaml']>;

export function checkStorage(data: PolicyData, yaml: Sources): void {
  const { storage } = data.policy;
  const file = yaml.policy.file;
  const wording = locationRegion(storage.location);
  if (storage.regions && !storage.regions.some((r) => r !== 'CN') && wording === 'abroad') {
    error(file, `\`storage.location\` \`${storage.location}\` names a place outside mainland China, but \`storage.regions\` is only CN`, {
      place: locate(yaml.policy, ['storage', 'location']),
      ruleId: 'storage-contradiction',
      hint: 'Add the region code of that place to `regions` (e.g. SG, HK) and set `crossBorder: true`, or correct `location`.',
    });
  }
  if (storedAbroad(storage) && !storage.crossBorder) {
    const where = storage.regions?.filter((r) => r !== 'CN').join(', ');
    error(file, `Personal information is stored outside mainland China (${where ? `regions ${where}` : `\`${storage.location}\``}), but \`storage.crossBorder\` is false`, {
      place: locate(yaml.policy, ['storage', 'crossBorder']),
      ruleId: 'storage-contradiction',
      hint: 'Storage abroad is a cross-border transfer (PIPL Arts. 38-39, separate consent): set `crossBorder: true`, or correct `location`/`regions`.',
    });
  }
  if (!storage.regions && wording === 'unknown') {
    warn(file, `Cannot tell whether \`${storage.location}\` is in mainland China`, {
      place: locate(yaml.policy, ['storage', 'location']),
      ruleId: 'storage-region',
      hint: 'Name the regions as ISO codes, e.g. `regions: [CN]` for mainland China, `[CN, SG]` with a copy in Singapore.',
    });
  }
}
