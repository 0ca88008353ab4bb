import type { ConsentReceipt, PromptDecision } from './types.ts';

export interface Acceptance {
  /** When the user agreed (or acknowledged the notice). */
  acceptedAt: Date;
  /** The user's answer to each separate-consent item, by id; an item left out is not granted. */
  separateConsent?: Readonly<Record<string, boolean>>;
  /** The receipt stored before, whose separate-consent answers carry over. */
  previous?: ConsentReceipt;
}

/**
 * The receipt to store once the user agreed to `decision` (for `notify`: acknowledged it). Nothing
 * is pre-ticked: a separate-consent item without an answer is recorded as not granted.
 */
export function consentReceipt(decision: PromptDecision, acceptance: Acceptance): ConsentReceipt {
  const { document } = decision.version;
  const answers = new Map((acceptance.previous?.separateConsent ?? []).map((item) => [item.id, item.granted]));
  for (const item of decision.separateConsent) answers.set(item.id, acceptance.separateConsent?.[item.id] === true);
  return {
    format: 'policy-press/consent-receipt@1',
    policyId: document.id,
    consentEpoch: document.consentEpoch,
    sha256: document.documentSha256,
    policyUrl: document.links.html,
    controller: document.content.controller.name,
    action: decision.action,
    acceptedAt: acceptance.acceptedAt.toISOString(),
    separateConsent: [...answers].map(([id, granted]) => ({ id, granted })),
  };
}
