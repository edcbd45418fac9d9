// Reading the assistant's advice: what an answer recommends (read once per answer), the person
// taking it ("sounds good, let's do that"), and the options an answer weighs in prose rather than in
// a list.

import type { DecisionLanguage } from './languages/language-pack.js';
import type { Found, ThreadMessage } from './decision-thread.js';
import { allOptions, optionsNamed, optionsNamedInPart, type Options } from './decision-options.js';
import { cleanPhrase, contains, sentences, someoneElse, STOP_WORDS, stripMarkup } from './decision-text.js';

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
  /** What the advising sentence says after the phrase. */
  readonly after: string;
  /** Sentences that favour an option, latest first, without markup. */
  readonly favouring: readonly string[];
}

// Rules and the scorer ask about the same answer for the same message; its patterns are costly.
const readAdvice = new WeakMap<ThreadMessage, AdviceReading>();

const recommendationHeads = new WeakMap<DecisionLanguage, RegExp>();

/**
 * The words every unanchored recommendation pattern opens with, as one expression: a sentence without
 * any of them is spared the pass of each pattern. A pattern anchored at the sentence's start is cheap
 * and always tried.
 */
function anyRecommendationHead(language: DecisionLanguage): RegExp {
  let union = recommendationHeads.get(language);
  if (!union) {
    const heads = language.recommendation
      .filter((pattern) => !pattern.source.startsWith('^'))
      .map((pattern) => `(?:${pattern.source.split('(.+?)')[0] as string})`);
    union = new RegExp(heads.join('|'), 'i');
    recommendationHeads.set(language, union);
  }
  return union;
}

function adviceReading(advice: ThreadMessage, language: DecisionLanguage): AdviceReading {
  const known = readAdvice.get(advice);
  if (known && known.language === language) return known;
  const said = sentences(advice.text);
  let phrase: string | null = null;
  let after = '';
  for (const advised of said) {
    // Read without markup: "**My recommendation:** the **chair method**" advises "chair method".
    const plain = stripMarkup(advised);
    const headed = anyRecommendationHead(language).test(plain);
    for (const pattern of language.recommendation) {
      if (!headed && !pattern.source.startsWith('^')) continue;
      const match = pattern.exec(plain);
      if (!match) continue;
      phrase = cleanPhrase(match[1] ?? '', language) || null;
      after = plain.slice(match.index + match[0].length);
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
  const reading = { language, phrase, after, favouring };
  readAdvice.set(advice, reading);
  return reading;
}

/** The option an answer advises ("My recommendation: satin", "In your shoes I'd take the Berlin role"). */
export function adviceGiven(
  advice: ThreadMessage,
  options: Options,
  language: DecisionLanguage,
): string | null {
  const { phrase, after, favouring } = adviceReading(advice, language);
  if (phrase) {
    const named = optionsNamed(phrase, options)[0] ?? optionsNamedInPart(phrase, options)[0];
    if (named) return named;
    // "My pick for a young lab: Healthy Paws": what was said of the person leads in to the option.
    if (language.adviceLeadIn.test(phrase) || /^\s*:/.test(after)) {
      // The one option its first clause names, unless the clause warns against it ("steer clear of Lemonade").
      const clause = after.replace(/^[\s,;:–—]+/, '').split(/[,;–—]/)[0] as string;
      const following = optionsNamed(clause, options);
      if (following.length === 1 && !language.adviceAgainst.test(clause)) return following[0] as string;
    }
    return phrase;
  }
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
