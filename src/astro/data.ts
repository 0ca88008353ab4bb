// The site's data, as the pages read it (through the integration's virtual module, src/astro/site.ts):
// the verified archive, each version with its changes against the one before, and in the live
// preview the working draft. Read in the Astro process itself, once per build; a version's diff,
// redline and pop-up are computed when a page first asks for them, not for every release up front.
import type { CompiledPolicy } from '../model/index.ts';
import type { ReleaseRecord } from '../model/generated/release.ts';
import type { PolicyDiff } from '../model/generated/diff.ts';
import type { Popup } from '../model/generated/popup.ts';
import { compilePolicy } from '../compile/compile.ts';
import { collectMessages, formatMessage } from '../report/format.ts';
import { readArchive, type Release } from '../release/archive.ts';
import { diffDocuments } from '../diff/diff.ts';
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

/** One released version as the pages use it. */
export interface SiteVersion {
  id: string;
  record: ReleaseRecord;
  document: CompiledPolicy;
  /** The document's bytes as archived. */
  documentBytes?: Buffer | undefined;
  previous?: SiteVersion;
  /** The release after it: its effective date ends this one's period in force. */
  next?: SiteVersion;
  /** Its changes against the previous release (computed on first use); undefined for a first release. */
  readonly diff: PolicyDiff | undefined;
  /** The reader's redline against the previous release, as HTML (src/diff/redline-html.ts); undefined for a first release. */
  readonly redline: string | undefined;
  /**
   * The pop-up as users saw it: the record's own, or for a first release recorded before the
   * structured pop-up the one derived from it (the same text). Undefined for an older record of a
   * later release: the page shows the HTML it recorded.
   */
  readonly popup: Popup | undefined;
  isCurrent: boolean;
}

export interface SiteData {
  options: SiteOptions;
  /** Newest first. */
  versions: SiteVersion[];
  current?: SiteVersion;
  draft?: Draft;
}

/** A release with what the pages derive from it, each part made once, when first read. */
class Version implements SiteVersion {
  readonly id: string;
  readonly record: ReleaseRecord;
  readonly document: CompiledPolicy;
  readonly documentBytes: Buffer | undefined;
  previous?: SiteVersion;
  next?: SiteVersion;
  isCurrent = false;
  readonly #made = new Map<string, unknown>();

  constructor(release: Release, previous: Version | undefined) {
    this.id = release.id;
    this.record = release.record;
    this.document = release.document;
    this.documentBytes = release.documentBytes;
    if (previous) this.previous = previous;
  }

  #once<T>(part: 'diff' | 'redline' | 'popup', make: () => T): T {
    if (!this.#made.has(part)) this.#made.set(part, make());
    return this.#made.get(part) as T;
  }

  get diff(): PolicyDiff | undefined {
    const previous = this.previous;
    return this.#once('diff', () => (previous ? diffDocuments(previous.document, this.document, { fromLabel: previous.id, toLabel: this.id }) : undefined));
  }

  get redline(): string | undefined {
    const previous = this.previous;
    return this.#once('redline', () => (previous ? redlineTreeHtml(readerRedline(previous.document, this.document)) : undefined));
  }

  get popup(): Popup | undefined {
    return this.#once('popup', () => (this.record.summary.dialog || !this.previous ? recordDialog(this.record, this.document) : undefined));
  }
}

/** The site's versions, newest first, linked to their neighbours; the newest is current. */
export function siteVersions(releases: readonly Release[]): SiteVersion[] {
  const versions: Version[] = [];
  for (const release of releases) {
    const version = new Version(release, versions.at(-1));
    if (version.previous) version.previous.next = version;
    versions.push(version);
  }
  versions.reverse();
  if (versions[0]) versions[0].isCurrent = true;
  return versions;
}

/** Starts reading and verifying the archive now (a build: while Astro builds the pages' code), for siteData() to settle later. */
export function preloadSite(): void {
  const state = siteState();
  const options = state.configured;
  if (options && !options.draft) void (state.loaded ??= load(options)).catch(() => {});
}

/** The site's data: the verified archive (read once per build), or in the live preview the archive and the working draft as they are now. */
export function siteData(): Promise<SiteData> {
  const state = siteState();
  const options = state.configured;
  if (!options) throw new Error('policy-press: the site has no data: add the integration to astro.config.mjs (`integrations: [policyPress()]` from policy-press/astro).');
  // The preview must show every save; a build reads the archive once.
  if (options.draft) return load(options);
  return (state.loaded ??= load(options)) as Promise<SiteData>;
}

async function load(options: SiteOptions): Promise<SiteData> {
  const versions = siteVersions(await readArchive(options.versionsDir, options.verifiedBeside ? { decisions: false, hashes: false } : {}));
  const current = versions[0];
  return { options, versions, ...(current ? { current } : {}), ...(options.draft ? { draft: await draftOf(options.policyDir) } : {}) };
}

/** The working draft compiled, with every problem as the terminal prints it. */
async function draftOf(policyDir: string): Promise<Draft> {
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
