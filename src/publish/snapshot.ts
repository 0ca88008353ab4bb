import type { CompiledPolicy } from '../model/index.ts';
import type { ReleaseRecord } from '../model/generated/release.ts';
import type { PolicyDiff } from '../model/generated/diff.ts';
import { compilePolicy } from '../compile/compile.ts';
import { collectMessages, formatMessage } from '../report/format.ts';
import { readArchive, type Release } from '../release/archive.ts';
import { diffDocuments } from '../diff/diff.ts';
import { recordDialog } from '../diff/summary/record-dialog.ts';
import { readerRedline } from '../diff/prose/reader-redline.ts';
import { redlineTreeHtml } from '../diff/redline-html.ts';
import type { Popup } from '../model/generated/popup.ts';
import type { SiteConfig } from './config.ts';

/** One released version as the site shows it, with its changes against the one before. */
export interface SnapshotVersion {
  id: string;
  record: ReleaseRecord;
  document: CompiledPolicy;
  previousId: string | null;
  diff: PolicyDiff | null;
  /** The reader's redline against the previous release, as HTML (src/diff/redline-html.ts); null for a first release. */
  redline: string | null;
  /**
   * The pop-up as users saw it: the record's own, or for a first release recorded before the
   * structured pop-up the one derived from it (the same text). Null for an older record of a later
   * release: the page shows the HTML it recorded.
   */
  popup: Popup | null;
}

/** The working draft, in the live preview only. */
export interface Draft {
  document?: CompiledPolicy;
  problems: Array<{ severity: 'error' | 'warning'; text: string }>;
}

/** Everything the pages need, computed once by the build and handed to Astro as JSON. */
export interface SiteSnapshot {
  /** Oldest first. */
  versions: SnapshotVersion[];
  draft?: Draft;
}

/** The snapshot of verified releases: each version with its diff against the previous one. */
export function snapshotOf(releases: readonly Release[]): SiteSnapshot {
  return {
    versions: releases.map((release, i) => {
      const previous = releases[i - 1];
      return {
        id: release.id,
        record: release.record,
        document: release.document,
        previousId: previous?.id ?? null,
        diff: previous ? diffDocuments(previous.document, release.document, { fromLabel: previous.id, toLabel: release.id }) : null,
        redline: previous ? redlineTreeHtml(readerRedline(previous.document, release.document)) : null,
        popup: release.record.summary.dialog || !previous ? recordDialog(release.record, release.document) : null,
      };
    }),
  };
}

/** The live preview's snapshot: the archive as it is now, and the working draft compiled. */
export async function liveSnapshot(config: SiteConfig): Promise<SiteSnapshot> {
  const snapshot = snapshotOf(await readArchive(config.versionsDir));
  const { files, document } = await compilePolicy({ policyDir: config.policyDir });
  snapshot.draft = {
    ...(document ? { document } : {}),
    problems: collectMessages(files).map((m) => ({ severity: m.fatal ? 'error' : 'warning', text: formatMessage(m) })),
  };
  return snapshot;
}
