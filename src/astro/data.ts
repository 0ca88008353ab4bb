// The site's data, as the pages read it (through the integration's virtual module, src/astro/site.ts):
// the archive, each version with its changes against the one before, and in the live preview the
// working draft. Under `policy build`, which verifies the same archive in full beside Astro, only
// the records are read before the pages render; a version's document is read, and its redline and
// pop-up made, when a page first asks for them: no pass over the archive's documents runs before
// the first page. The live preview reads and verifies the whole archive at every request.
import type { CompiledPolicy } from '../model/index.ts';
import type { ReleaseRecord } from '../model/generated/release.ts';
import type { Popup } from '../model/generated/popup.ts';
import { openArchive } from '../release/lazy-archive.ts';
import { recordDialog } from '../diff/summary/record-dialog.ts';
import { readerRedline } from '../diff/prose/reader-redline.ts';
import { redlineTreeHtml } from '../diff/redline-html.ts';
import { siteState, type SiteOptions } from './state.ts';

export type { SiteOptions };

/** The working draft, in the live preview only. */
export interface Draft {
  document?: CompiledPolicy;
  problems: Array<{ severity: 'error' | 'warning'; text: string }>;
}

/** A version's archived document: parsed, and where the site serves it (the live preview), its bytes as archived. */
export interface ArchivedDocument {
  document: CompiledPolicy;
  /**
   * What the live preview serves as the version's policy.json, byte for byte. Not kept under
   * `policy build`, which writes the data files beside Astro from the bytes it verified: 300
   * documents' bytes held to the end cost the Astro process 15 000 page faults.
   */
  bytes?: Buffer;
}

/** One released version as the pages use it; what needs its document is read or made once, when first asked for. */
export interface SiteVersion {
  id: string;
  record: ReleaseRecord;
  previous?: SiteVersion;
  /** The release after it: its effective date ends this one's period in force. */
  next?: SiteVersion;
  isCurrent: boolean;
  /** Its document as archived. */
  document(): Promise<CompiledPolicy>;
  /** Its document with its archived bytes. */
  archived(): Promise<ArchivedDocument>;
  /** The reader's redline against the previous release, as HTML (src/diff/redline-html.ts); undefined for a first release. */
  redline(): Promise<string | undefined>;
  /**
   * The pop-up as users saw it: the record's own, or for a first release recorded before the
   * structured pop-up the one derived from it (the same text). Undefined for an older record of a
   * later release: the page shows the HTML it recorded.
   */
  popup(): Promise<Popup | undefined>;
}

export interface SiteData {
  options: SiteOptions;
  /** Newest first. */
  versions: SiteVersion[];
  current?: SiteVersion;
  /** The current version's document (read with the records: most pages show its title). */
  currentDocument?: CompiledPolicy;
  draft?: Draft;
}

/** A release with what the pages derive from it, each part made once, when first asked for. */
class Version implements SiteVersion {
  previous?: Version;
  next?: Version;
  isCurrent = false;
  readonly id: string;
  readonly record: ReleaseRecord;
  readonly archived: () => Promise<ArchivedDocument>;
  readonly #made = new Map<string, Promise<unknown>>();

  constructor(release: SiteRelease) {
    this.id = release.id;
    this.record = release.record;
    this.archived = release.archived;
  }

  #once<T>(part: string, make: () => Promise<T>): Promise<T> {
    if (!this.#made.has(part)) this.#made.set(part, make());
    return this.#made.get(part) as Promise<T>;
  }

  document(): Promise<CompiledPolicy> {
    return this.archived().then((archived) => archived.document);
  }

  redline(): Promise<string | undefined> {
    const previous = this.previous;
    return this.#once('redline', async () => (previous ? redlineTreeHtml(readerRedline(await previous.document(), await this.document())) : undefined));
  }

  popup(): Promise<Popup | undefined> {
    return this.#once('popup', async () => (this.record.summary.dialog || !this.previous ? recordDialog(this.record, await this.document()) : undefined));
  }
}

/** A release as the site reads it: its record, and its document (at once, or when first asked for). */
export interface SiteRelease {
  id: string;
  record: ReleaseRecord;
  archived(): Promise<ArchivedDocument>;
}

/** The site's versions, newest first, linked to their neighbours; the newest is current. */
export function siteVersions(releases: readonly SiteRelease[]): SiteVersion[] {
  const versions: Version[] = [];
  for (const release of releases) {
    const version = new Version(release);
    const previous = versions.at(-1);
    if (previous) (version.previous = previous), (previous.next = version);
    versions.push(version);
  }
  versions.reverse();
  if (versions[0]) versions[0].isCurrent = true;
  return versions;
}

/** Starts reading the archive's records now (a build: while Astro builds the pages' code), for siteData() to settle later. */
export function preloadSite(): void {
  const state = siteState();
  const options = state.configured;
  if (options && !options.draft) void (state.loaded ??= load(options)).catch(() => {});
}

/** The site's data: the archive (its records read once per build), or in the live preview the archive and the working draft as they are now. */
export function siteData(): Promise<SiteData> {
  const state = siteState();
  const options = state.configured;
  if (!options) throw new Error('policy-press: the site has no data: add the integration to astro.config.mjs (`integrations: [policyPress()]` from policy-press/astro).');
  // The preview must show every save; a build reads the archive once.
  if (options.draft) return load(options);
  return (state.loaded ??= load(options)) as Promise<SiteData>;
}

async function load(options: SiteOptions): Promise<SiteData> {
  const versions = siteVersions(await releasesOf(options));
  const current = versions[0];
  return {
    options,
    versions,
    ...(current ? { current, currentDocument: await current.document() } : {}),
    ...(options.draft ? { draft: await draftOf(options.policyDir) } : {}),
  };
}

/** Under `policy build` the records, each document read when first asked for; otherwise the archive read and verified in full. */
async function releasesOf(options: SiteOptions): Promise<SiteRelease[]> {
  if (options.verifiedBeside) return (await openArchive(options.versionsDir)).map(({ id, record, document }) => ({ id, record, archived: document }));
  // The compiler and the full verification only for the preview: a build's pages load neither.
  const { readArchive } = await import('../release/archive.ts');
  return (await readArchive(options.versionsDir)).map((release) => {
    const archived = Promise.resolve({ document: release.document, bytes: release.documentBytes ?? Buffer.from(JSON.stringify(release.document)) });
    return { id: release.id, record: release.record, archived: () => archived };
  });
}

/** The working draft compiled, with every problem as the terminal prints it. */
async function draftOf(policyDir: string): Promise<Draft> {
  const [{ compilePolicy }, { collectMessages, formatMessage }] = await Promise.all([import('../compile/compile.ts'), import('../report/format.ts')]);
  const { files, document } = await compilePolicy({ policyDir });
  return {
    ...(document ? { document } : {}),
    problems: collectMessages(files).map((m) => ({ severity: m.fatal ? 'error' : 'warning', text: formatMessage(m) })),
  };
}

/** When a version was in force: from its effective date to the next release's (open while current). */
export function periodInForce(version: SiteVersion): { from: string; to?: string } {
  return { from: version.record.effective, ...(version.next ? { to: version.next.record.effective } : {}) };
}
