import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { VFile } from 'vfile';
import { compilePolicy } from '../compile/compile.ts';
import { diffDocuments } from '../diff/diff.ts';
import { assessFirstRelease } from '../diff/first-release.ts';
import type { NoticeLevel } from '../diff/types.ts';
import type { ReleaseRecord } from '../model/generated/release.ts';
import { hasErrors, reword, type PolicyMessage } from '../report/messages.ts';
import { placeholderRule } from '../validate/placeholders.ts';
import { readArchive } from './archive.ts';
import { applyRulings, type Ruling } from './decisions.ts';
import { refusal } from '../report/refusal.ts';
import type { CommandText } from '../report/catalogue/en/release.ts';
import { describeCharacter, firstForbidden } from '../util/characters.ts';
import { documentFile, recordFile } from './files.ts';
import { buildRecord } from './record.ts';
import { compareReleaseIds, isDate, nextReleaseIdSameDay, parseReleaseId, type ReleaseId } from './release-id.ts';
import { withArchiveLock } from './leftovers.ts';
import { alreadyReleased, writeVersion } from './write.ts';
import { inForceFrom } from '../model/facts.ts';
import { serializeJson } from '../util/json.ts';
import { makeFolder } from '../util/atomic.ts';

export interface ReleaseOptions {
  id: string;
  /** Must agree with policy.yaml's `effective`, which the document shows; defaults to it. */
  effective?: string;
  note: string;
  /** The editor's ruling for each review item, by review id. */
  rulings: ReadonlyMap<string, Ruling>;
  override?: { level: NoticeLevel; reason: string };
  highRisk: boolean;
  versionsDir: string;
  policyDir: string;
  cwd?: string;
}

/** `date` as a release id when it is free and after every release; undefined otherwise: never an id that exists. */
async function freeIdFor(date: string, ids: readonly string[], versionsDir: string): Promise<string | undefined> {
  const latest = ids.at(-1);
  if (latest && compareReleaseIds(date, latest) <= 0) return undefined;
  if (ids.includes(date) || (await stat(path.join(versionsDir, date)).then(() => true, () => false))) return undefined;
  return date;
}

/** Refuses a text given on the command line that holds a forbidden character, naming it and where. */
export function refuseForbidden(text: string, what: CommandText): void {
  const found = firstForbidden(text);
  if (!found) return;
  throw refusal('forbidden-character', { form: 'command-line', what, character: describeCharacter(found.code), at: Array.from(text.slice(0, found.offset)).length + 1 });
}

/** `cleaned`: leftovers of interrupted releases that were removed first. */
export type ReleaseResult = { files: VFile[]; record?: undefined; cleaned: string[] } | { files: VFile[]; record: ReleaseRecord; dir: string; cleaned: string[] };

/**
 * Compiles the working sources and archives them as a new version. Refusals are ReleaseErrors;
 * source problems come back as messages on `files`, with no record.
 */
export async function createRelease(options: ReleaseOptions): Promise<ReleaseResult> {
  const { id, versionsDir } = options;
  const parsed = parseReleaseId(id);
  if (!parsed) throw refusal('bad-release-id', { id });
  if (options.effective !== undefined && !isDate(options.effective)) throw refusal('bad-effective-date', { date: options.effective });
  if (!options.note.trim()) throw refusal('empty-note');
  // What users, feeds and logs will show: no control, bidirectional or invisible characters.
  refuseForbidden(options.note, { option: 'note' });
  if (options.override) refuseForbidden(options.override.reason, { option: 'level-reason' });
  for (const [review, ruling] of options.rulings) {
    refuseForbidden(review, { option: 'review-id' });
    refuseForbidden(ruling.reason, { option: 'decision-reason', review });
  }

  await makeFolder(versionsDir);
  return withArchiveLock(versionsDir, (cleaned) => releaseLocked(options, parsed, cleaned));
}

async function releaseLocked(options: ReleaseOptions, parsed: ReleaseId, cleaned: string[]): Promise<ReleaseResult> {
  const { id, versionsDir } = options;
  const archive = await readArchive(versionsDir);
  const target = path.join(versionsDir, id);
  if (await stat(target).then(() => true, () => false)) throw alreadyReleased(target);
  const latest = archive.at(-1);
  if (latest && compareReleaseIds(id, latest.id) <= 0) {
    const next = parsed.date === parseReleaseId(latest.id)?.date ? nextReleaseIdSameDay(latest.id) : undefined;
    throw refusal('release-out-of-order', { id, latest: latest.id, next });
  }

  const { files, document } = await compilePolicy({ policyDir: options.policyDir, ...(options.cwd ? { cwd: options.cwd } : {}) });
  refusePlaceholders(files);
  if (!document || hasErrors(files)) return { files, cleaned };
  if (document.updated !== parsed.date) {
    const matching = await freeIdFor(document.updated, archive.map((r) => r.id), versionsDir);
    throw refusal('release-id-date-mismatch', { id, date: parsed.date, updated: document.updated, policyFile: path.join(options.policyDir, 'policy.yaml'), matching, latest: latest?.id });
  }
  if (options.effective !== undefined && options.effective !== document.effective) {
    throw refusal('effective-date-mismatch', { given: options.effective, stated: document.effective });
  }
  if (latest && inForceFrom(document) < latest.record.effective) {
    throw refusal('effective-before-latest', { effective: inForceFrom(document), latest: latest.id, latestEffective: latest.record.effective });
  }

  const assessment = latest
    ? diffDocuments(latest.document, document, { highRisk: options.highRisk, fromLabel: latest.id, toLabel: id })
    : assessFirstRelease(document, { highRisk: options.highRisk });
  const decisions = applyRulings(assessment.review, options.rulings);
  const policyJson = serializeJson(document);
  const record = buildRecord({
    id,
    previous: latest,
    document,
    assessment,
    decisions,
    override: options.override,
    highRisk: options.highRisk,
    note: options.note.trim(),
    files: { [documentFile]: policyJson },
  });
  const dir = await writeVersion(versionsDir, id, { [documentFile]: policyJson, [recordFile]: serializeJson(record) });
  return { files, record, dir, cleaned };
}

/** A placeholder `policy check` warns about is an error here: a template is never released. */
function refusePlaceholders(files: readonly VFile[]): void {
  for (const file of files) {
    for (const message of file.messages) {
      if (message.ruleId !== placeholderRule) continue;
      message.fatal = true;
      reword(message, { ...((message as PolicyMessage).params as object), releasing: true });
    }
  }
}
