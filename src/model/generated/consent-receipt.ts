/* Generated from schemas/consent-receipt.schema.json by scripts/gen-types.ts. Do not edit: change the schema, then run `npm run gen:types`. */

/**
 * What an app stores (and may send to its server) once a user agreed to a pop-up or acknowledged a notice: a consent record in the spirit of ISO/IEC TS 27560 and the Kantara Consent Receipt. `accept()` of policy-press/client writes it. It records the version agreed to, the releases the pop-up covered, and one decision per consent item shown, granted or not (nothing pre-ticked: an item the user did not tick is recorded as refused); the decisions of earlier receipts are carried over, so the receipt is the user's whole standing answer.
 */
export interface ConsentReceipt {
  format: "policy-press/consent-receipt@1";
  /**
   * The release the user agreed to (the one in force when shown).
   */
  policyId: string;
  /**
   * The epoch the consent covers: every version of this epoch.
   */
  consentEpoch: number;
  /**
   * The version document's `documentSha256`: the exact text agreed to.
   */
  sha256: string;
  /**
   * The version's permanent page.
   */
  policyUrl: string;
  /**
   * The personal-information handler's legal name.
   */
  controller: string;
  /**
   * What the user did: agreed at first launch (`consent`), agreed again (`reconsent`), agreed with separate opt-ins (`separate-consent`), acknowledged a notice (`notify`).
   */
  action: "consent" | "notify" | "reconsent" | "separate-consent";
  /**
   * ISO 8601, UTC.
   */
  acceptedAt: string;
  /**
   * The pop-up's span: from the version the user had (null at first launch) over the releases it covered.
   */
  shown: {
    /**
     * The version the user had before, or null.
     */
    from: string | null;
    /**
     * The releases whose changes the pop-up showed, oldest first (at first launch: the version shown).
     */
    releases: string[];
  };
  /**
   * One entry per consent item of this pop-up (`policyId` = this receipt's), then the decisions of earlier receipts still in force.
   */
  separateConsent: Decision[];
}
/**
 * The user's answer to one consent item as shown.
 */
export interface Decision {
  /**
   * The consent item's stable id (popup.schema.json).
   */
  id: string;
  /**
   * True only when the user ticked it.
   */
  granted: boolean;
  /**
   * The scopes of the item's parts that were shown: what exactly the answer covers. A later release that widens the item (a new SDK of the same company) adds a scope not covered yet, which is asked for.
   *
   * @minItems 1
   */
  scope: [string, ...string[]];
  /**
   * The version of the receipt in which the user gave this answer.
   */
  policyId: string;
}
