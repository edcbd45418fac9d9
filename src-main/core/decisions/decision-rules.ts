// The rules that recognise a choice in the person's own words: a stated choice, a pick from a list, a
// commitment or a report of what they did. Each returns what was chosen, or null; taking the
// assistant's advice is read in advice-reading.ts, and decision-extractor.ts decides which sentences
// to ask and what a found choice becomes.

import type { DecisionLanguage } from './languages/language-pack.js';
import type { Found } from './decision-thread.js';
import {
  keyWords,
  LIST_WORD,
  optionsNamed,
  optionsNamedInPart,
  optionAt,
  pointerPosition,
  referencedOption,
  type Options,
} from './decision-options.js';
import {
  cleanPhrase,
  contains,
  everyMatch,
  firstClause,
  quoted,
  sameWord,
  someoneElse,
  STOP_WORDS,
  stripMarkup,
  wordsOf,
} from './decision-text.js';

// Words that join or lead on, never a thing chosen ("and", "then").
const JOINING = /^(?:and|but|then|also|just|still|maar|dan|ook|nog|toch)$/;

/**
 * The part of a chosen phrase the conversation had talked about: "the vineyard this morning" becomes
 * "vineyard" when only that was discussed; null when none of it was.
 */
function anchoredIn(context: string, phrase: string): string | null {
  const words = phrase.split(/\s+/);
  for (let n = words.length; n > 0; n--) {
    const candidate = words
      .slice(0, n)
      .join(' ')
      .replace(/[,;:]+$/, '');
    const meaningful = candidate
      .split(/\s+/)
      .some(
        (word) =>
          word.length >= 3 && !STOP_WORDS.has(word.toLowerCase()) && !JOINING.test(word.toLowerCase()),
      );
    if (meaningful && contains(context, candidate)) return candidate;
  }
  return null;
}

// A word that labels the items of a list, then the item's number or letter ("topic 2", "quote B").
const LIST_LABEL = new RegExp(String.raw`^${LIST_WORD}\s+([1-9]|[A-E])(?!\w|[.,]\d)`, 'i');

/**
 * "let's go with X", "we chose X over Y", "#3 it is", "just booked X". A clear choice of something
 * the conversation weighed counts even when the options were never laid out as a list; weaker words
 * ("I'll use X") count only for an option that was.
 */
export function statedChoice(
  sentence: string,
  options: Options,
  language: DecisionLanguage,
  context: string,
): Found | null {
  for (const [patterns, strong] of [
    [language.choice, true],
    [language.weakChoice, false],
  ] as const) {
    for (const pattern of patterns) {
      const match = pattern.exec(sentence);
      if (!match || quoted(sentence, match.index)) continue;
      // "She's going with physio", "He's going with GitHub Actions": someone else's choice.
      if (someoneElse(clauseBefore(sentence, match.index), language)) continue;
      const raw = (match[1] ?? '').trim();
      const phrase = cleanPhrase(raw, language);
      if (/^(?:it|that|this|them|dat|het)$/i.test(phrase)) {
        // "B sounds doable, let's go with that": the option the sentence named before.
        const earlier = pointedBefore(sentence.slice(0, match.index), options, language);
        if (earlier) return { chosen: earlier, over: null, confidence: 0.75, anchored: false };
        continue;
      }
      if (!phrase || /^(?:one|something|both|all)$/i.test(phrase)) continue;
      const over = match[2] ? cleanPhrase(match[2], language) : null;
      const referenced = /^#\d\b/.test(raw) || language.reference.test(phrase) || /^[A-E]$/i.test(phrase);
      if (referenced) {
        const chosen = referencedOption(raw, options, language);
        if (chosen) return { chosen, over, confidence: 0.9, anchored: false };
        continue;
      }
      const named = optionsNamed(phrase, options)[0];
      if (named) return { chosen: named, over, confidence: 0.9, anchored: false };
      // "topic 2, urban heat islands", "idea 2": the label of an item of the latest list.
      // A letter labels only as a capital: "design a bit simpler" names no option A.
      const label = LIST_LABEL.exec(raw)?.[1]?.replace(/^[a-e]$/, '');
      const labelled = label ? optionAt(label.toLowerCase(), options, language) : null;
      if (labelled) return { chosen: labelled, over, confidence: 0.85, anchored: false };
      const anchored = strong && language.cues.test(context) ? anchoredIn(context, phrase) : null;
      if (anchored) return { chosen: anchored, over, confidence: 0.75, anchored: true };
      const partly = optionsNamedInPart(phrase, options)[0];
      if (partly) return { chosen: partly, over, confidence: 0.7, anchored: false };
    }
  }
  return null;
}

/**
 * The option a sentence named or pointed at before a "that" or "it" ("B sounds doable, let's go with
 * that", "the vet clinic one is genius, doing that"): one option, or null.
 */
function pointedBefore(before: string, options: Options, language: DecisionLanguage): string | null {
  const letter = /^\s*(?:option\s+)?([A-E])\b(?!')/.exec(before);
  if (letter && /^[A-E]$/.test(letter[1] as string)) return options.labelled.get(letter[1] as string) ?? null;
  if (language.ordinal.test(before)) return referencedOption(before, options, language);
  return oneOptionIn(before, options);
}

/** Whether a phrase is an option's name and little else ("Vitest", "the Vitest one"). */
function isJustOption(phrase: string, option: string, language: DecisionLanguage): boolean {
  const rest = stripMarkup(phrase)
    .replace(language.leading, '')
    .replace(/[.!]+$/, '')
    .trim();
  return rest.length <= option.length + 6 && contains(rest, option);
}

/** "let's base ourselves in Kyoto", "…, so date-fns": a commitment, then exactly one option named. */
export function committedChoice(
  sentence: string,
  options: Options,
  language: DecisionLanguage,
): Found | null {
  for (const commitment of sentence.matchAll(everyMatch(language.commitment))) {
    if (quoted(sentence, commitment.index)) continue;
    const after = sentence.slice(commitment.index + commitment[0].length);
    if (language.weighing.test(after)) continue;
    const named = optionsNamed(after, options);
    if (named.length !== 1) continue;
    const chosen = named[0] as string;
    // "…, so X." chooses only when nothing but the option follows.
    if (/^,?\s*so/i.test(commitment[0]) && !isJustOption(after, chosen, language)) continue;
    return { chosen, over: null, confidence: 0.8 };
  }
  return null;
}

/** "Vitest then", "B, definitely": an option named on its own and settled. */
export function bareChoice(
  sentence: string,
  options: Options,
  language: DecisionLanguage,
  context: string,
): Found | null {
  const match = language.bare.exec(sentence);
  if (!match) return null;
  const phrase = stripMarkup(match[1] ?? '');
  if (/^[A-E]$/i.test(phrase) || language.reference.test(phrase)) {
    const referenced = referencedOption(phrase, options, language);
    return referenced ? { chosen: referenced, over: null, confidence: 0.85 } : null;
  }
  const named = optionsNamed(phrase, options)[0];
  if (named && isJustOption(phrase, named, language)) return { chosen: named, over: null, confidence: 0.85 };
  // A short name the earlier turns weighed, settled on its own ("the Bambino then").
  const short = cleanPhrase(phrase, language);
  if (short.split(/\s+/).length > 4 || !language.cues.test(context)) return null;
  const anchored = anchoredIn(context, short);
  return anchored === short ? { chosen: anchored, over: null, confidence: 0.7, anchored: true } : null;
}

/** "going with the second option", "Number 2, the Oak Park place", "The first one". */
export function ordinalChoice(sentence: string, options: Options, language: DecisionLanguage): Found | null {
  const ordinal = language.ordinal.exec(sentence);
  if (!ordinal) return null;
  const pointsFirst =
    ordinal.index <= 12 &&
    /^(?:ok(?:ay)?,?\s+|so,?\s+)?(?:the\s+|de\s+|het\s+)?(?:\w+\s+)?$/i.test(
      sentence.slice(0, ordinal.index),
    );
  if (!pointsFirst && !language.commitment.test(sentence) && !/\bgoing (?:with|w\/)/i.test(sentence))
    return null;
  const chosen = referencedOption(sentence, options, language);
  return chosen ? { chosen, over: null, confidence: 0.85 } : null;
}

/**
 * The words of an opening that may be a bare pick, or null when it cannot be one whatever the
 * options are: a question, a hedge, someone else's choice, code, a scene set by a preposition, or
 * more than a handful of words. Read before any option is, since most openings fail here.
 */
export function terseWords(opening: string, language: DecisionLanguage): string[] | null {
  if (/[?]/.test(opening) || language.hedge.test(opening) || someoneElse(opening, language)) return null;
  // Code, markup and the number of a list item ("1.") are not picks.
  if (/["{}[\]<>=`|\\]/.test(opening) || /^\s*\d+[.)]\s*$/.test(opening)) return null;
  // "With TypeScript, you can …" sets a scene; a pick does not open with a preposition.
  if (/^\s*(?:with|for|in|on|at|about|from|to|by|using|via|met|voor|in|op|bij|van)\b/i.test(opening))
    return null;
  const words = wordsOf(opening).filter((word) => !language.filler.has(word));
  return words.length === 0 || words.length > 5 ? null : words;
}

/**
 * "ok postgres", "hetzner.", "B", "yeah the 2nd", "die van ikea 👍", "the one with the garden": a
 * turn that opens with nothing but an option (or a pointer at one) and a few words of assent.
 */
export function tersePick(opening: string, options: Options, language: DecisionLanguage): Found | null {
  const words = terseWords(opening, language);
  if (!words) return null;
  const rest = words.join(' ');
  // "First," and "Last," open sentences as often as they pick: alone they pick only as "the first one".
  const pointer = /^(?:option |optie |plan |number |nummer |no |#)?([a-e]|\d|[\p{L}\p{N}]+)$/iu
    .exec(rest)?.[1]
    ?.toLowerCase();
  const discourse =
    /^(?:first|last|eerste|laatste)$/.test(pointer ?? '') &&
    !/\b(?:one|option|optie)\b/i.test(opening) &&
    !/\b(?:the|de|het)\s+(?:first|last|eerste|laatste)\b/i.test(opening);
  if (pointer && !discourse) {
    const chosen = optionAt(pointer, options, language);
    if (chosen) return { chosen, over: null, confidence: 0.85 };
    if (/^[a-e]$|^\d$/.test(pointer) || pointerPosition(pointer, options, language) > 0) return null;
  }
  const chosen = oneOptionIn(rest, options);
  if (chosen) {
    // Nothing but the option's own words and assent ("train 🚄", "the blue one pls", "Miso!!").
    return onlyWordsOf(chosen, words) ? { chosen, over: null, confidence: 0.8 } : null;
  }
  // "the one with the garden": a word only one item's description has.
  if (!/\bones?\b/i.test(opening) || words.length > 2 || words.some((word) => word.length < 4)) return null;
  const described = [...options.details].filter(([, line]) => words.every((word) => contains(line, word)));
  return described.length === 1
    ? { chosen: (described[0] as [string, string])[0], over: null, confidence: 0.7 }
    : null;
}

/** The one option a piece of text names, whole or in part; null when it names none or several. */
export function oneOptionIn(text: string, options: Options): string | null {
  const named = optionsNamed(text, options);
  if (named.length === 1) return named[0] as string;
  return named.length === 0 ? (optionsNamedInPart(text, options)[0] ?? null) : null;
}

/**
 * "we have concluded that RabbitMQ suits our constraints best", "count me in for the night course",
 * "Paying down the loan is the path I shall take", "OK I go to the physio": the person takes a
 * stance (in their own voice, unhedged) on the one option their clause names.
 */
export function stancedMention(sentence: string, options: Options, language: DecisionLanguage): Found | null {
  const stance = language.stance.exec(sentence);
  if (!stance) return null;
  const clause = clauseBefore(sentence, stance.index);
  if (language.hedge.test(clause) || someoneElse(clause, language)) return null;
  const after = sentence
    .slice(stance.index + stance[0].length)
    .split(/[,;:]|\s+(?:but|because|since|as|maar|omdat)\s+/)[0] as string;
  const near = after.split(/\s+/).slice(0, 5).join(' ');
  const chosen =
    oneOptionIn(stance[0], options) ??
    oneOptionIn(near, options) ??
    (language.ordinal.test(near) ? referencedOption(near, options, language) : null) ??
    (language.hedge.test(after) ? null : oneOptionIn(clause, options)) ??
    (language.ordinal.test(clause) ? referencedOption(clause, options, language) : null);
  return chosen ? { chosen, over: null, confidence: 0.65 } : null;
}

/**
 * "I take the one with the garden", "the one w the shorter commute", "the one without the monthly
 * fee": the item of the latest list whose description has the words (or, with "without", lacks them).
 */
export function describedChoice(
  sentence: string,
  options: Options,
  language: DecisionLanguage,
): Found | null {
  const pointer = language.described.exec(sentence);
  if (!pointer || language.hedge.test(clauseBefore(sentence, pointer.index))) return null;
  const words = wordsOf(pointer[2] ?? '')
    .filter((word) => word.length >= 4 && !language.filler.has(word) && !STOP_WORDS.has(word))
    .slice(0, 3);
  if (words.length === 0) return null;
  const without = /^(?:without|zonder)$/i.test(pointer[1] ?? '');
  const items = [...options.details].filter(([item]) => options.ordered.includes(item));
  const matching = items.filter(([, line]) => words.every((word) => contains(line, word)) !== without);
  return matching.length === 1 && items.length >= 2
    ? { chosen: (matching[0] as [string, string])[0], over: null, confidence: 0.7 }
    : null;
}

/** "the vet clinic one is genius, doing that!!", "ordering it now": a commitment to what was just named. */
export function pronounChoice(sentence: string, options: Options, language: DecisionLanguage): Found | null {
  const pronoun = language.toPronoun.exec(sentence);
  if (!pronoun || pronoun.index === 0) return null;
  const before = sentence.slice(0, pronoun.index);
  if (language.hedge.test(clauseBefore(sentence, pronoun.index)) || someoneElse(before, language))
    return null;
  const chosen = pointedBefore(before, options, language);
  return chosen ? { chosen, over: null, confidence: 0.7 } : null;
}

/** The first price in a text, as a number ("$1,299", "€18", "45 euro"); null when it names none. */
function firstPrice(text: string): number | null {
  const match = /[$€£]\s?(\d[\d,.]*)|(\d[\d,.]*)\s?(?:€|eur\b|euro|usd\b|dollars?\b)/i.exec(text);
  const digits = (match?.[1] ?? match?.[2] ?? '').replace(/,/g, '');
  return digits ? Number.parseFloat(digits) : null;
}

/** "I'll take the cheaper one", "de goedkoopste": the option of the latest list that costs least (or most). */
export function pricedChoice(sentence: string, options: Options, language: DecisionLanguage): Found | null {
  const pointer = language.priced.exec(sentence);
  if (!pointer || language.hedge.test(clauseBefore(sentence, pointer.index))) return null;
  const priced = options.ordered
    .map((option) => ({ option, price: firstPrice(options.details.get(option) ?? option) }))
    .filter((entry): entry is { option: string; price: number } => entry.price !== null);
  if (priced.length < 2 || priced.length < options.ordered.length) return null;
  const cheapest = pointer[1] !== undefined || pointer[2] !== undefined;
  const [best] = [...priced].sort((a, b) => (cheapest ? a.price - b.price : b.price - a.price));
  return best ? { chosen: best.option, over: null, confidence: 0.7 } : null;
}

/** Whether a turn's first sentence is short enough to be a bare pick, before any option is read. */
export function mayBeTerse(sentence: string, language: DecisionLanguage): boolean {
  if (sentence.length > 120) return false;
  const clause = firstClause(sentence);
  const count = (text: string) => wordsOf(text).filter((word) => !language.filler.has(word)).length;
  return count(clause) <= 5 || count(sentence) <= 5;
}

/** Whether every word said is one of the option's own, in some form ("Miso!!", "the blue one"). */
function onlyWordsOf(option: string, said: readonly string[]): boolean {
  const own = wordsOf(option);
  return said.every((word) => own.some((part) => sameWord(part, word)));
}

/** The clause a match sits in, up to the match: what is said before it in the same breath. */
function clauseBefore(sentence: string, index: number): string {
  const before = sentence.slice(0, index);
  const start = Math.max(
    ...[',', ';', ':', '—', '–', ' - ', ' but ', ' maar '].map((mark) => before.lastIndexOf(mark)),
  );
  return before.slice(start + 1);
}

/**
 * "signed the lease on the Elm St flat", "decided, svelte", "gonna accept the Brightline offer",
 * "Japan is the winner": a word that commits, and one option named right after it (or, for words
 * that settle, right before), said by the person and not hedged.
 */
export function committedTo(sentence: string, options: Options, language: DecisionLanguage): Found | null {
  for (const commitment of sentence.matchAll(everyMatch(language.commit))) {
    const clause = clauseBefore(sentence, commitment.index);
    if (language.hedge.test(clause) || someoneElse(clause, language)) continue;
    // Everyday verbs ("got", "took") commit only when the person says they did it ("I got …", "just
    // took …"), not in a pasted log line ("Warning: Got an error …").
    if (language.everyday.test(commitment[0]) && !language.self.test(sentence.slice(0, commitment.index)))
      continue;
    const after = sentence.slice(commitment.index + commitment[0].length);
    // The option follows within a few words: "booked the ryokan now", not "booked flights … Porto".
    const near = after.split(/\s+/).slice(0, 6).join(' ');
    const chosen = oneOptionIn(near, options);
    if (chosen) return { chosen, over: null, confidence: 0.75 };
  }
  // "It's Felix.", "Het wordt de Gazelle.": the option named outright.
  const outright = language.outright.exec(sentence);
  if (outright && !someoneElse(sentence.slice(0, outright.index), language)) {
    const chosen = oneOptionIn(outright[1] ?? '', options);
    const said = wordsOf(outright[1] ?? '').filter((word) => !language.filler.has(word));
    if (chosen && onlyWordsOf(chosen, said)) return { chosen, over: null, confidence: 0.75 };
  }
  const settled = language.settled.exec(sentence);
  if (settled) {
    // "paperwhite, done": when nothing stands before the word in its clause, the clause before it.
    const own = clauseBefore(sentence, settled.index);
    const clause =
      own.trim() === ''
        ? clauseBefore(sentence.slice(0, settled.index).replace(/[\s,;:]+$/, ''), Infinity)
        : own;
    if (language.hedge.test(clause) || someoneElse(clause, language)) return null;
    // Settled on its own: nothing but the option before the word ("Japan is the winner").
    const said = wordsOf(clause).filter((word) => !language.filler.has(word));
    const chosen = oneOptionIn(clause, options);
    if (chosen && onlyWordsOf(chosen, said)) return { chosen, over: null, confidence: 0.75 };
  }
  return null;
}

/**
 * The options a message turns down ("no to the cruise, dad gets seasick", "declined stanford this
 * morning", "Geen Airbnb"), each named right after the words that turn it down, by a telling word;
 * and what the message says besides those clauses.
 */
export function turnedDown(
  text: string,
  options: Options,
  language: DecisionLanguage,
): { readonly down: string[]; readonly rest: string } {
  const down: string[] = [];
  let rest = '';
  let from = 0;
  for (const match of text.matchAll(language.turnsDown)) {
    // "not forget the deposit", "no way dad would turn down the cabin": turning down, denied.
    if (language.denied.test(text.slice(Math.max(0, match.index - 24), match.index))) continue;
    const start = match.index + match[0].length;
    const next = text.slice(start).split(/[,;:.!?()\n]/)[0] as string;
    const words = next.split(/\s+/).filter(Boolean).slice(0, 5);
    const option = words.length > 0 ? oneOptionIn(words.join(' '), options) : null;
    const first = wordsOf(words[0] ?? '')[0];
    if (!option || !first || !keyWords(option).some((word) => sameWord(word, first))) continue;
    if (!down.includes(option)) down.push(option);
    if (match.index >= from) rest += text.slice(from, match.index);
    from = Math.max(from, start + next.length);
  }
  return { down, rest: rest + text.slice(from) };
}
