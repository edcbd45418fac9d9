// The one shape both learned parts of decision finding share: a weighted sum of named features,
// squashed to a value from 0 to 1 (logistic regression, trained by scripts/train-decision-scorer.mjs).

export type Weights = Readonly<Record<string, number>>;

// Weights arrive as plain JSON objects of thousands of keys; a Map of them is quicker to look up in
// for every message of every conversation.
const asMaps = new WeakMap<Weights, Map<string, number>>();

/** The features' weights added up: the log-odds that what they describe is so. */
export function weightedSum(features: readonly string[], weights: Weights): number {
  let map = asMaps.get(weights);
  if (!map) asMaps.set(weights, (map = new Map(Object.entries(weights))));
  let sum = 0;
  for (const feature of features) sum += map.get(feature) ?? 0;
  return sum;
}

/** Log-odds as a likelihood from 0 to 1. */
export const squashed = (sum: number): number => 1 / (1 + Math.exp(-sum));

/** How likely, from 0 to 1, what the features describe is so. */
export function linearScore(features: readonly string[], weights: Weights): number {
  return squashed(weightedSum(features, weights));
}
