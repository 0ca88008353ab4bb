import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { VFile } from 'vfile';
import { compilePolicy } from '../compile/compile.ts';
import { diffDocuments } from '../diff/diff.ts';
import { assessFirstRelease } from '../diff/first-release.ts';
import type { NoticeLevel } from '../diff/types.ts';
import type { ReleaseRecord } from '../model/generated/release.ts';
import { hasErrors } from '../report/messages.ts';
import { placeholderRule } from '../validate/placeholders.ts';
import { readArchive } from './archive.ts';
import { applyRulings, type Ruling } from './decisions.ts';
import { Refusal } from '../report/refusal.ts';
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
export function refuseForbidden(text: string, what: string): void {
  const found = firstForbidden(text);
  if (!found) return;
  throw new Refusal('forbidden-character',
    `${what} holds ${describeCharacter(found.code)} at character ${Array.from(text.slice(0, found.offset)).length + 1}`,
    'Type it again without it: control characters, bidirectional controls and invisible characters are refused in everything users, feeds and logs show.',
  );
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
  if (!parsed) throw new Refusal('bad-release-id', `\`${id}\` is not a release id`, 'Use the update date, YYYY-MM-DD, with `.2`, `.3`, … for a further release on the same day.');
  if (options.effective !== undefined && !isDate(options.effective)) throw new Refusal('bad-effective-date', `--effective \`${options.effective}\` is not a date`, 'Write it as YYYY-MM-DD.');
  if (!options.note.trim()) throw new Refusal('empty-note', 'The change note is empty', 'Say what changed for the changelog: --note "…".');
  // What users, feeds and logs will show: no control, bidirectional or invisible characters.
  refuseForbidden(options.note, 'The change note (--note)');
  if (options.override) refuseForbidden(options.override.reason, 'The reason of --level (--reason)');
  for (const [review, ruling] of options.rulings) {
    refuseForbidden(review, 'A review id of --decide');
    refuseForbidden(ruling.reason, `The reason decided for \`${review}\``);
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
    throw new Refusal('release-out-of-order',
      `Release id \`${id}\` is not after the latest release \`${latest.id}\``,
      next ? `A further release on the same day is \`${next}\`.` : `Releases follow one another in time: use today's date, later than ${latest.id}.`,
    );
  }

  const { files, document } = await compilePolicy({ policyDir: options.policyDir, ...(options.cwd ? { cwd: options.cwd } : {}) });
  refusePlaceholders(files);
  if (!document || hasErrors(files)) return { files, cleaned };
  if (document.updated !== parsed.date) {
    const matching = await freeIdFor(document.updated, archive.map((r) => r.id), versionsDir);
    throw new Refusal('release-id-date-mismatch',
      `The release id \`${id}\` is dated ${parsed.date}, but policy.yaml says \`updated: ${document.updated}\``,
      `The release id is the update date the document shows (本版本更新发布日期): set \`updated: ${parsed.date}\` (and \`effective:\`) in ${path.join(options.policyDir, 'policy.yaml')}` +
        (matching ? `, or release as --id ${matching} if ${document.updated} is the right date.` : ` (a release dated ${document.updated} cannot follow the latest release, ${latest?.id}).`),
    );
  }
  if (options.effective !== undefined && options.effective !== document.effective) {
    throw new Refusal('effective-date-mismatch',
      document.effective === undefined ? `--effective ${options.effective}, but policy.yaml states no effective date` : `--effective ${options.effective} differs from policy.yaml's \`effective: ${document.effective}\``,
      `The document shows policy.yaml's date as 生效日期: set \`effective: ${options.effective}\` there, then release again.`,
    );
  }
  if (latest && inForceFrom(document) < latest.record.effective) {
    throw new Refusal('effective-before-latest',
      `The effective date ${inForceFrom(document)} is before the latest release's (${latest.id}, effective ${latest.record.effective})`,
      `Set \`effective:\` in policy.yaml to ${latest.record.effective} or later.`,
    );
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
      message.note = `${message.note ?? ''} Fill in every placeholder before releasing (\`policy check\` lists them).`.trim();
    }
  }
}
