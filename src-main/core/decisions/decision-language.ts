// The languages decisions are found in, and which one a conversation is in. Adding a language is
// adding its pack (languages/<language>.ts) to LANGUAGES.

import { DUTCH } from './languages/dutch.js';
import { ENGLISH } from './languages/english.js';
import type { DecisionLanguage } from './languages/language-pack.js';

export const LANGUAGES: readonly DecisionLanguage[] = [ENGLISH, DUTCH];

/** The language most of the text is in, by its commonest words; English when in doubt. */
export function detectLanguage(text: string): DecisionLanguage {
  let best = ENGLISH;
  let bestScore = 0;
  for (const language of LANGUAGES) {
    const score = text.match(language.markers)?.length ?? 0;
    if (score > bestScore) [best, bestScore] = [language, score];
  }
  return best;
}
