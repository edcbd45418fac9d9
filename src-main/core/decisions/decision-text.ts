// The text primitives the decision finder reads with: sentences, words, whole-word matching that
// forgives a word's other forms, and whether a place in a text sits inside a quotation.

import type { DecisionLanguage } from './languages/language-pack.js';

// A sentence ends at a space after a stop or an emoji, or at a line break. Looked for from the stop,
// not behind each space: the engine then skips straight to the few characters that can end one.
const SENTENCE_BREAK = /(?:[.!?]|\p{Extended_Pictographic})\s+|\n+/gu;
// Lines, and sentences within them, as people write options down one by one.
const LINE_OR_SENTENCE_BREAK = /[.!?]\s+|\n+/g;

/**
 * The pieces of a text between the breaks a global pattern finds, trimmed, empty ones left out. A
 * break that opens with a stop (or emoji) leaves it to the piece before it.
 */
function piecesBetween(text: string, breaks: RegExp): string[] {
  const pieces: string[] = [];
  let start = 0;
  breaks.lastIndex = 0;
  for (let found = breaks.exec(text); found; found = breaks.exec(text)) {
    const first = found[0].codePointAt(0) as number;
    const end = first === 10 ? found.index : found.index + (first > 0xffff ? 2 : 1);
    const piece = text.slice(start, end).trim();
    if (piece !== '') pieces.push(piece);
    start = found.index + found[0].length;
  }
  const last = text.slice(start).trim();
  if (last !== '') pieces.push(last);
  return pieces;
}

/** "ok postgres, it's free": what a sentence says before its first comma, colon or semicolon. */
export function firstClause(sentence: string): string {
  return /^[^,;:]+/.exec(sentence)?.[0] ?? '';
}

export function sentences(text: string): string[] {
  return piecesBetween(text, SENTENCE_BREAK);
}

/** A text's lines, each cut at the end of its sentences (an emoji ends none). */
export function linesAndSentences(text: string): string[] {
  return piecesBetween(text, LINE_OR_SENTENCE_BREAK);
}

/**
 * True when the match sits inside quotation marks: the words are cited (an example, a line of
 * dialogue), not said. Single quotes count when they open after a space and close before one, so
 * that apostrophes ("we'll") do not.
 */
export function quoted(sentence: string, index: number): boolean {
  let double = 0;
  let single = false;
  for (let i = 0; i < index; i++) {
    const char = sentence[i] as string;
    const before = i > 0 ? (sentence[i - 1] as string) : ' ';
    const after = sentence[i + 1] ?? ' ';
    if (char === '"' || char === '“' || char === '”') double += 1;
    else if ((char === "'" || char === '‘') && /[\s(]/.test(before) && /\S/.test(after)) single = true;
    else if ((char === "'" || char === '’') && /\S/.test(before) && /[\s,.!?;:)]/.test(after)) single = false;
  }
  return double % 2 === 1 || single;
}

// Most text has nothing to strip: one look spares it five passes.
const MARKUP_OR_LOOSE_SPACE = /[*_`#"“'‘”’]|\s\s|[^\S ]|^ | $/;

export function stripMarkup(text: string): string {
  if (!MARKUP_OR_LOOSE_SPACE.test(text)) return text;
  return text
    .replace(/[*_`#]+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["“'‘]+|["”'’]+$/g, '')
    .trim();
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

// The same text is searched for many options in a row: its lower case is kept between calls.
let lastHaystack = '';
let lastLowered = '';

/** Whether `needle` occurs in `haystack` as whole words, case ignored. */
export function contains(haystack: string, needle: string): boolean {
  if (!needle) return false;
  if (haystack !== lastHaystack) [lastHaystack, lastLowered] = [haystack, haystack.toLowerCase()];
  const text = lastLowered;
  const wanted = needle.toLowerCase();
  for (let at = text.indexOf(wanted); at !== -1; at = text.indexOf(wanted, at + 1)) {
    const before = at > 0 ? (text[at - 1] as string) : ' ';
    const after = at + wanted.length < text.length ? (text[at + wanted.length] as string) : ' ';
    const startsWord = !WORD_CHAR.test(wanted[0] as string) || !WORD_CHAR.test(before);
    const endsWord = !WORD_CHAR.test(wanted[wanted.length - 1] as string) || !WORD_CHAR.test(after);
    if (startsWord && endsWord) return true;
  }
  return false;
}

/** One word or another form of it: "vast" and "vaste", "lake" and "lakefront". */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // "finally" is not "final", nor "quickly" "quick": an adverb says how, not which.
  return short.length >= 4 && long.startsWith(short) && !(long.endsWith('ly') && !short.endsWith('ly'));
}

export const STOP_WORDS = new Set([
  'the',
  'a',
  'an',
  'my',
  'our',
  'your',
  'this',
  'that',
  'de',
  'het',
  'een',
  'mijn',
  'onze',
]);

/** The words of a text, lower-cased, without punctuation or emoji. */
/** A text's words as learned features read them: lower case, every number one word "num". */
export function featureWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean)
    .map((word) => (/^\d+$/.test(word) ? 'num' : word));
}

export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}'+#.-]+/u)
    .map((word) => word.replace(/^[.'-]+|[.'-]+$/g, ''))
    .filter(Boolean);
}

const globalVersions = new WeakMap<RegExp, RegExp>();

/** The pattern with the global flag, made once, for matchAll over many sentences. */
export function everyMatch(pattern: RegExp): RegExp {
  let global = globalVersions.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    globalVersions.set(pattern, global);
  }
  return global;
}

/**
 * Whether the text before a verb makes someone else its subject ("my boss went with", "she's going
 * with") rather than the person ("told her we're going with", "my wife and I booked").
 */
export function someoneElse(before: string, language: DecisionLanguage): boolean {
  let other = -1;
  for (const match of before.matchAll(everyMatch(language.otherChooser))) other = match.index;
  if (other < 0) return false;
  let self = -1;
  for (const match of before.matchAll(everyMatch(language.person))) self = match.index;
  return other > self;
}

/** A chosen phrase without markup or leading filler, at most a few words long. */
const MAX_OPTION_WORDS = 6;
export function cleanPhrase(phrase: string, language: DecisionLanguage): string {
  const plain = stripMarkup(phrase).replace(language.leading, '').trim();
  return plain.split(/\s+/).slice(0, MAX_OPTION_WORDS).join(' ');
}
