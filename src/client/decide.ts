import type { CoveredRelease, Decision, FeedVersion, PromptDecision, ReleaseRef, StoredConsent } from './types.ts';
import type { Timeline } from './timeline.ts';
import { popupFor } from './popup-merge.ts';
import { FeedRefusal } from './refusal.ts';

/**
 * How many version documents one decision fetches at most (the one in force and the material
 * releases skipped). A user who skipped more is asked to consent to the whole policy in force, as
 * at a first launch: bounded bytes and time, and a pop-up still a person can read.
 */
export const defaultMaxDocuments = 8;

function skippedMaterial(timeline: Timeline): ReleaseRef[] {
  return timeline.unseen.filter((r) => r.level !== 'none');
}

function tooMany(timeline: Timeline, maxDocuments: number): boolean {
  return skippedMaterial(timeline).filter((r) => r.id !== timeline.target?.id).length + 1 > maxDocuments;
}

/** The releases whose version documents the decision needs (to show them, or for their changed parts). */
export function versionsNeeded(timeline: Timeline, stored: StoredConsent, maxDocuments = defaultMaxDocuments): ReleaseRef[] {
  const { target } = timeline;
  if (!target) return [];
  if (!stored.receipt) return [target];
  const material = skippedMaterial(timeline);
  if (material.length === 0 && stored.receipt.consentEpoch >= target.consentEpoch) return [];
  if (tooMany(timeline, maxDocuments)) return [target];
  return [...new Map([...material, target].map((r) => [r.id, r])).values()];
}

function covered(document: FeedVersion): CoveredRelease {
  return {
    id: document.id,
    level: document.level,
    effective: document.effective,
    page: document.links.html,
    changesPage: document.dialog.links?.changes.find((link) => link.id === document.id)?.url ?? document.links.html,
    previousPage: document.links.previous?.html ?? null,
  };
}

/**
 * feed.md's decision, given the timeline and the version documents of `versionsNeeded`:
 * nothing stored → consent to the version in force (its first-run pop-up); stored epoch below its
 * epoch (it is in force by construction) → re-consent with one pop-up merging every release
 * skipped, separate-consent when it has consent items not yet granted; only notify-level releases
 * skipped → notice; otherwise, or when everything skipped was undone again, nothing.
 */
export function decide(timeline: Timeline, documents: ReadonlyMap<string, FeedVersion>, stored: StoredConsent, maxDocuments = defaultMaxDocuments): Decision {
  const { target, upcoming, unseen } = timeline;
  const upcomingPart = upcoming ? { upcoming: { id: upcoming.id, effective: upcoming.effective, html: upcoming.html } } : {};
  if (!target) return { action: 'none', reason: 'not-yet-effective', ...upcomingPart };
  const needed = versionsNeeded(timeline, stored, maxDocuments);
  const missing = needed.find((r) => !documents.has(r.id));
  if (missing) throw new Error(`decide(): the version document of ${missing.id} is needed (versionsNeeded)`);
  const old = needed.find((r) => !documents.get(r.id)?.dialog || !documents.get(r.id)?.welcome);
  if (old) throw new FeedRefusal('malformed', `The version document of ${old.id} has no pop-up (\`dialog\`, \`welcome\`): the site was built by an older PolicyPress; rebuild it.`, old.url);
  const shown = { id: target.id, effective: target.effective, consentEpoch: target.consentEpoch, level: target.level, html: target.html };
  const document = documents.get(target.id);
  const base = timeline.base ?? null;
  const firstRun = (reason: PromptDecision['reason']): PromptDecision => ({ action: 'consent', reason, version: { ...shown, document: document! }, ...upcomingPart, base, popup: document!.welcome, releases: [] });

  if (!stored.receipt) return firstRun('first-launch');
  const material = skippedMaterial(timeline);
  const epochRaised = stored.receipt.consentEpoch < target.consentEpoch;
  if ((epochRaised || material.length > 0) && tooMany(timeline, maxDocuments)) return firstRun('many-updates');

  const skipped = material.map((r) => documents.get(r.id)!);
  const sources = [...new Map([...skipped, ...(document ? [document] : [])].map((d) => [d.id, d])).values()];
  const popup = epochRaised || material.length > 0 ? popupFor(sources, { receipt: stored.receipt }) : undefined;
  // Everything the skipped releases changed was undone again (an SDK added, then removed): nothing to show.
  const empty = popup !== undefined && popup.sections.length === 0 && popup.consent.length === 0;
  if (popup && !empty && epochRaised) {
    return {
      action: popup.consent.length > 0 ? 'separate-consent' : 'reconsent',
      reason: 'consent-epoch',
      version: { ...shown, document: document! },
      ...upcomingPart,
      base,
      popup,
      releases: sources.filter((d) => d.level !== 'none').map(covered),
    };
  }
  if (popup && !empty) {
    return { action: 'notify', reason: 'notice', version: { ...shown, document: document! }, ...upcomingPart, base, popup, releases: skipped.map(covered) };
  }
  const reason = unseen.length || empty ? 'quiet-update' : upcoming ? 'not-yet-effective' : 'up-to-date';
  return { action: 'none', reason, version: shown, ...upcomingPart };
}
