import type { CompiledPolicy } from '../../model/index.ts';
import type { DetectedChange } from '../types.ts';
import { chapterOrderChanges } from './chapters.ts';
import { definitionChanges } from './definitions.ts';
import { itemChanges } from './items.ts';
import { permissionChanges } from './permissions.ts';
import { policyChanges } from './policy.ts';
import { purposeChanges } from './purposes.ts';
import { recipientChanges } from './recipients.ts';
import { rightChanges } from './rights.ts';
import { sdkChanges } from './sdks.ts';
import { backgroundChanges } from './background.ts';
import { recipientItemChanges } from './recipient-items.ts';
import { emphasisChanges } from './emphasis.ts';

/** The detectors, one per part of the policy, in the order their changes are listed. */
const detectors = [policyChanges, purposeChanges, backgroundChanges, itemChanges, permissionChanges, sdkChanges, recipientChanges, recipientItemChanges, rightChanges, definitionChanges, chapterOrderChanges, emphasisChanges];

/** Every structured change between two versions, keyed by record id: reordering is no change. */
export function detectChanges(before: CompiledPolicy, after: CompiledPolicy): DetectedChange[] {
  return detectors.flatMap((detect) => detect(before, after));
}
