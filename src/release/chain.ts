import { needsConsent } from '../diff/levels.ts';
import type { ReleaseRecord } from '../model/generated/release.ts';
import { problemAt, type Problem } from '../report/refusal.ts';
import type { ParamsOf } from '../report/catalogue/index.ts';
import { recordFile } from './files.ts';
import { sha256 } from '../util/hash.ts';
import type { Link, VersionFolder } from './version.ts';

/** Links to the release before (`previous` undefined: this is the first folder). */
export function checkChain(folder: VersionFolder, record: ReleaseRecord, previous: Link | undefined, problems: Problem[]): void {
  const report = (params: ParamsOf<'archive-chain'>) => void problems.push(problemAt(`${folder.shown}/${recordFile}`, 'archive-chain', params));
  if (!previous) {
    if (record.previous !== null) report({ case: 'no-earlier', previous: record.previous.id });
    else if (record.consentEpoch !== 1) report({ case: 'first-epoch', epoch: record.consentEpoch });
    return;
  }
  const { id, record: before, bytes } = previous;
  if (record.previous === null) return report({ case: 'previous-null', before: id });
  if (record.previous.id !== id) report({ case: 'previous-id', previous: record.previous.id, before: id });
  else if (record.previous.sha256 !== sha256(bytes)) report({ case: 'previous-sha', sha256: record.previous.sha256, before: id, file: recordFile });
  if (record.updated < before.updated) report({ case: 'updated', updated: record.updated, before: before.updated });
  if (record.effective < before.effective) report({ case: 'effective', effective: record.effective, before: before.effective });
  const epoch = before.consentEpoch + (needsConsent(record.level) ? 1 : 0);
  if (record.consentEpoch !== epoch) report({ case: 'epoch', epoch: record.consentEpoch, before: id, beforeEpoch: before.consentEpoch, level: record.level, expected: epoch });
}
