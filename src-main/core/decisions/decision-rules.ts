// The rules that recognise a choice in one sentence of the person's: a stated choice, a pick from a
// list, advice taken, a commitment or a report of what they did. Each returns what was chosen, or null;
// decision-extractor.ts decides which sentences to ask and what a found choice becomes.

import type { DecisionLanguage } from './decision-language.js';
import type { ThreadMessage } from './decision-thread.js';
import {
  allOptions,
  optionsNamed,
  optionsNamedInPart,
  optionAt,
  pointerPosition,
  referencedOption,
  type Options,
} from './decision-options.js';
import {
  contains,
  everyMatch,
  quoted,
  sameWord,
  sentences,
  someoneElse,
  STOP_WORDS,
  stripMarkup,
  wordsOf,
} from './decision-text.js';
const MAX_OPTION_WORDS = 6;
export function cleanPhrase(phrase: string, language: DecisionLanguage): string {
  const plain = stripMarkup(phrase).replace(language.leading, '').trim();
  return plain.split(/\s+/).slice(0, MAX_OPTION_WORDS).join(' ');
}

export interface Found {
  readonly chosen: string;
  readonly over: string | null;
  readonly confidence: number;
  /** Chosen in clear words and talked about before, though no options were laid out. */
  readonly anchored?: boolean;
  /** The other options, when they were weighed in prose rather than laid out. */
  readonly alternatives?: readonly string[] | undefined;
}

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
      .some((word) => word.length >= 3 && !STOP_WORDS.has(word.toLowerCase()));
    if (meaningful && contains(context, candidate)) return candidate;
  }
  return null;
}

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

/** "sounds good, let's do that" after advice: the option advised. */
export function acceptedAdvice(
  sentence: string,
  advice: ThreadMessage | null,
  options: Options,
  language: DecisionLanguage,
  asked: string,
): Found | null {
  if (!advice) return null;
  const accepting = language.acceptance
    .map((pattern) => pattern.exec(sentence))
    .find((match) => match !== null);
  if (!accepting) return null;
  // Advice given in prose lays out no list: its options are the names it shares with the question
  // ("I know Python, a little Rust, and dabbled in Go" … "I'd lean toward Go").
  const prose = namesInProse(advice.text, asked);
  const withProse: Options = { ...options, listed: [...options.listed, ...prose] };
  const inProse = (chosen: string) =>
    prose.some((name) => contains(name, chosen) || contains(chosen, name))
      ? prose.filter((name) => !contains(name, chosen) && !contains(chosen, name))
      : undefined;
  // "I'll take your advice and write it in Go": the option named with the acceptance, if one is.
  const named = optionsNamed(sentence.slice(accepting.index), withProse);
  if (named.length === 1) {
    const chosen = named[0] as string;
    return { chosen, over: null, confidence: 0.8, alternatives: inProse(chosen) };
  }
  const advised = adviceGiven(advice, withProse, language);
  return advised ? { chosen: advised, over: null, confidence: 0.8, alternatives: inProse(advised) } : null;
}

/** What an answer advises, read once per answer: the phrase it recommends, and the sentences that favour one. */
interface AdviceReading {
  readonly language: DecisionLanguage;
  readonly phrase: string | null;
  /** Sentences that favour an option, latest first, without markup. */
  readonly favouring: readonly string[];
}

// Rules and the scorer ask about the same answer for the same message; its patterns are costly.
const readAdvice = new WeakMap<ThreadMessage, AdviceReading>();

function adviceReading(advice: ThreadMessage, language: DecisionLanguage): AdviceReading {
  const known = readAdvice.get(advice);
  if (known && known.language === language) return known;
  const said = sentences(advice.text);
  let phrase: string | null = null;
  for (const advised of said) {
    // Read without markup: "**My recommendation:** the **chair method**" advises "chair method".
    const plain = stripMarkup(advised);
    for (const pattern of language.recommendation) {
      const match = pattern.exec(plain);
      if (!match) continue;
      phrase = cleanPhrase(match[1] ?? '', language) || null;
      if (phrase) break;
    }
    if (phrase) break;
  }
  // The sentences that favour an option only matter to an answer that recommends nothing outright.
  const favouring = phrase
    ? []
    : said
        .filter((advised) => language.favours.test(advised))
        .reverse()
        .map((advised) => stripMarkup(advised));
  const reading = { language, phrase, favouring };
  readAdvice.set(advice, reading);
  return reading;
}

/** The option an answer advises ("My recommendation: satin", "In your shoes I'd take the Berlin role"). */
export function adviceGiven(
  advice: ThreadMessage,
  options: Options,
  language: DecisionLanguage,
): string | null {
  const { phrase, favouring } = adviceReading(advice, language);
  if (phrase) return optionsNamed(phrase, options)[0] ?? optionsNamedInPart(phrase, options)[0] ?? phrase;
  // No advice in so many words: the answer's conclusion, the last sentence that favours one option.
  for (const advised of favouring) {
    const named = optionsNamed(advised, options);
    if (named.length === 1) return named[0] as string;
  }
  return null;
}

/**
 * "ok that tracks. ordering one tonight", "fair — I'll set that up after lunch", "You know best,
 * dear": the first words after advice, when the person had asked which to pick, assent or act on it
 * and hold nothing back. The option is the one advised; naming another one is no acceptance.
 */
export function impliedAcceptance(
  opening: string,
  advice: ThreadMessage | null,
  options: Options,
  language: DecisionLanguage,
): Found | null {
  if (!advice) return null;
  // "Okay." or "Thanks!" alone only acknowledge; taking advice takes clear words or an act.
  if (!language.takesAdvice.test(opening) && !language.actingNow.test(opening)) return null;
  if (language.holdBack.test(opening) || someoneElse(opening, language)) return null;
  const advised = adviceGiven(advice, options, language);
  if (!advised) return null;
  const named = optionsNamed(opening, options);
  if (named.some((option) => !contains(option, advised) && !contains(advised, option))) return null;
  return { chosen: advised, over: null, confidence: 0.65 };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Options weighed in prose only ("Priya: 7 yrs … Tom: 4 yrs"): the names the answer shares with the question. */
export function withProseNames(options: Options, advice: ThreadMessage | null, asked: string): Options {
  if (!advice || allOptions(options).length >= 2) return options;
  let prose = namesInProse(advice.text, asked);
  if (prose.length < 2) prose = alternativesAnswered(asked, advice.text);
  return prose.length >= 2 ? { ...options, listed: [...options.listed, ...prose] } : options;
}

/**
 * "hinge or bumble if I want something serious": an "A or B" said in passing, not as a question,
 * counts when the answer speaks of both; each side is the most of its nearest three words the
 * answer repeats.
 */
function alternativesAnswered(asked: string, adviceText: string): string[] {
  const names = new Set<string>();
  const word = String.raw`[\p{L}\p{N}'+-]+`;
  const pair = new RegExp(
    String.raw`((?:${word}\s+){0,2}${word})\s+or\s+(${word}(?:\s+${word}){0,2})`,
    'giu',
  );
  const spoken = (phrase: string) => !STOP_WORDS.has(phrase.toLowerCase()) && contains(adviceText, phrase);
  for (const match of asked.matchAll(pair)) {
    const left = (match[1] as string).split(/\s+/);
    const right = (match[2] as string).split(/\s+/);
    const before = [3, 2, 1].map((n) => left.slice(-n).join(' ')).find(spoken);
    const after = [3, 2, 1].map((n) => right.slice(0, n).join(' ')).find(spoken);
    if (before && after && before.toLowerCase() !== after.toLowerCase()) names.add(before).add(after);
  }
  return names.size >= 2 ? [...names] : [];
}

/** Names the advice writes with a capital inside a sentence that the person's own turns had named too. */
function namesInProse(adviceText: string, asked: string): string[] {
  const names = new Set<string>();
  // A capitalised word before a colon is a label ("Task:", "Example:"), not a name.
  for (const match of adviceText.matchAll(/(?<=(^|[\p{Ll},;:.!?*]\s+))\p{Lu}[\p{L}\p{N}+#.-]*(?!\s*:)/gmu)) {
    const name = match[0].replace(/[.-]+$/, '');
    // A capital opening a sentence proves nothing; the person must have written the name that way.
    const opensSentence = match[1] === '' || /[.!?*]\s*$/.test(match[1] ?? '');
    const named = opensSentence
      ? new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u').test(asked)
      : contains(asked, name);
    if (name.length >= 2 && !STOP_WORDS.has(name.toLowerCase()) && named) names.add(name);
  }
  return names.size >= 2 ? [...names] : [];
}

/**
 * "ok postgres", "hetzner.", "B", "yeah the 2nd", "die van ikea 👍", "the one with the garden": a
 * turn that opens with nothing but an option (or a pointer at one) and a few words of assent.
 */
export function tersePick(opening: string, options: Options, language: DecisionLanguage): Found | null {
  if (/[?]/.test(opening) || language.hedge.test(opening) || someoneElse(opening, language)) return null;
  // Code, markup and the number of a list item ("1.") are not picks.
  if (/["{}[\]<>=`|\\]/.test(opening) || /^\s*\d+[.)]\s*$/.test(opening)) return null;
  // "With TypeScript, you can …" sets a scene; a pick does not open with a preposition.
  if (/^\s*(?:with|for|in|on|at|about|from|to|by|using|via|met|voor|in|op|bij|van)\b/i.test(opening))
    return null;
  const words = wordsOf(opening).filter((word) => !language.filler.has(word));
  if (words.length === 0 || words.length > 5) return null;
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
  const clause = /^[^,;:]+/.exec(sentence)?.[0] ?? '';
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
