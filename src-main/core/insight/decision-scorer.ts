// A learned second opinion on whether a person's message makes a choice, for the wordings no rule in
// decision-rules.ts knows: a linear score over the message's words (with the options on the table
// replaced by one placeholder) and its shape. The weights are plain numbers in decision-weights.ts,
// trained offline on the labelled development sets by scripts/train-decision-scorer.mjs.

import type { DecisionLanguage } from './decision-language.js';
import {
  allOptions,
  keyWords,
  optionsNamed,
  optionsNamedInPart,
  referencedOption,
  type Options,
} from './decision-options.js';
import { someoneElse } from './decision-rules.js';

/** What the scorer knows of one message of the person and what came before it. */
export interface ScoredTurn {
  /** What the message states: its sentences that ask nothing. */
  readonly text: string;
  /** Whether the message also asks something. */
  readonly asks: boolean;
  readonly options: Options;
  /** The option the latest answer advised, if it advised one. */
  readonly advised: string | null;
  /** Whether no later message of the person follows. */
  readonly last: boolean;
  readonly language: DecisionLanguage;
}

export interface DecisionScorer {
  readonly weights: Readonly<Record<string, number>>;
  /** The score, from 0 to 1, at which a message counts as a choice. */
  readonly threshold: number;
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

/** "with a simple TypeScript": an option said with "a" before it is a kind of thing, not the one chosen. */
function spokenOfAsKind(text: string, option: string): boolean {
  const at = text.toLowerCase().indexOf(option.toLowerCase());
  return (
    at > 0 &&
    !/^(?:a|an|een)\s/i.test(option) &&
    /\b(?:a|an|een)\s+(?:[\p{L}-]+\s+)?$/iu.test(text.slice(0, at))
  );
}

/** What the scorer reads of one message: its features, and the option it would pick. */
export interface ReadTurn {
  readonly features: string[];
  readonly pick: string | null;
}

/** Reads one message once: the options it names and points at serve both its features and its pick. */
export function readTurn(turn: ScoredTurn): ReadTurn {
  const named = namedIn(turn.text, turn.options);
  const pointed = referencedOption(turn.text, turn.options, turn.language);
  return {
    features: turnFeatures(turn, named.length, pointed !== null),
    pick: pickedOption(turn, named, pointed),
  };
}

/** The features of one message: its words and word pairs, and what shape it has. */
function turnFeatures(turn: ScoredTurn, named: number, points: boolean): string[] {
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
  if (points) features.add('pointer');
  if (allOptions(options).length >= 2) features.add('options:2+');
  if (turn.last) features.add('last');
  if (language.hedge.test(text)) features.add('hedge');
  // The whole message was checked for someone else's choice; what it states, without its questions,
  // can still read so.
  if (someoneElse(text, language)) features.add('someone-else');
  return [...features];
}

/** How likely, from 0 to 1, the message makes a choice. */
export function turnScore(features: readonly string[], weights: Readonly<Record<string, number>>): number {
  let sum = 0;
  for (const feature of features) sum += weights[feature] ?? 0;
  return 1 / (1 + Math.exp(-sum));
}

/**
 * Which option a message that makes a choice makes: the one it names, the one it points at, or else
 * the advice it takes.
 */
function pickedOption(turn: ScoredTurn, named: readonly string[], pointed: string | null): string | null {
  if (named.length === 1) return spokenOfAsKind(turn.text, named[0] as string) ? null : (named[0] as string);
  if (pointed) return pointed;
  // Naming several, the message weighs them still, or says in its own way which it turned down:
  // a guess there would as often be wrong as right.
  if (named.length >= 2) return null;
  return turn.advised;
}
