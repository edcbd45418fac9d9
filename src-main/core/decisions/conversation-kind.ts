// Whether a conversation is a story or a game the person plays with the assistant (a text adventure,
// a role-play, a simulation): the choices made in it are moves in the story, not the person's
// decisions. Told by a learned linear score over how the person opens the conversation and how the
// assistant first answers; the weights are trained with the decision scorer's.

import type { ThreadMessage } from './decision-thread.js';
import { featureWords } from './decision-text.js';
import { linearScore, type Weights } from './linear-model.js';

export interface KindModel {
  readonly weights: Weights;
  /** The score, from 0 to 1, from which a conversation counts as a story or a game. */
  readonly threshold: number;
}

const OPENING_WORDS = 60;
const ANSWER_WORDS = 80;

// A word is seldom longer than this many characters on average; reading that much of a long answer
// gives its first words without splitting all of it.
const CHARS_PER_WORD = 20;

const wordsOf = (text: string, limit: number): string[] =>
  featureWords(text.slice(0, limit * CHARS_PER_WORD)).slice(0, limit);

/** A share of a text's words, in a few steps, as a feature. */
const share = (name: string, count: number, total: number): string => {
  const part = total === 0 ? 0 : count / total;
  return `${name}:${part === 0 ? '0' : part < 0.03 ? 'low' : part < 0.08 ? 'mid' : 'high'}`;
};

/** What the kind model reads: the person's first message and the answer to it, in words and shape. */
export function kindFeatures(messages: readonly ThreadMessage[]): string[] {
  const opening = messages.find((message) => message.role === 'user')?.text ?? '';
  const answer = messages.find((message) => message.role === 'assistant')?.text ?? '';
  const features = new Set<string>(['bias']);
  const openingWords = wordsOf(opening, OPENING_WORDS);
  openingWords.forEach((word, index) => {
    features.add(`o:${word}`);
    if (index + 1 < openingWords.length) features.add(`ob:${word}_${openingWords[index + 1] as string}`);
  });
  const answerWords = wordsOf(answer, ANSWER_WORDS);
  for (const word of answerWords) features.add(`a:${word}`);
  // A story speaks to the reader ("you step out…"), sets actions in italics and keeps score.
  const second = answerWords.filter(
    (word) => word === 'you' || word === 'your' || word === 'je' || word === 'jij',
  );
  features.add(share('a-you', second.length, answerWords.length));
  if (/(?:^|\s)\*[^*\n]{3,80}\*(?:\s|$)/.test(answer)) features.add('a-italic-action');
  if (/\*\*[^*\n]{2,30}:\*\*\s*\d/.test(answer)) features.add('a-score-line');
  if (/\?\s*$/.test(answer.trim())) features.add('a-asks-at-end');
  return [...features];
}

export function isStoryOrGame(messages: readonly ThreadMessage[], model: KindModel | undefined): boolean {
  return model !== undefined && linearScore(kindFeatures(messages), model.weights) >= model.threshold;
}
