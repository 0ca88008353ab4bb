// Kinds of recipient by what the rules make of them (recipients.yaml `kind`).

/** One legal entity: its name is a company's, and a new name is a new recipient (rules row 3). */
export const legalEntityKinds: ReadonlySet<string> = new Set(['company', 'payment', 'logistics']);

/** Audiences of a disclosure (公开披露, PIPL Art. 25): other users, the user's organisation, the public. */
export const disclosureKinds: ReadonlySet<string> = new Set(['other-users', 'organisation', 'public']);

export function isDisclosure(recipient: { kind: string } | undefined): boolean {
  return recipient !== undefined && disclosureKinds.has(recipient.kind);
}
