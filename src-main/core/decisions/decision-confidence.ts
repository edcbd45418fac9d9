// How sure a found decision is, as the window shows it: a learned score over how it was found (which
// rule, whether it took the advice, how the option was named…), put on a scale whose SURE_DECISION_CONFIDENCE
// is where the decisions at or above it were right 95% of the time in sets held out of training.

import { SURE_DECISION_CONFIDENCE } from '../../../src-shared/model/decision.js';
import { linearScore, type Weights } from './linear-model.js';

/** What scripts/train-decision-scorer.mjs learned of how often decisions found with given evidence are right. */
export interface Sureness {
  readonly weights: Weights;
  /** The learned score from which decisions held out of training were right nearly always. */
  readonly sureFrom: number;
}

/**
 * The confidence of a decision found with the given evidence, from 0 to 1, in hundredths: the learned
 * score stretched so that `sureFrom` falls on SURE_DECISION_CONFIDENCE, keeping the order of scores.
 */
export function confidenceFrom(evidence: readonly string[], sureness: Sureness): number {
  const score = linearScore(evidence, sureness.weights);
  const { sureFrom } = sureness;
  const sure = SURE_DECISION_CONFIDENCE;
  if (score >= sureFrom)
    return Math.round((sure + ((1 - sure) * (score - sureFrom)) / (1 - sureFrom)) * 100) / 100;
  // Below the line stays below it, however it rounds.
  return Math.min(sure - 0.01, Math.round(((sure * score) / sureFrom) * 100) / 100);
}
