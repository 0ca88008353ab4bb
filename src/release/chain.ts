import { needsConsent } from '../diff/levels.ts';
import type { ReleaseRecord } from '../model/generated/release.ts';
import { type Problem } from '../report/refusal.ts';
import { recordFile } from './files.ts';
import { sha256 } from '../util/hash.ts';
import type { Link, VersionFolder } from './version.ts';

/** Links to the release before (`previous` undefined: this is the first folder). */
export function checkChain(folder: VersionFolder, record: ReleaseRecord, previous: Link | undefined, problems: Problem[]): void {
  const report = (reason: string) => void problems.push({ path: `${folder.shown}/${recordFile}`, ruleId: 'archive-chain', reason });
  if (!previous) {
    if (record.previous !== null) report(`previous is \`${record.previous.id}\`, but there is no earlier version folder`);
    else if (record.consentEpoch !== 1) report(`consentEpoch is ${record.consentEpoch}; the first release has 1`);
    return;
  }
  const { id, record: before, bytes } = previous;
  if (record.previous === null) return report(`previous is null, but ${id} comes before it`);
  if (record.previous.id !== id) report(`previous is \`${record.previous.id}\`, but the release before it is \`${id}\``);
  else if (record.previous.sha256 !== sha256(bytes)) report(`previous sha256 ${record.previous.sha256} does not match ${id}/${recordFile}`);
  if (record.updated < before.updated) report(`updated ${record.updated} is before the previous release's ${before.updated}`);
  if (record.effective < before.effective) report(`effective ${record.effective} is before the previous release's ${before.effective}`);
  const epoch = before.consentEpoch + (needsConsent(record.level) ? 1 : 0);
  if (record.consentEpoch !== epoch) report(`consentEpoch is ${record.consentEpoch}; after ${id} (epoch ${before.consentEpoch}) at level \`${record.level}\` it must be ${epoch}`);
}
