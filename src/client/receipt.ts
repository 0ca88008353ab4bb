import type { ConsentDecision, ConsentReceipt, PromptDecision } from './types.ts';

export interface Acceptance {
  /** When the user agreed (or acknowledged the notice). */
  acceptedAt: Date;
  /** The user's answer to each consent item of the pop-up, by id; an item left out is not granted. */
  separateConsent?: Readonly<Record<string, boolean>>;
  /** The receipt stored before, whose answers carry over. */
  previous?: ConsentReceipt;
}

/** An answer of an older receipt, in today's shape (a receipt written before scopes covers its id). */
function normalized(entry: Partial<ConsentDecision> & { id: string; granted: boolean }, policyId: string): ConsentDecision {
  return { id: entry.id, granted: entry.granted === true, scope: nonEmpty(entry.scope ?? []) ?? [entry.id], policyId: entry.policyId ?? policyId };
}

function nonEmpty(list: readonly string[]): ConsentDecision['scope'] | undefined {
  return list.length > 0 ? (list as ConsentDecision['scope']) : undefined;
}

/**
 * The receipt to store once the user agreed to `decision` (for `notify`: acknowledged it): one
 * decision per consent item shown, granted only when ticked (nothing is pre-ticked), then the
 * earlier answers the new ones do not replace.
 */
export function consentReceipt(decision: PromptDecision, acceptance: Acceptance): ConsentReceipt {
  const { document } = decision.version;
  const now: ConsentDecision[] = decision.popup.consent.map((item) => ({
    id: item.id,
    granted: acceptance.separateConsent?.[item.id] === true,
    scope: nonEmpty(item.parts.map((part) => part.scope)) ?? [item.id],
    policyId: document.id,
  }));
  const answered = new Set(now.flatMap((entry) => entry.scope.map((scope) => `${entry.id}\u0000${scope}`)));
  const previous = acceptance.previous;
  const earlier = (previous?.separateConsent ?? []).flatMap((entry) => {
    const old = normalized(entry, previous!.policyId);
    const scope = nonEmpty(old.scope.filter((s) => !answered.has(`${old.id}\u0000${s}`)));
    return scope ? [{ ...old, scope }] : [];
  });
  return {
    format: 'policy-press/consent-receipt@1',
    policyId: document.id,
    consentEpoch: document.consentEpoch,
    sha256: document.documentSha256,
    policyUrl: document.links.html,
    controller: document.content.controller.name,
    action: decision.action,
    acceptedAt: acceptance.acceptedAt.toISOString(),
    shown: { from: decision.base, releases: decision.action === 'consent' ? [document.id] : decision.releases.map((r) => r.id) },
    separateConsent: [...now, ...earlier],
  };
}
