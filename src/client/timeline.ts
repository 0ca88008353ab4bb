import type { FeedHistory, FeedIndex, ReleaseRef, StoredConsent } from './types.ts';

/** China Standard Time: an effective date starts at 00:00 there. */
export const defaultUtcOffset = '+08:00';

/** The instant a version's effective date begins. */
export function effectiveAt(date: string, utcOffset = defaultUtcOffset): number {
  return Date.parse(`${date}T00:00:00${utcOffset}`);
}

function parseId(id: string): [string, number] {
  const [date, n] = id.split('.');
  return [date ?? '', n ? Number(n) : 1];
}

/** Orders release ids: by date, then by the `.N` of the same day. */
export function compareIds(a: string, b: string): number {
  const [dateA, nA] = parseId(a);
  const [dateB, nB] = parseId(b);
  return dateA < dateB ? -1 : dateA > dateB ? 1 : nA - nB;
}

export function currentRef(index: FeedIndex): ReleaseRef {
  const { id, previous, effective, level, consentEpoch, url, sha256, length, html } = index.current;
  return { id, previous, effective, level, consentEpoch, url, sha256, length, html };
}

/** The release the user last went through: the later of their receipt and a quiet update. */
export function baseOf(stored: StoredConsent): string | undefined {
  const accepted = stored.receipt?.policyId;
  if (!accepted || !stored.seen) return accepted ?? stored.seen;
  return compareIds(stored.seen, accepted) > 0 ? stored.seen : accepted;
}

export interface Timeline {
  /** The release in force now; undefined when it is the one the user already has (`base`). */
  target: ReleaseRef | undefined;
  /** The newest release when its effective date is still ahead. */
  upcoming: ReleaseRef | undefined;
  base: string | undefined;
  /** The releases after `base` up to `target`, oldest first (without the history: the material ones and the target). */
  unseen: ReleaseRef[];
}

/** Where the user stands, or `need-history` when the index alone cannot tell (skipped releases). */
export function resolveTimeline(index: FeedIndex, history: FeedHistory | undefined, stored: StoredConsent, now: Date, utcOffset = defaultUtcOffset): Timeline | 'need-history' {
  const current = currentRef(index);
  const base = baseOf(stored);
  const inForce = (ref: { effective: string }) => effectiveAt(ref.effective, utcOffset) <= now.getTime();
  const entries = history?.releases as ReleaseRef[] | undefined;

  let target: ReleaseRef | undefined = current;
  let upcoming: ReleaseRef | undefined;
  if (!inForce(current) && current.previous !== null) {
    upcoming = current;
    if (base !== undefined && base === current.previous) return { target: undefined, upcoming, base, unseen: [] };
    if (!entries) return 'need-history';
    target = entries.find(inForce) ?? entries[entries.length - 1];
  }
  if (!target || base === undefined || compareIds(base, target.id) >= 0) return { target, upcoming, base, unseen: [] };
  if (target.previous === base) return { target, upcoming, base, unseen: [target] };
  // Only quiet updates after the latest material release, which follows the user's: no history needed.
  const material = index.latestMaterial;
  if (!entries && target === current && material && material.previous === base && compareIds(material.id, target.id) < 0) {
    const { id, previous, effective, level, consentEpoch, url, sha256, length, html } = material;
    return { target, upcoming, base, unseen: [{ id, previous, effective, level, consentEpoch, url, sha256, length, html }, target] };
  }
  if (!entries) return 'need-history';
  const unseen = entries.filter((r) => compareIds(r.id, base) > 0 && compareIds(r.id, target.id) <= 0).reverse();
  return { target, upcoming, base, unseen };
}
