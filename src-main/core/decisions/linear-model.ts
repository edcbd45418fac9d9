// The one shape both learned parts of decision finding share: a weighted sum of named features,
// squashed to a value from 0 to 1 (logistic regression, trained by scripts/train-decision-scorer.mjs).

export type Weights = Readonly<Record<string, number>>;

/** How likely, from 0 to 1, what the features describe is so. */
export function linearScore(features: readonly string[], weights: Weights): number {
  let sum = 0;
  for (const feature of features) sum += weights[feature] ?? 0;
  return 1 / (1 + Math.exp(-sum));
}
