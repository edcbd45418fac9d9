// What a decision was chosen over, as shown in its title: only names of the other options weighed,
// never a fragment of the question ("what is better", "I get"), a heading or a bullet's description
// of the answer ("Options on the table", "Condensation can be an issue") or the chosen option again.

import { contains } from './decision-text.js';

const MAX_ALTERNATIVES = 5;
// An option is a name; more words than this are a description or a sentence, unless the chosen
// option is as wordy: a title, a tagline or an itinerary is weighed against others like it.
const MAX_WORDS = 6;
const WORDY_CHOICE_WORDS = 4;
const MAX_WORDY_WORDS = 12;

// English and Dutch words side by side: none of one is a name in the other.
// Words that lead into an option in a question, not part of its name ("looking at monzo", "for LASIK").
const LEAD =
  /^(?:(?:and|or|but|en|just|maybe|perhaps|vs\.?|versus|either|looking at|debating|considering|for|to|about|over|at|of|naar|voor|tussen)\s+)+/i;
// An article opens a phrase, not a name ("a chiropractor"); a capital one is part of it ("The Basement").
const ARTICLE = /^(?:a|an|the|my|our|een|de|het|mijn|onze)\s+/;
// What it is for is said of every option alike: "MySQL for the booking app", "Kindle for reading".
const PURPOSE =
  /\s+(?:for|voor)\s+(?:the|my|our|a|an|this|that|his|her|their|your|de|het|mijn|onze|een|\p{L}+ing)\b.*$/iu;
// Words a fragment cut out of a sentence ends on: a name does not end on "with", "a" or "+".
const DANGLING =
  /(?:\s+(?:a|an|the|with|for|to|in|on|at|of|such|if|and|or|but|as|from|by|is|are|met|naar|voor|een|de|het|zoals|bij|van|en|op|om|that|which|who|die|dat))+\s*$|\s*[+&,;:/-]\s*$/i;
// A part of the question or of the person's own story: it opens as a clause does.
const CLAUSE =
  /^(?:what|which|how|why|when|where|who|whether|i|i'm|im|i've|i'd|i'll|you|your|we|we're|we've|they|it|it's|its|there|there's|here|this|that|these|those|them|can|could|should|would|will|does|do|did|is|are|was|were|and|but|so|because|since|if|then|also|please|wat|welke|hoe|waarom|wanneer|ik|je|jij|jullie|wij|het|er|dat|dit|maar|want|dus|omdat|als|zou|moet|kan|one of|something|anything|nothing|everything|iets)(?=[\s,]|$)/i;
// A verb after the first word makes a sentence of it ("May is great", "Condensation can be an issue").
const VERB =
  /\s(?:is|are|was|were|can|can't|cannot|will|won't|has|have|had|does|doesn't|don't|takes|gets|makes|zegt|mag|zijn|kan|heeft|wordt)(?=[\s,.]|$)/i;
// "3 policies", "14 MacBooks": a count of things on the table, not one of them.
const COUNT = /^\d+\s+\p{L}+s$/u;
// Headings and commentary of an answer, which lay the options out but are none of them.
const COMMENTARY =
  /\b(?:options?|choices|questions?|(?:^|a )notes? on|considerations?|criteria|arguments?|pros|cons|summary|verdict|recommendation|overview|comparison|trade-?offs?|opties|keuzes|vragen|overwegingen|samenvatting|advies)\b/i;
// Figures alone ("3 months", "~", "per week", "€500 incl") are a detail, not an option.
const FIGURE_WORD =
  /^(?:[~≈<>]+|about|around|budget|per|a|an|under|up|to|incl|\/|[€$£]?\d[\d.,:]*(?:k|%|[€$£])?|km|kg|mo|months?|weeks?|days?|years?|yrs?|hours?|mins?|minutes?|nights?|euros?|dollars?|pounds?|\d+\/\w+)$/i;
const figuresOnly = (text: string): boolean =>
  text.trim() !== '' &&
  text
    .trim()
    .split(/\s+/)
    .every((word) => FIGURE_WORD.test(word));

const normalized = (text: string): string => text.replace(/[-_]+/g, ' ');

/** The words of a name that tell it apart, in lower case. */
const tellingWords = (text: string): string[] =>
  normalized(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

// "self-publish" and "Self-publishing", "Postgres" and "PostgreSQL": one name's only word starts the
// other's, five letters or more.
const sameStart = (a: string, b: string): boolean => {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.startsWith(short);
};

/** Whether two names name the same option: one holds the other, or a one-word name starts the other's. */
function sameName(a: string, b: string): boolean {
  const [left, right] = [normalized(a), normalized(b)];
  // "IWDA + EMIM" is an option of its own beside "IWDA".
  const combined = /[+&/]/.test(left) !== /[+&/]/.test(right);
  if (!combined && (contains(left, right) || contains(right, left))) return true;
  const [wordsA, wordsB] = [tellingWords(a), tellingWords(b)];
  // "inOui 7:40" and "7:40 inOui"; "self-publish" and "Self-publishing".
  if (wordsA.length === wordsB.length && wordsA.every((word) => wordsB.includes(word))) return true;
  if (
    wordsA.length === wordsB.length &&
    wordsA.every((word, index) => word === wordsB[index] || sameStart(word, wordsB[index] as string))
  )
    return true;
  const single = wordsA.length === 1 ? wordsA : wordsB.length === 1 ? wordsB : null;
  if (!single) return false;
  const others = single === wordsA ? wordsB : wordsA;
  return others.some((word) => sameStart(single[0] as string, word));
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/**
 * The name an alternative gives, without the words around it and what describes it ("VW ID.3 Pro
 * (58 kWh), about €36k"); empty when it names no option. Figures and single letters are names when
 * the chosen option is one ("$49" over "$29", "A" over "B"), and "R" always is.
 */
function nameOf(alternative: string, chosen: string): string {
  let name = alternative
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/,[^,]*\d[^,]*$/, '')
    .trim()
    .replace(/[?!.]+$/, '');
  for (let before = ''; before !== name;) {
    before = name;
    name = name.replace(LEAD, '').replace(ARTICLE, '').replace(DANGLING, '').trim();
  }
  const wordy = wordCount(chosen) >= WORDY_CHOICE_WORDS;
  if (!wordy) name = name.replace(PURPOSE, '');
  const figures = figuresOnly(name);
  if (
    (name.length < 2 && !/^[A-Z\d]$/.test(name)) ||
    wordCount(name) > (wordy ? MAX_WORDY_WORDS : MAX_WORDS) ||
    /[?;]/.test(name) ||
    (!wordy && (/:\s/.test(name) || CLAUSE.test(name))) ||
    COMMENTARY.test(name) ||
    (figures && !figuresOnly(chosen) && !/^[A-Z]$/.test(name)) ||
    (!wordy && (VERB.test(name) || COUNT.test(name)))
  )
    return '';
  return name;
}

/**
 * The alternatives to show for a choice, from the options that were on the table (the one a rule
 * read as turned down first): names only, each once, none the chosen option again.
 */
export function shownAlternatives(chosen: string, candidates: readonly string[]): string[] {
  const shown: string[] = [];
  for (const candidate of candidates) {
    const name = nameOf(candidate, chosen);
    if (!name || sameName(name, chosen) || shown.some((known) => sameName(known, name))) continue;
    shown.push(name);
    if (shown.length === MAX_ALTERNATIVES) break;
  }
  return shown;
}
