import type { CompiledPolicy } from '../model/index.ts';
import { decide } from './assessment.ts';
import { classify, classifyReview } from './classify.ts';
import { detectChanges } from './detect/index.ts';
import { scopeWordingReview } from './detect/scope-wording.ts';
import { highRiskChange } from './high-risk.ts';
import { matcherFor, recordTerms } from '../resolve/lexicon/lexicon.ts';
import { proseDiff } from './prose/review.ts';
import { summarize } from './summary/summary.ts';
import type { PolicyDiff } from './types.ts';

export interface DiffOptions {
  /** An impact assessment showed high risk (the editor's flag). */
  highRisk?: boolean;
  /** How to name the older side (default: its update date). */
  fromLabel?: string;
  /** How to name the newer side (default: its update date). */
  toLabel?: string;
}

const diffFormat = 'policy-press/diff@1';

/** Compares two compiled versions: structured changes classified by the rules, prose redline, review items, pop-up. Pure. */
export function diffDocuments(from: CompiledPolicy, to: CompiledPolicy, options: DiffOptions = {}): PolicyDiff {
  const detected = detectChanges(from, to);
  if (options.highRisk) detected.push(highRiskChange());
  const decision = decide(classify({ before: from, after: to, changes: detected }));
  const matcher = matcherFor([...recordTerms(to), ...recordTerms(from)]);
  const prose = proseDiff(from, to, { changes: detected, matcher });
  return {
    format: diffFormat,
    from: side(from, options.fromLabel),
    to: side(to, options.toLabel),
    ...decision,
    review: classifyReview([...scopeWordingReview(from, to, detected), ...prose.review]),
    chapters: prose.chapters,
    summary: summarize(to, decision.changes),
  };
}

function side(doc: CompiledPolicy, label = doc.updated): PolicyDiff['from'] {
  return { label, updated: doc.updated, ...(doc.effective ? { effective: doc.effective } : {}), sha256: doc.sha256 };
}
