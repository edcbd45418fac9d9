// The types of scripts/decision-calibration.mjs, for its test (the scripts themselves are plain
// JavaScript run by Node).

/** One labelled conversation of a decision evaluation set, as far as counting needs it. */
export interface LabelledCase {
  label: 'decision' | 'none';
  /** Decisions only: the option the person chose. */
  chosen?: string;
  /** Decisions only: the options the person weighed against it. */
  alternatives?: readonly string[];
}

/** One decision the extractor found, as far as counting needs it. */
export interface FoundDecision {
  chosen: string;
  confidence: number;
  alternatives?: readonly string[];
}

export type SameOption = (found: string, expected: string) => boolean;

export interface Outcome {
  tp: number;
  fp: number;
  fn: number;
  /** Hits whose first decision names the chosen option. */
  right: number;
}

export interface ConfidenceBin {
  label: string;
  low: number;
  high: number;
}

export interface JudgedDecision {
  confidence: number;
  /** Whether the conversation holds a decision. */
  trueDecision: boolean;
  /** Whether the decision names the option chosen there (so also a true decision): it is right. */
  chosenRight: boolean;
}

export interface CalibrationRow {
  label: string;
  reported: number;
  trueDecisions: number;
  chosenRight: number;
}

export const CONFIDENCE_BINS: readonly ConfidenceBin[];
export const SURE_CONFIDENCE: number;
export const SURE_GOAL: number;

export function caseOutcome(
  evalCase: LabelledCase,
  found: readonly FoundDecision[],
  sameOption: SameOption,
): Outcome;
export function pooled(outcomes: Iterable<Outcome>): Outcome;
export function figures(outcome: Outcome): { precision: number; recall: number; chosenRight: number };
export function formatFigures(outcome: Outcome): string;
export function judgedDecisions(
  evalCase: LabelledCase,
  found: readonly FoundDecision[],
  sameOption: SameOption,
): JudgedDecision[];
export function calibrationTable(
  judged: readonly JudgedDecision[],
  bins?: readonly ConfidenceBin[],
): CalibrationRow[];
export function sureDecisions(
  judged: readonly JudgedDecision[],
  confidence?: number,
): { reported: number; right: number };
export function formatCalibrationTable(rows: readonly CalibrationRow[]): string[];
export function formatSureLine(
  sure: { reported: number; right: number },
  confidence?: number,
  goal?: number,
): string;
export function sureFromScores(
  scored: readonly { score: number; chosenRight: boolean }[],
  goal?: number,
): number;

/** How many alternatives a right hit shows, and how many of them name an option weighed. */
export interface AlternativesCount {
  shown: number;
  named: number;
}

export function alternativesShown(
  evalCase: LabelledCase,
  found: readonly (FoundDecision & { alternatives: readonly string[] })[],
  sameOption: SameOption,
): AlternativesCount;
export function formatAlternatives(counts: readonly AlternativesCount[]): string;
