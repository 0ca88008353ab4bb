// What the Astro pages read. Kept small on purpose: a build hands the pages a JSON snapshot that
// src/publish/build.ts computed once (archive verified, diffs made), so Astro bundles none of the
// compiler; only the live preview loads the full loader, at run time.
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import type { CompiledPolicy } from '../model/index.ts';
import type { ReleaseRecord } from '../model/generated/release.ts';
import type { PolicyDiff } from '../model/generated/diff.ts';
import type { Popup } from '../model/generated/popup.ts';
import type { Draft, SiteSnapshot } from './snapshot.ts';
import { siteConfig, type SiteConfig } from './config.ts';

/** One released version as the pages use it. */
export interface SiteVersion {
  id: string;
  record: ReleaseRecord;
  document: CompiledPolicy;
  previous?: SiteVersion;
  /** The release after it: its effective date ends this one's period in force. */
  next?: SiteVersion;
  diff?: PolicyDiff;
  /** The reader's redline against the previous release, as HTML. */
  redline?: string;
  /** The pop-up as users saw it; undefined for a record that has only its recorded HTML. */
  popup?: Popup;
  isCurrent: boolean;
}

export interface SiteData {
  config: SiteConfig;
  /** Newest first. */
  versions: SiteVersion[];
  current?: SiteVersion;
  draft?: Draft;
}

let cached: Promise<SiteData> | undefined;

/** The site's data: the build's snapshot, or in the live preview the archive and the working draft. */
export function siteData(): Promise<SiteData> {
  const config = siteConfig();
  // The preview must show every save; a build (one process each) reads its snapshot once.
  if (config.draft) return live(config).then((snapshot) => fromSnapshot(config, snapshot));
  return (cached ??= readSnapshot().then((snapshot) => fromSnapshot(config, snapshot)));
}

/** The snapshot `policy build` hands over: on stdin (`POLICY_SITE_DATA=-`) or in a file. */
async function readSnapshot(): Promise<SiteSnapshot> {
  const source = process.env.POLICY_SITE_DATA;
  if (!source) throw new Error('POLICY_SITE_DATA is not set: build the site with `policy build` (npm run build), or preview it with `npm run dev`.');
  if (source !== '-') return JSON.parse(await readFile(source, 'utf8')) as SiteSnapshot;
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as SiteSnapshot;
}

async function live(config: SiteConfig): Promise<SiteSnapshot> {
  // Loaded at run time, outside Astro's bundle: only the preview needs the compiler here.
  const loader = pathToFileURL(path.resolve(process.cwd(), 'src/publish/snapshot.ts')).href;
  const { liveSnapshot } = (await import(/* @vite-ignore */ loader)) as typeof import('./snapshot.ts');
  return liveSnapshot(config);
}

function fromSnapshot(config: SiteConfig, snapshot: SiteSnapshot): SiteData {
  const byId = new Map<string, SiteVersion>();
  for (const v of snapshot.versions) {
    const previous = v.previousId ? byId.get(v.previousId) : undefined;
    byId.set(v.id, { id: v.id, record: v.record, document: v.document, isCurrent: false, ...(previous ? { previous } : {}), ...(v.diff ? { diff: v.diff } : {}), ...(v.redline ? { redline: v.redline } : {}), ...(v.popup ? { popup: v.popup } : {}) });
  }
  for (const v of byId.values()) if (v.previous) v.previous.next = v;
  const versions = [...byId.values()].reverse();
  const current = versions[0];
  if (current) current.isCurrent = true;
  return { config, versions, ...(current ? { current } : {}), ...(snapshot.draft ? { draft: snapshot.draft } : {}) };
}

/** When a version was in force: from its effective date to the next release's (open while current). */
export function periodInForce(version: SiteVersion): { from: string; to?: string } {
  return { from: version.record.effective, ...(version.next ? { to: version.next.record.effective } : {}) };
}
