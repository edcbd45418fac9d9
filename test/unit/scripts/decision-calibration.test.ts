// The counting behind `npm run train:decisions -- --cv`: a case is found, missed or falsely found;
// folds pool by adding counts, not by averaging figures; and every reported decision lands in one
// confidence bin, right only when its conversation holds a decision and it names the chosen option.

import { describe, expect, it } from 'vitest';
import {
  CONFIDENCE_BINS,
  alternativesShown,
  calibrationTable,
  caseOutcome,
  figures,
  formatAlternatives,
  formatCalibrationTable,
  formatFigures,
  formatSureLine,
  judgedDecisions,
  pooled,
  sureDecisions,
  sureFromScores,
  type JudgedDecision,
} from '../../../scripts/decision-calibration.mjs';
import { sameOption } from '../../support/option-match.js';

const decision = { label: 'decision' as const, chosen: 'Postgres' };
const none = { label: 'none' as const };
const found = (chosen: string, confidence = 0.8) => ({ chosen, confidence });

describe('caseOutcome', () => {
  it('counts a found decision naming the chosen option as a hit that is right', () => {
    expect(caseOutcome(decision, [found('postgres')], sameOption)).toEqual({ tp: 1, fp: 0, fn: 0, right: 1 });
  });

  it('judges the choice by the first decision found only', () => {
    expect(caseOutcome(decision, [found('MongoDB'), found('Postgres')], sameOption)).toEqual({
      tp: 1,
      fp: 0,
      fn: 0,
      right: 0,
    });
  });

  it('counts nothing found in a decision as a miss, and anything found where none is as false', () => {
    expect(caseOutcome(decision, [], sameOption)).toEqual({ tp: 0, fp: 0, fn: 1, right: 0 });
    expect(caseOutcome(none, [found('Postgres'), found('Redis')], sameOption)).toEqual({
      tp: 0,
      fp: 1,
      fn: 0,
      right: 0,
    });
    expect(caseOutcome(none, [], sameOption)).toEqual({ tp: 0, fp: 0, fn: 0, right: 0 });
  });
});

describe('alternativesShown', () => {
  const weighed = { ...decision, alternatives: ['MySQL', 'MongoDB'] };
  const shown = (chosen: string, alternatives: string[]) => [{ chosen, confidence: 0.8, alternatives }];

  it('counts what a right hit shows, and which of it names an option weighed', () => {
    const counts = alternativesShown(weighed, shown('postgres', ['mysql 8', 'I get']), sameOption);
    expect(counts).toEqual({ shown: 2, named: 1 });
    expect(formatAlternatives([counts, { shown: 2, named: 2 }])).toBe(
      'alternatives shown: 3 of 4 name an option weighed (75.0%)',
    );
  });

  it('leaves out misses, false finds and hits naming the wrong option', () => {
    expect(alternativesShown(weighed, shown('MySQL', ['Postgres']), sameOption)).toEqual({
      shown: 0,
      named: 0,
    });
    expect(alternativesShown(weighed, [], sameOption)).toEqual({ shown: 0, named: 0 });
    expect(alternativesShown(none, shown('Postgres', ['MySQL']), sameOption)).toEqual({ shown: 0, named: 0 });
    expect(formatAlternatives([])).toBe('alternatives shown: 0 of 0 name an option weighed (0.0%)');
  });
});

describe('pooled', () => {
  it('adds counts, so that a small fold weighs less than a large one', () => {
    const small = { tp: 1, fp: 1, fn: 0, right: 1 };
    const large = { tp: 9, fp: 0, fn: 10, right: 8 };
    const sum = pooled([small, large]);
    expect(sum).toEqual({ tp: 10, fp: 1, fn: 10, right: 9 });
    expect(figures(sum)).toEqual({ precision: 10 / 11, recall: 0.5, chosenRight: 0.9 });
    expect(formatFigures(sum)).toBe('P 0.909 R 0.500 C 0.900');
  });

  it('gives zeros, not NaN, when nothing was counted', () => {
    expect(pooled([])).toEqual({ tp: 0, fp: 0, fn: 0, right: 0 });
    expect(formatFigures(pooled([]))).toBe('P 0.000 R 0.000 C 0.000');
  });
});

describe('judgedDecisions', () => {
  it('judges every decision found, keeping the confidence it was found with', () => {
    expect(judgedDecisions(decision, [found('Postgres', 0.9), found('Redis', 0.6)], sameOption)).toEqual([
      { confidence: 0.9, trueDecision: true, chosenRight: true },
      { confidence: 0.6, trueDecision: true, chosenRight: false },
    ]);
  });

  it('never calls a decision in a conversation without one right, whatever it names', () => {
    expect(judgedDecisions(none, [found('Postgres', 0.85)], sameOption)).toEqual([
      { confidence: 0.85, trueDecision: false, chosenRight: false },
    ]);
  });
});

describe('calibrationTable', () => {
  const judged = (confidence: number, trueDecision: boolean, chosenRight: boolean): JudgedDecision => ({
    confidence,
    trueDecision,
    chosenRight,
  });

  it('puts each confidence in the bin that starts at or below it, the edges going up', () => {
    const rows = calibrationTable([
      judged(0.46, false, false),
      judged(0.5, true, true),
      judged(0.6, true, false),
      judged(0.7, true, true),
      judged(0.75, true, true),
      judged(0.8, true, true),
      judged(0.85, false, false),
      judged(0.9, true, true),
      judged(1, true, true),
    ]);
    expect(rows.map((row) => [row.label, row.reported, row.trueDecisions, row.chosenRight])).toEqual([
      ['< 0.5', 1, 0, 0],
      ['0.5–0.6', 1, 1, 1],
      ['0.6–0.7', 1, 1, 0],
      ['0.7–0.8', 2, 2, 2],
      ['0.8–0.9', 2, 1, 1],
      ['≥ 0.9', 2, 2, 2],
    ]);
  });

  it('leaves no confidence out: the bins cover every value once', () => {
    const values = [-1, 0, 0.499, 0.5, 0.55, 0.599, 0.6, 0.65, 0.7, 0.79, 0.8, 0.89, 0.9, 0.95, 1, 2];
    const rows = calibrationTable(values.map((value) => judged(value, true, true)));
    expect(rows.reduce((sum, row) => sum + row.reported, 0)).toBe(values.length);
    expect(CONFIDENCE_BINS).toHaveLength(rows.length);
  });

  it('prints a header and one aligned line per bin, with the share right', () => {
    const lines = formatCalibrationTable(
      calibrationTable([judged(0.8, true, true), judged(0.85, true, false), judged(0.9, false, false)]),
    );
    expect(lines[0]).toMatch(/^confidence\s+reported\s+true decisions\s+chosen right\s+right$/);
    expect(lines).toHaveLength(1 + CONFIDENCE_BINS.length);
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
    expect(lines[5]).toMatch(/^0\.8–0\.9\s+2\s+2\s+1\s+50\.0%$/);
    expect(lines[6]).toMatch(/^≥ 0\.9\s+1\s+0\s+0\s+0\.0%$/);
    expect(lines[1]).toMatch(/^< 0\.5\s+0\s+0\s+0\s+–$/);
  });
});

describe('sureDecisions', () => {
  it('counts the decisions at or above the confidence and the right ones among them', () => {
    const sure = sureDecisions([
      { confidence: 0.79, trueDecision: true, chosenRight: true },
      { confidence: 0.8, trueDecision: true, chosenRight: true },
      { confidence: 0.9, trueDecision: true, chosenRight: false },
      { confidence: 0.85, trueDecision: false, chosenRight: false },
    ]);
    expect(sure).toEqual({ reported: 3, right: 1 });
    expect(formatSureLine(sure)).toBe('confidence ≥ 0.8: 3 reported, 33.3% right (goal ≥ 95%) — not met');
  });

  it('says the goal is met only when the share reaches it', () => {
    expect(formatSureLine({ reported: 20, right: 19 })).toBe(
      'confidence ≥ 0.8: 20 reported, 95.0% right (goal ≥ 95%) — met',
    );
    expect(formatSureLine({ reported: 0, right: 0 })).toBe(
      'confidence ≥ 0.8: 0 reported, – right (goal ≥ 95%) — not met',
    );
  });

  it('calls sure the most decisions that together were right as often as the goal asks', () => {
    const scored = [
      { score: 0.99, chosenRight: true },
      { score: 0.95, chosenRight: true },
      { score: 0.9, chosenRight: true },
      { score: 0.8, chosenRight: false },
      { score: 0.7, chosenRight: true },
      { score: 0.6, chosenRight: false },
      { score: 0.5, chosenRight: false },
    ];
    // From 0.7 down, four of five are right: 80%. From 0.6, four of six.
    expect(sureFromScores(scored, 0.8)).toBe(0.7);
    expect(sureFromScores(scored, 0.95)).toBe(0.9);
    expect(sureFromScores(scored, 0.5)).toBe(0.5);
  });

  it('never splits decisions of the same score, and calls none sure when none get there', () => {
    const tied = [
      { score: 0.9, chosenRight: true },
      { score: 0.9, chosenRight: false },
      { score: 0.8, chosenRight: true },
    ];
    // The first alone would be 100%, but its twin at the same score is wrong: 50%, then 67%.
    expect(sureFromScores(tied, 0.6)).toBe(0.8);
    expect(sureFromScores(tied, 0.95)).toBe(1);
    expect(sureFromScores([], 0.95)).toBe(1);
  });
});
