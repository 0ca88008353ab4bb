import type { CompiledPolicy } from '../model/index.ts';
import { decide, type Assessment } from './assessment.ts';
import { classify } from './classify.ts';
import { detected } from './detected.ts';
import { highRiskChange } from './high-risk.ts';
import { refs } from './refs.ts';
import { firstReleaseSummary } from './summary/summary.ts';

/** The first release has nothing to compare with: it asks for consent to the whole policy. */
export function assessFirstRelease(doc: CompiledPolicy, options: { highRisk?: boolean } = {}): Assessment {
  const detectedChanges = [detected('first-release', refs.policy(doc), [`首次发布《${doc.title}》`])];
  if (options.highRisk) detectedChanges.push(highRiskChange());
  const decision = decide(classify({ before: undefined, after: doc, changes: detectedChanges }));
  const others = decision.changes.filter((change) => change.kind !== 'first-release');
  return { ...decision, review: [], summary: firstReleaseSummary(doc, others) };
}
