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
    error(file, locate(yaml.policy, ['storage', 'location']), 'storage-contradiction', { case: 'location-abroad', location: storage.location });
  }
  if (storedAbroad(storage) && !storage.crossBorder) {
    const where = storage.regions?.filter((r) => r !== 'CN').join(', ');
    error(file, locate(yaml.policy, ['storage', 'crossBorder']), 'storage-contradiction', { case: 'not-cross-border', regions: where || undefined, location: storage.location });
  }
  if (!storage.regions && wording === 'unknown') {
    warn(file, locate(yaml.policy, ['storage', 'location']), 'storage-region', { location: storage.location });
  }
}
