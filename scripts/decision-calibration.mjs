// How the decision extractor's answers are counted for `npm run train:decisions -- --cv`: per case
// (found or missed, the right option or not), pooled over folds and sets, and per reported decision by
// the confidence it carries, to see whether that confidence means what it says. Kept apart from
// scripts/train-decision-scorer.mjs so that the counting is tested on its own
// (test/unit/scripts/decision-calibration.test.ts).

/** The confidence bins of the calibration table: each holds the confidences from `low` up to, not including, `high`. */
export const CONFIDENCE_BINS = [
  { label: '< 0.5', low: -Infinity, high: 0.5 },
  { label: '0.5–0.6', low: 0.5, high: 0.6 },
  { label: '0.6–0.7', low: 0.6, high: 0.7 },
  { label: '0.7–0.8', low: 0.7, high: 0.8 },
  { label: '0.8–0.9', low: 0.8, high: 0.9 },
  { label: '≥ 0.9', low: 0.9, high: Infinity },
];

/** The confidence from which the issue asks that decisions be right nearly always, and how often. */
export const SURE_CONFIDENCE = 0.8;
export const SURE_GOAL = 0.95;

/**
 * One case as precision and recall see it: a decision case with something found is a hit (right when
 * its first decision names the chosen option), one with nothing found a miss; a case without a
 * decision with something found is a false find.
 */
export function caseOutcome(evalCase, found, sameOption) {
  const outcome = { tp: 0, fp: 0, fn: 0, right: 0 };
  if (evalCase.label === 'decision') {
    if (found.length === 0) outcome.fn = 1;
    else {
      outcome.tp = 1;
      if (sameOption(found[0].chosen, evalCase.chosen)) outcome.right = 1;
    }
  } else if (found.length > 0) outcome.fp = 1;
  return outcome;
}

/**
 * What a hit that names the chosen option shows as chosen over, against the case's alternatives: how
 * many alternatives it shows, and how many of those name an option the case weighed.
 */
export function alternativesShown(evalCase, found, sameOption) {
  const first = found[0];
  if (evalCase.label !== 'decision' || !first || !sameOption(first.chosen, evalCase.chosen))
    return { shown: 0, named: 0 };
  const weighed = evalCase.alternatives ?? [];
  const named = first.alternatives.filter((shown) => weighed.some((option) => sameOption(shown, option)));
  return { shown: first.alternatives.length, named: named.length };
}

export function formatAlternatives(counts) {
  const { shown, named } = counts.reduce(
    (sum, count) => ({ shown: sum.shown + count.shown, named: sum.named + count.named }),
    { shown: 0, named: 0 },
  );
  const share = shown === 0 ? 0 : named / shown;
  return `alternatives shown: ${named} of ${shown} name an option weighed (${(share * 100).toFixed(1)}%)`;
}

/** Outcomes added up, over cases, sets or folds. */
export function pooled(outcomes) {
  const sum = { tp: 0, fp: 0, fn: 0, right: 0 };
  for (const outcome of outcomes) for (const key of Object.keys(sum)) sum[key] += outcome[key];
  return sum;
}

/** Precision, recall and the share of hits that name the chosen option; 0 where nothing was counted. */
export function figures({ tp, fp, fn, right }) {
  return {
    precision: tp + fp === 0 ? 0 : tp / (tp + fp),
    recall: tp + fn === 0 ? 0 : tp / (tp + fn),
    chosenRight: tp === 0 ? 0 : right / tp,
  };
}

export function formatFigures(outcome) {
  const { precision, recall, chosenRight } = figures(outcome);
  return `P ${precision.toFixed(3)} R ${recall.toFixed(3)} C ${chosenRight.toFixed(3)}`;
}

/**
 * Every decision found in a case, as the archive would store and show it: its confidence, whether the
 * conversation holds a decision at all, and whether it names the option chosen there (which only a
 * true decision can): a decision is right when it does.
 */
export function judgedDecisions(evalCase, found, sameOption) {
  return found.map((decision) => {
    const trueDecision = evalCase.label === 'decision';
    const chosenRight = trueDecision && sameOption(decision.chosen, evalCase.chosen);
    return { confidence: decision.confidence, trueDecision, chosenRight };
  });
}

/** The judged decisions counted per confidence bin; every decision falls in exactly one bin. */
export function calibrationTable(judged, bins = CONFIDENCE_BINS) {
  return bins.map(({ label, low, high }) => {
    const inBin = judged.filter(({ confidence }) => confidence >= low && confidence < high);
    return {
      label,
      reported: inBin.length,
      trueDecisions: inBin.filter((decision) => decision.trueDecision).length,
      chosenRight: inBin.filter((decision) => decision.chosenRight).length,
    };
  });
}

/** How many decisions were reported at or above a confidence, and how many of them are right. */
export function sureDecisions(judged, confidence = SURE_CONFIDENCE) {
  const sure = judged.filter((decision) => decision.confidence >= confidence);
  return { reported: sure.length, right: sure.filter((decision) => decision.chosenRight).length };
}

const share = (part, whole) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`);

/** The table as aligned lines of text, a header first. */
export function formatCalibrationTable(rows) {
  const header = ['confidence', 'reported', 'true decisions', 'chosen right', 'right'];
  const lines = rows.map((row) => [
    row.label,
    String(row.reported),
    String(row.trueDecisions),
    String(row.chosenRight),
    share(row.chosenRight, row.reported),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column].length)),
  );
  return [header, ...lines].map((line) =>
    line
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join('  '),
  );
}

/** The one line that says whether confident decisions are right as often as the goal asks. */
export function formatSureLine({ reported, right }, confidence = SURE_CONFIDENCE, goal = SURE_GOAL) {
  const met = reported > 0 && right / reported >= goal;
  return `confidence ≥ ${confidence}: ${reported} reported, ${share(right, reported)} right (goal ≥ ${100 * goal}%) — ${met ? 'met' : 'not met'}`;
}

/**
 * The lowest learned score at which the decisions scoring at least that were right at least `goal`
 * of the time: the most decisions that can be called sure. 1 (none) when no score gets there.
 * `scored` holds each decision's score and whether it was right.
 */
export function sureFromScores(scored, goal = SURE_GOAL) {
  const byScore = [...scored].sort((a, b) => b.score - a.score);
  let sureFrom = 1;
  let right = 0;
  byScore.forEach(({ score, chosenRight }, index) => {
    if (chosenRight) right += 1;
    const atBoundary = index === byScore.length - 1 || byScore[index + 1].score < score;
    if (atBoundary && right / (index + 1) >= goal) sureFrom = score;
  });
  return sureFrom;
}
