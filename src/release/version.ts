// One version folder: its record, the hash of every file it lists, its document.
import { formatBytes, readRegularFile, unread } from '../util/regular-file.ts';
import type { CompiledPolicy } from '../model/index.ts';
import type { ReleaseRecord } from '../model/generated/release.ts';
import { problemAt, type Problem } from '../report/refusal.ts';
import type { ParamsOf, RuleId } from '../report/catalogue/index.ts';
import { archiveFileBytes, documentFile, recordFile, recordSha256 } from './files.ts';
import { sha256 } from '../util/hash.ts';
import { serializeJson } from '../util/json.ts';
import { parseReleaseId } from './release-id.ts';
import { schemaProblems } from './schema.ts';
import { inForceFrom } from '../model/facts.ts';
import { decodeUtf8 } from '../util/utf8.ts';

/** One released version, read from versions/<id>/. */
export interface Release {
  id: string;
  record: ReleaseRecord;
  document: CompiledPolicy;
  /** The document's bytes as archived (verified against the record): what the site publishes, byte for byte. */
  documentBytes?: Buffer;
}

/** What the next release links to: a record that could be read, and its bytes. */
export interface Link {
  id: string;
  record: ReleaseRecord;
  bytes: Buffer;
}

export interface VersionFolder {
  id: string;
  dir: string;
  /** Path as shown in messages. */
  shown: string;
  /** Every file in the folder, relative, `/`-separated, sorted. */
  files: string[];
}

/** Reads one version folder: its link when the record parses and matches its schema, the release when nothing is wrong. */
export async function readVersion(folder: VersionFolder, problems: Problem[]): Promise<{ link?: Link; release?: Release }> {
  const at = (file: string) => `${folder.shown}/${file}`;
  const report: Report = (file, rule, params) => void problems.push((problemAt as (path: string, rule: RuleId, params: unknown) => Problem)(at(file), rule, params));
  const before = problems.length;
  if (!folder.files.includes(recordFile)) {
    report(recordFile, 'archive-missing', { case: 'record' });
    return {};
  }
  const recordBytes = await readArchivedFile(folder, recordFile, report);
  if (!recordBytes) return {};
  const record = parseJson<ReleaseRecord>(recordBytes, (detail) => report(recordFile, 'archive-not-json', { detail }));
  if (!record) return {};
  for (const problem of schemaProblems('release.schema.json', record)) report(recordFile, 'archive-schema', { detail: problem });
  if (problems.length > before) return {};
  const link = { id: folder.id, record, bytes: recordBytes };

  if (recordBytes.toString('utf8') !== serializeJson(record)) report(recordFile, 'archive-changed', { case: 'record-bytes' });
  if (record.sha256 !== recordSha256(record)) report(recordFile, 'archive-changed', { case: 'record-sha', sha256: record.sha256 });
  if (record.id !== folder.id) report(recordFile, 'archive-inconsistent', { case: 'id', id: record.id, folder: folder.id });
  if (parseReleaseId(record.id)?.date !== record.updated) report(recordFile, 'archive-inconsistent', { case: 'id-date', id: record.id, updated: record.updated });
  if (record.popup !== (record.level !== 'none')) report(recordFile, 'archive-inconsistent', { case: 'popup', popup: record.popup, level: record.level });

  const listed = new Set(record.files.map((file) => file.path));
  for (const file of folder.files) if (file !== recordFile && !listed.has(file)) report(file, 'archive-extra', { case: 'file' });
  const contents = new Map<string, Buffer>();
  for (const file of record.files) {
    if (!folder.files.includes(file.path)) {
      report(file.path, 'archive-missing', { case: 'listed' });
      continue;
    }
    const bytes = await readArchivedFile(folder, file.path, report);
    if (!bytes) continue;
    contents.set(file.path, bytes);
    const hash = sha256(bytes);
    if (hash !== file.sha256 || bytes.length !== file.size) {
      report(file.path, 'archive-changed', { case: 'file', sha256: hash, size: bytes.length, recorded: file.sha256, recordedSize: file.size });
    }
  }
  const document = readDocument(record, contents.get(documentFile), report);
  if (!document || problems.length > before) return { link };
  return { link, release: { id: folder.id, record, document, documentBytes: contents.get(documentFile)! } };
}

/** The version's document, checked against its own sha256 and the record's dates. */
function readDocument(record: ReleaseRecord, bytes: Buffer | undefined, report: Report): CompiledPolicy | undefined {
  if (!record.files.some((file) => file.path === documentFile)) {
    report(recordFile, 'archive-inconsistent', { case: 'no-document', document: documentFile });
    return undefined;
  }
  if (!bytes) return undefined;
  const document = parseJson<CompiledPolicy>(bytes, (detail) => report(documentFile, 'archive-not-json', { detail }));
  if (!document) return undefined;
  const { sha256: stated, ...body } = document;
  if (stated !== sha256(JSON.stringify(body))) report(documentFile, 'archive-changed', { case: 'document-sha', sha256: stated });
  if (document.updated !== record.updated || inForceFrom(document) !== record.effective) {
    report(documentFile, 'archive-inconsistent', { case: 'dates', updated: document.updated, effective: inForceFrom(document), recordUpdated: record.updated, recordEffective: record.effective });
  }
  return document;
}

/** The bytes of a regular file of the version folder; a problem (and undefined) for anything else. */
async function readArchivedFile(folder: VersionFolder, file: string, report: Report): Promise<Buffer | undefined> {
  const read = await readRegularFile(folder.dir, file, archiveFileBytes);
  if ('bytes' in read) return read.bytes;
  const { refused } = read;
  if (refused.kind === 'missing') report(file, 'archive-missing', { case: 'file' });
  else if (refused.kind === 'not-regular') report(file, 'archive-not-regular', { case: 'file', what: refused.what });
  else if (refused.kind === 'too-large') report(file, 'archive-too-large', { size: formatBytes(refused.size), limit: formatBytes(refused.limit) });
  else report(file, 'archive-unreadable', { why: unread(refused) });
  return undefined;
}


/** Records a problem of the archive about one file of the version folder. */
type Report = <R extends RuleId>(file: string, rule: R, params: ParamsOf<R>) => void;

function parseJson<T>(bytes: Buffer, report: (message: string) => void): T | undefined {
  try {
    return JSON.parse(decodeUtf8(bytes)) as T;
  } catch (cause) {
    report(`not valid JSON (${(cause as Error).message})`);
    return undefined;
  }
}
