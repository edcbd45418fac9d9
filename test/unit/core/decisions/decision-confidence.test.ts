// The confidence a found decision is stored with: the learned score stretched so that the sure score
// falls exactly on the window's "sure" line, the order of scores kept, and nothing below the line
// rounded up onto it.

import { describe, expect, it } from 'vitest';
import { confidenceFrom } from '../../../../src-main/core/decisions/decision-confidence.js';
import { linearScore } from '../../../../src-main/core/decisions/linear-model.js';
import { SURE_DECISION_CONFIDENCE } from '../../../../src-shared/model/decision.js';

// One feature whose weight is the score's log-odds, so that a test can ask for any score.
const withScore = (score: number) => ({ weights: { f: Math.log(score / (1 - score)) } });

describe('decision confidence', () => {
  it('puts the sure score on the sure line and keeps the order of scores', () => {
    // The score exactly as the model computes it, as training picks it from scores the model gave.
    const sureFrom = linearScore(['f'], withScore(0.9).weights);
    const at = (score: number) => confidenceFrom(['f'], { ...withScore(score), sureFrom });
    expect(at(0.9)).toBe(SURE_DECISION_CONFIDENCE);
    const scores = [0.05, 0.3, 0.6, 0.85, 0.9, 0.95, 0.99];
    const confidences = scores.map(at);
    expect([...confidences].sort((a, b) => a - b)).toEqual(confidences);
    expect(confidences[0]).toBeGreaterThan(0);
    expect(confidences.at(-1)).toBeLessThanOrEqual(1);
  });

  it('never rounds a score just below the sure one up to the sure line', () => {
    const sureFrom = 0.9;
    const justBelow = confidenceFrom(['f'], { ...withScore(0.8999), sureFrom });
    expect(justBelow).toBeLessThan(SURE_DECISION_CONFIDENCE);
    expect(justBelow).toBe(0.79);
  });

  it('says nothing is sure when no score reached the goal in training', () => {
    expect(confidenceFrom(['f'], { ...withScore(0.999), sureFrom: 1 })).toBeLessThan(
      SURE_DECISION_CONFIDENCE,
    );
  });
});
