import type { Assessment } from '../diff/assessment.ts';
import { maxLevel, needsConsent, sortCategories } from '../diff/levels.ts';
import { rulesVersion } from '../diff/rules.ts';
import { summarize } from '../diff/summary/summary.ts';
import type { NoticeLevel } from '../diff/types.ts';
import type { CompiledPolicy } from '../model/index.ts';
import type { Decision, ReleaseRecord } from '../model/generated/release.ts';
import { recordFormat, recordSha256 } from './files.ts';
import { sha256 } from '../util/hash.ts';
import { serializeJson } from '../util/json.ts';
import type { Release } from './verify.ts';
import { inForceFrom } from '../model/facts.ts';

export interface RecordInput {
  id: string;
  /** The latest release; its release.json is byte-identical to its serialized record (verified). */
  previous: Release | undefined;
  document: CompiledPolicy;
  assessment: Assessment;
  decisions: Decision[];
  override: { level: NoticeLevel; reason: string } | undefined;
  highRisk: boolean;
  note: string;
  /** The other files of the version, by path. */
  files: Record<string, string>;
}

/** The release record: the decision, the chain link, the consent epoch, and the hash of every file. */
export function buildRecord(input: RecordInput): ReleaseRecord {
  const { id, previous, document, assessment, decisions, override } = input;
  const computedLevel = maxLevel([assessment.level, ...decisions.map((d) => d.level)]);
  const level = override?.level ?? computedLevel;
  const decided = decisions.filter((d) => d.level !== 'none');
  const body: Omit<ReleaseRecord, 'sha256'> = {
    format: recordFormat,
    id,
    previous: previous ? { id: previous.id, sha256: sha256(serializeJson(previous.record)) } : null,
    updated: document.updated,
    effective: inForceFrom(document),
    level,
    computedLevel,
    ...(override ? { override } : {}),
    rules: rulesVersion,
    popup: level !== 'none',
    categories: sortCategories([...assessment.categories, ...decided.flatMap((d) => d.review.categories)]),
    highRisk: input.highRisk,
    consentEpoch: previous ? previous.record.consentEpoch + (needsConsent(level) ? 1 : 0) : 1,
    changes: assessment.changes,
    decisions,
    summary: previous ? summarize(document, assessment.changes, decisions) : assessment.summary,
    note: input.note,
    files: fileEntries(input.files),
  };
  return { ...body, sha256: recordSha256(body) };
}

function fileEntries(files: Record<string, string>): ReleaseRecord['files'] {
  const [first, ...rest] = Object.entries(files)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, content]) => ({ path, sha256: sha256(content), size: Buffer.byteLength(content) }));
  if (!first) throw new Error('A version has at least its document');
  return [first, ...rest];
}
