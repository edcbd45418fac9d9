// Whether a sentence holds any wording that can make it a choice: one quick look that spares the
// rules most of what people write. The rules' patterns are cut to the words they open with and
// grouped by how they are anchored, which lets the regular expression engine skip most positions.

import type { DecisionLanguage } from './languages/language-pack.js';

/**
 * The words a pattern opens with, up to what it captures ("let's go with" of "let's go with (.+?)…"):
 * a sentence without them cannot match, and the heads alone are many times quicker to look for.
 */
function wordingHead(pattern: RegExp): string {
  const head = pattern.source.split('(.+?)')[0] as string;
  try {
    new RegExp(head);
    return head;
  } catch {
    return pattern.source;
  }
}

/**
 * The characters of a pattern's source that shape it, each with its place and how deep in groups it
 * stands: escaped characters and character classes are stepped over, as they group nothing.
 */
function* structure(source: string): Generator<{ at: number; char: string; depth: number }> {
  let depth = 0;
  let inClass = false;
  for (let at = 0; at < source.length; at++) {
    const char = source[at] as string;
    if (char === '\\') at += 1;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else {
      if (char === ')') depth -= 1;
      yield { at, char, depth };
      if (char === '(') depth += 1;
    }
  }
}

/** A pattern's alternatives at its top level: "a|(b|c)" gives "a" and "(b|c)". */
function alternativesOf(source: string): string[] {
  const bars = [...structure(source)].filter(({ char, depth }) => char === '|' && depth === 0);
  const starts = [0, ...bars.map(({ at }) => at + 1)];
  const ends = [...bars.map(({ at }) => at), source.length];
  return starts.map((start, index) => source.slice(start, ends[index]));
}

/**
 * "(?:^|, |\bok )then" is "^then", ", then" and "\bok then": an alternative that opens with a group
 * of its own alternatives, spread out, so that each lands in the group its anchor belongs to.
 */
function spread(alternative: string): string[] {
  if (!alternative.startsWith('(?:')) return [alternative];
  for (const { at, char, depth } of structure(alternative)) {
    if (char !== ')' || depth !== 0) continue;
    const rest = alternative.slice(at + 1);
    // A group that repeats or is optional cannot be spread.
    if (/^[?*+{]/.test(rest)) return [alternative];
    return alternativesOf(alternative.slice(3, at)).flatMap((first) => spread(first + rest));
  }
  return [alternative];
}

const any = (alternatives: readonly string[]): string =>
  alternatives.map((alternative) => `(?:${alternative})`).join('|');

/**
 * One expression per anchoring: at the sentence's start, at a word's start, anywhere. Together they
 * match exactly where the union of every head would, several times faster: the engine tries a
 * group's alternatives only where its anchor holds.
 */
function wordingTests(language: DecisionLanguage): RegExp[] {
  const heads = [
    ...language.choice,
    ...language.weakChoice,
    ...language.acceptance,
    language.commitment,
    language.commit,
    language.settled,
    language.priced,
    language.described,
    language.toPronoun,
    language.stance,
    language.bare,
    language.ordinal,
  ]
    .flatMap((pattern) => alternativesOf(wordingHead(pattern)))
    .flatMap(spread);
  const atStart = heads.filter((head) => head.startsWith('^')).map((head) => head.slice(1));
  const atWord = heads.filter((head) => head.startsWith('\\b')).map((head) => head.slice(2));
  const anywhere = heads.filter((head) => !head.startsWith('^') && !head.startsWith('\\b'));
  return [
    atStart.length > 0 ? new RegExp(`^(?:${any(atStart)})`, 'i') : null,
    atWord.length > 0 ? new RegExp(`\\b(?:${any(atWord)})`, 'i') : null,
    anywhere.length > 0 ? new RegExp(any(anywhere), 'i') : null,
  ].filter((test): test is RegExp => test !== null);
}

const testsByLanguage = new WeakMap<DecisionLanguage, RegExp[]>();

/** True when some rule's wording could match the sentence; false means none can. */
export function mayStateChoice(sentence: string, language: DecisionLanguage): boolean {
  let tests = testsByLanguage.get(language);
  if (!tests) testsByLanguage.set(language, (tests = wordingTests(language)));
  return tests.some((test) => test.test(sentence));
}
