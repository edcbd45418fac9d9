// A learned second opinion on whether a person's message makes a choice, for the wordings no rule in
// decision-rules.ts knows: a linear score over the message's words (with the options on the table
// replaced by one placeholder) and its shape. The weights are plain numbers in decision-scorer.weights.json,
// trained offline on the labelled development sets by scripts/train-decision-scorer.mjs.

import type { DecisionLanguage } from './languages/language-pack.js';
import {
  allOptions,
  keyWords,
  optionsNamed,
  optionsNamedInPart,
  referencedOption,
  type Options,
} from './decision-options.js';
import { squashed, weightedSum, type Weights } from './linear-model.js';
import type { KindModel } from './conversation-kind.js';
import type { Sureness } from './decision-confidence.js';
import { someoneElse } from './decision-text.js';

/** What the scorer knows of one message of the person and what came before it. */
export interface ScoredTurn {
  /** What the message states: its sentences that ask nothing. */
  readonly text: string;
  /** Whether the message also asks something. */
  readonly asks: boolean;
  /** Whether the person had asked in so many words which to take ("which", "should I", "torn"). */
  readonly askedWhich: boolean;
  readonly options: Options;
  /** The option the latest answer advised, if it advised one. */
  readonly advised: string | null;
  /** Whether no later message of the person follows. */
  readonly last: boolean;
  readonly language: DecisionLanguage;
}

export interface DecisionScorer {
  readonly weights: Weights;
  /** The score, from 0 to 1, at which a message counts as a choice. */
  readonly threshold: number;
  /** The picker's weights, and the score an option needs to be the one taken. */
  readonly picker: { readonly weights: Weights; readonly floor: number };
  /** Tells a story or a game played with the assistant, whose choices are moves, not decisions. */
  readonly storyOrGame?: KindModel | undefined;
  /**
   * How often a decision found with the given evidence is right (a decision, naming the option
   * chosen), learned on decisions found in sets held out of training: the confidence stored with it.
   */
  readonly sureness?: Sureness | undefined;
}

const MAX_WORDS = 60;
const PLACEHOLDER = 'optx';

/**
 * The message's words in lower case, each word that tells an option apart said as one placeholder
 * ("going with the optx"), a run of them as one: the scorer learns how a choice is worded, whatever
 * was chosen.
 */
function wordsWithPlaceholders(text: string, options: Options): string[] {
  const telling = new Set<string>();
  for (const option of allOptions(options)) {
    const lowered = option.toLowerCase();
    if (/^[\p{L}\p{N}]{2,}$/u.test(lowered)) telling.add(lowered);
    for (const word of keyWords(lowered)) telling.add(word);
  }
  const words: string[] = [];
  for (const raw of text.toLowerCase().split(/[^\p{L}\p{N}']+/u)) {
    if (!raw) continue;
    const word = telling.has(raw) ? PLACEHOLDER : /^\d+$/.test(raw) ? 'num' : raw;
    if (word !== PLACEHOLDER || words.at(-1) !== PLACEHOLDER) words.push(word);
  }
  return words;
}

function lengthBucket(count: number): string {
  if (count <= 3) return 'len:1-3';
  if (count <= 8) return 'len:4-8';
  if (count <= 20) return 'len:9-20';
  if (count <= 50) return 'len:21-50';
  return 'len:51+';
}

/** The names a message gives to options: whole names first, else telling words of exactly one. */
function namedIn(text: string, options: Options): string[] {
  const whole = optionsNamed(text, options);
  return whole.length > 0 ? whole : optionsNamedInPart(text, options);
}

/**
 * What the scorer reads of one message: its features, and the options it names and points at, which
 * the picker reads again only for a message that scores as a choice.
 */
export interface ReadTurn {
  readonly features: string[];
  /** The options it names, whole or in part. */
  readonly named: readonly string[];
  /** The option it points at ("the 2nd", "B"), if it points at one. */
  readonly pointed: string | null;
}

/** Reads one message once: the options it names and points at serve its features and the picker. */
export function readTurn(turn: ScoredTurn): ReadTurn {
  const named = namedIn(turn.text, turn.options);
  const pointed = referencedOption(turn.text, turn.options, turn.language);
  return { features: turnFeatures(turn, named, pointed !== null), named, pointed };
}

/**
 * The features the same message would have had if the answer before it advised an option: what
 * turns on advice in `turnFeatures` is only its "advised" mark and the shape that holds it.
 */
export function asIfAdvised(features: readonly string[]): string[] {
  return features.map((feature) =>
    feature === 'unadvised'
      ? 'advised'
      : feature.endsWith('&unadvised')
        ? `${feature.slice(0, -10)}&advised`
        : feature,
  );
}

/**
 * The message's score as it stands and as it would be had the answer before it advised an option:
 * the features that turn on advice are few, so the second score is the first with theirs swapped.
 */
export function scoresWithAndWithoutAdvice(
  features: readonly string[],
  weights: Weights,
): { readonly unadvised: number; readonly advised: number } {
  const sum = weightedSum(features, weights);
  const turning = features.filter((feature) => feature === 'unadvised' || feature.endsWith('&unadvised'));
  const advisedSum = sum - weightedSum(turning, weights) + weightedSum(asIfAdvised(turning), weights);
  return { unadvised: squashed(sum), advised: squashed(advisedSum) };
}

/** The features of one message: its words and word pairs, and what shape it has. */
function turnFeatures(turn: ScoredTurn, namedOptions: readonly string[], points: boolean): string[] {
  const named = namedOptions.length;
  const { text, options, language } = turn;
  const words = wordsWithPlaceholders(text, options);
  const head = words.slice(0, MAX_WORDS);
  const features = new Set<string>(['bias', `lang:${language.code}`, lengthBucket(words.length)]);
  head.forEach((word, index) => {
    features.add(`w:${word}`);
    if (index + 1 < head.length) features.add(`b:${word}_${head[index + 1] as string}`);
  });
  if (head[0]) features.add(`s:${head[0]}`);
  if (head[1]) features.add(`s:${head[0] as string}_${head[1]}`);
  const shape = [
    turn.asks ? 'q' : 'noq',
    named === 0 ? 'named:0' : named === 1 ? 'named:1' : 'named:2+',
    turn.advised ? 'advised' : 'unadvised',
  ];
  for (const part of shape) features.add(part);
  features.add(shape.join('&'));
  features.add(turn.askedWhich ? 'asked-which' : 'asked-other');
  if (points) features.add('pointer');
  // Naming part of a long "option" (a how-to step, a sentence of the question) is weak evidence.
  const longest = Math.max(0, ...namedOptions.map((option) => option.split(/\s+/).length));
  if (longest > 0) features.add(longest <= 3 ? 'named-words:1-3' : 'named-words:4+');
  if (allOptions(options).length >= 2) features.add('options:2+');
  if (turn.last) features.add('last');
  if (language.hedge.test(text)) features.add('hedge');
  // The whole message was checked for someone else's choice; what it states, without its questions,
  // can still read so.
  if (someoneElse(text, language)) features.add('someone-else');
  return [...features];
}
