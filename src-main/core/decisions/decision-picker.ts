// Which option a message the learned scorer judged a choice takes. "zz plant sounds perfect, i killed
// a fiddle leaf before" names two and takes the first; "setting the quiz up that way, the Kahoot can
// be Thursday's treat" names one and takes the advice. Each option on the table is scored by how the
// message speaks of it, with weights learned alongside the scorer's (scripts/train-decision-scorer.mjs).

import type { DecisionLanguage } from './languages/language-pack.js';
import { allOptions, keyWords, type Options } from './decision-options.js';
import { contains, featureWords, sameWord } from './decision-text.js';
import { linearScore, type Weights } from './linear-model.js';

/** One option on the table and how a message speaks of it. */
export interface Choice {
  readonly option: string;
  readonly features: readonly string[];
}

/** What the picker reads of a message: its stated text, the options and what was advised or pointed at. */
export interface PickContext {
  readonly text: string;
  readonly options: Options;
  readonly advised: string | null;
  /** The option the message points at ("the 2nd", "B"), if it points at one. */
  readonly pointed: string | null;
  /** The options the message names, whole or in part. */
  readonly named: readonly string[];
  readonly language: DecisionLanguage;
}

const MAX_OPTION_WORDS = 10;
const CONTEXT_WORDS = 2;
const AFTER_WORDS = 8;

/** Where the message first speaks of an option: its whole name, else the first of its telling words. */
function mentionOf(text: string, option: string): { start: number; end: number } | null {
  const lowered = text.toLowerCase();
  const whole = lowered.indexOf(option.toLowerCase());
  if (whole >= 0) return { start: whole, end: whole + option.length };
  const telling = keyWords(option);
  let first: { start: number; end: number } | null = null;
  for (const match of lowered.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (telling.some((word) => sameWord(word, match[0]))) {
      first = { start: match.index, end: match.index + match[0].length };
      break;
    }
  }
  return first;
}

/**
 * "with a simple TypeScript": an option said as "with a …" is a kind of thing, not the one taken;
 * "ok a cat" takes one.
 */
function spokenOfAsKind(before: string, option: string): boolean {
  return (
    !/^(?:a|an|een)\s/i.test(option) &&
    /\b(?:with|like|as|for|of|in|on|using|use|met|als|voor|van)\s+(?:a|an|een)\s+(?:[\p{L}-]+\s+)?$/iu.test(
      before,
    )
  );
}

/** Every option on the table, each with the features of how the message speaks of it. */
export function choicesIn(context: PickContext): Choice[] {
  const { text, options, advised, pointed, named } = context;
  // A message naming three or more options lists them; one that names an option as a kind of thing
  // ("with a simple TypeScript") speaks of kinds: neither takes one.
  if (named.length >= 3) return [];
  const distinct = new Map<string, string>();
  for (const option of [...allOptions(options), ...(advised ? [advised] : [])]) {
    const key = option.toLowerCase().trim();
    if (key.length >= 1 && key.split(/\s+/).length <= MAX_OPTION_WORDS && !distinct.has(key))
      distinct.set(key, option.trim());
  }
  // Where the message first speaks of each option, found once for every feature that needs it.
  const mentions = new Map(
    [...distinct.values()].map((option) => [option, mentionOf(text, option)] as const),
  );
  for (const option of named) {
    const mention = mentions.get(option) ?? mentionOf(text, option);
    if (mention && spokenOfAsKind(text.slice(0, mention.start), option)) return [];
  }
  const spoken = [...mentions.values()].filter((mention) => mention !== null).map((mention) => mention.start);
  const [firstSpoken, lastSpoken] = [Math.min(...spoken), Math.max(...spoken)];
  const count = named.length === 0 ? 'n:0' : named.length === 1 ? 'n:1' : 'n:2+';
  const choices: Choice[] = [];
  for (const option of distinct.values()) {
    const mention = mentions.get(option) ?? null;
    const isNamed = named.some((name) => name.toLowerCase() === option.toLowerCase());
    const how = isNamed ? (contains(text, option) ? 'whole' : 'part') : mention ? 'touched' : 'unnamed';
    const isAdvised =
      advised !== null && (contains(option, advised) || contains(advised, option)) ? 'adv' : 'noadv';
    const features = new Set<string>([
      'bias',
      how,
      isAdvised,
      count,
      `${how}&${isAdvised}`,
      `${how}&${count}`,
    ]);
    // A name is a few words; a long "option" is a step of a how-to or a sentence of the question.
    const length = option.split(/\s+/).length;
    features.add(length <= 1 ? 'ow:1' : length <= 3 ? 'ow:2-3' : 'ow:4+');
    if (pointed !== null && pointed.toLowerCase() === option.toLowerCase()) features.add('pointed');
    if (options.asked.includes(option)) features.add('asked');
    if (options.ordered[0] === option) features.add('listed-first');
    if (mention) {
      const before = text.slice(0, mention.start);
      if (mention.start === firstSpoken) features.add('mention-first');
      if (mention.start === lastSpoken) features.add('mention-last');
      if (/[.!?]\s/.test(before)) features.add('later-sentence');
      const left = featureWords(before).slice(-CONTEXT_WORDS);
      left.forEach((word, index) => features.add(`l${left.length - index}:${word}`));
      const right = featureWords(text.slice(mention.end))[0];
      if (right) features.add(`r1:${right}`);
      // The clause around a mention says whether it is taken or turned down ("i killed a fiddle leaf").
      const clause = before.split(/[,;.!?—–]|\bbut\b|\bmaar\b/i).at(-1) ?? '';
      for (const word of featureWords(clause)) features.add(`c:${word}`);
      // And what the rest of its sentence says of it ("bake sale made $310 last year, so no").
      const after = /^[^.!?\n]*/.exec(text.slice(mention.end))?.[0] ?? '';
      for (const word of featureWords(after).slice(0, AFTER_WORDS)) features.add(`a:${word}`);
    }
    choices.push({ option, features: [...features] });
  }
  return choices;
}

/** The option most likely taken, if it is likely enough; a guess below the floor is no pick. */
export function bestChoice(choices: readonly Choice[], weights: Weights, floor: number): string | null {
  let best: string | null = null;
  let bestScore = 0;
  for (const choice of choices) {
    const score = linearScore(choice.features, weights);
    if (score >= floor && (best === null || score > bestScore)) [best, bestScore] = [choice.option, score];
  }
  return best;
}
