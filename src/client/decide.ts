import type { ChangedPart, ConsentItem, Decision, FeedVersion, ReleaseRef, StoredConsent } from './types.ts';
import type { Timeline } from './timeline.ts';

/** The releases whose version documents the decision needs (to show them, or for their changed parts). */
export function versionsNeeded(timeline: Timeline, stored: StoredConsent): ReleaseRef[] {
  const { target, unseen } = timeline;
  if (!target) return [];
  if (!stored.receipt) return [target];
  const material = unseen.filter((r) => r.level !== 'none');
  if (material.length === 0 && stored.receipt.consentEpoch >= target.consentEpoch) return [];
  return [...new Map([...material, target].map((r) => [r.id, r])).values()];
}

function changedPart(document: FeedVersion): ChangedPart {
  return {
    id: document.id,
    level: document.level,
    effective: document.effective,
    text: document.summary.text,
    html: document.summary.html,
    page: document.links.html,
    previousPage: document.links.previous?.html ?? null,
  };
}

/** The separate-consent items of the documents, each id once (the newest wording wins), in order. */
function separateItems(documents: readonly FeedVersion[]): ConsentItem[] {
  const items = new Map<string, ConsentItem>();
  for (const document of documents) for (const item of document.separateConsent) items.set(item.id, item);
  return [...items.values()];
}

/**
 * feed.md's decision, given the timeline and the version documents of `versionsNeeded`:
 * nothing stored → consent to the version in force; stored epoch below its epoch (it is in force
 * by construction) → re-consent with the changed parts of every release skipped, or
 * separate-consent when they list items that need it; only notify-level releases skipped →
 * notice; otherwise nothing.
 */
export function decide(timeline: Timeline, documents: ReadonlyMap<string, FeedVersion>, stored: StoredConsent): Decision {
  const { target, upcoming, unseen } = timeline;
  const upcomingPart = upcoming ? { upcoming: { id: upcoming.id, effective: upcoming.effective, html: upcoming.html } } : {};
  if (!target) return { action: 'none', reason: 'not-yet-effective', ...upcomingPart, changes: [], separateConsent: [] };
  const needed = versionsNeeded(timeline, stored);
  const missing = needed.find((r) => !documents.has(r.id));
  if (missing) throw new Error(`decide(): the version document of ${missing.id} is needed (versionsNeeded)`);
  const shown = { id: target.id, effective: target.effective, consentEpoch: target.consentEpoch, level: target.level, html: target.html };
  const withDocument = { ...shown, document: documents.get(target.id)! };

  if (!stored.receipt) return { action: 'consent', reason: 'first-launch', version: withDocument, ...upcomingPart, changes: [], separateConsent: [] };

  const material = unseen.filter((r) => r.level !== 'none').map((r) => documents.get(r.id)!);
  if (stored.receipt.consentEpoch < target.consentEpoch) {
    const parts = material.length ? material : [withDocument.document];
    const separateConsent = separateItems(parts);
    return {
      action: separateConsent.length ? 'separate-consent' : 'reconsent',
      reason: 'consent-epoch',
      version: withDocument,
      ...upcomingPart,
      changes: parts.filter((d) => d.level !== 'none').map(changedPart),
      separateConsent,
    };
  }
  if (material.length) return { action: 'notify', reason: 'notice', version: withDocument, ...upcomingPart, changes: material.map(changedPart), separateConsent: [] };
  const reason = unseen.length ? 'quiet-update' : upcoming ? 'not-yet-effective' : 'up-to-date';
  return { action: 'none', reason, version: shown, ...upcomingPart, changes: [], separateConsent: [] };
}
