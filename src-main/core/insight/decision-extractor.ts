// Finds the decisions in a conversation, offline and deterministically: a decision is where options
// were weighed and the person chose one, in their own words ("let's go with X", "we chose X over Y",
// "Vitest then") or by taking the advice or the option just put to them ("sounds good, let's do
// that", "the second option"). Questions, hypotheticals, choices put off and choices only mentioned
// (quoted, explained) are not decisions.

import { detectLanguage, type DecisionLanguage } from './decision-language.js';

/** Bumped whenever extraction changes, so that stored decisions are re-extracted. */
export const DECISION_EXTRACTOR_VERSION = 2;

export interface ThreadMessage {
  readonly id: string;
  readonly role: string | null;
  readonly text: string;
  readonly createTime: number | null;
}

export interface ExtractedDecision {
  readonly title: string;
  readonly chosen: string;
  readonly alternatives: readonly string[];
  readonly rationale: string | null;
  readonly decidedAt: number | null;
  readonly confidence: number;
  /** Where it was weighed (the advice or options) and where it was made. */
  readonly messageIds: readonly string[];
}

const CONTEXT_TURNS = 4;
// A person states a choice in a short message; a long one is a pasted document, a spec or a draft,
// whose "we will use X" is someone else's text.
const MAX_CHOOSING_TURN_CHARS = 1500;
const MAX_OPTION_WORDS = 6;
const MAX_ALTERNATIVES = 5;
const LABEL = /^(?:option\s+|plan\s+)?([A-E1-9])\s*[.):–—-]\s+/i;
// The marks that open an item of a list: "1.", "2)", "-", "•", "a)", "B.".
const ITEM = String.raw`(?:\d+[.)]|[-*•]|[a-eA-E][.)])`;

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?]|\p{Extended_Pictographic})\s+|\n+/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/**
 * True when the match sits inside quotation marks: the words are cited (an example, a line of
 * dialogue), not said. Single quotes count when they open after a space and close before one, so
 * that apostrophes ("we'll") do not.
 */
function quoted(sentence: string, index: number): boolean {
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

function stripMarkup(text: string): string {
  return text
    .replace(/[*_`#]+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["“'‘]+|["”'’]+$/g, '')
    .trim();
}

function cleanPhrase(phrase: string, language: DecisionLanguage): string {
  const plain = stripMarkup(phrase).replace(language.leading, '').trim();
  return plain.split(/\s+/).slice(0, MAX_OPTION_WORDS).join(' ');
}

interface Options {
  /** Options put in a question ("A or B?"), in order. */
  readonly asked: string[];
  /** Bold terms, list heads and table columns, in order. */
  readonly listed: string[];
  /** The options of the latest list, by their label ("B", "2"). */
  readonly labelled: Map<string, string>;
  /** The latest list's items in order, for "the second one". */
  readonly ordered: string[];
  /** Each list item's whole line, for "the one with the garden". */
  readonly details: Map<string, string>;
}

function addListed(options: Options, raw: string): void {
  const text = stripMarkup(raw).replace(/[:.]$/, '');
  const label = LABEL.exec(text);
  const option = (label ? text.slice(label[0].length) : text).replace(/\s*\([^)]*\)\s*$/, '').trim();
  if (!option || option.split(/\s+/).length > 8) return;
  if (!options.listed.includes(option)) options.listed.push(option);
  if (label) options.labelled.set((label[1] as string).toUpperCase(), option);
}

const BOLD_HEAD = new RegExp(String.raw`^\s*(?:${ITEM}\s+)?\*\*([^*\n]{1,80})\*\*`);
// An item's head (group 1) and the rest of its line (group 2), which says what the item is like.
const LIST_ITEM = new RegExp(String.raw`^\s*${ITEM}\s+(.{1,80}?)\s*(?:(?:[:–—]|\s-\s)(.*))?$`);

function emptyOptions(): Options {
  return { asked: [], listed: [], labelled: new Map(), ordered: [], details: new Map() };
}

/** The options one turn lays out; each turn is read once however many later turns look back at it. */
function turnOptions(turn: ThreadMessage, language: DecisionLanguage): Options {
  const options = emptyOptions();
  {
    const ordered: string[] = [];
    if (turn.role === 'user') {
      for (const sentence of sentences(turn.text)) {
        if (
          !/[?]$/.test(sentence) &&
          !/\b(?:between|tussen|considering|choose|kiezen|pick)\b/i.test(sentence)
        )
          continue;
        const parts = sentence
          .replace(/[?]$/, '')
          .split(language.or)
          .flatMap((part) => part.split(/\s+and\s+(?=[A-Z])/));
        if (parts.length < 2) continue;
        parts.forEach((part, index) => {
          const words = stripMarkup(part).split(/\s+/).filter(Boolean);
          // The first option ends the question's opening words; later ones start their part.
          const option =
            index === 0 ? words.slice(words.length <= 3 ? 0 : -2).join(' ') : words.slice(0, 4).join(' ');
          if (option) options.asked.push(option.replace(/^(?:just|maybe|or|of|the)\s+/i, ''));
        });
      }
    }
    // Options are what is laid out as options: bold heads of lines, list items, table columns; a bold
    // word inside a sentence is emphasis, not an option.
    // Items under a bold heading ("**Wire crate**" then "- folds flat") describe that heading; they
    // are not options of their own.
    let heading: string | null = null;
    for (const line of turn.text.split('\n')) {
      const bold = BOLD_HEAD.exec(line);
      const item = LIST_ITEM.exec(line);
      const marker = /^\s*([a-eA-E])[.)]/.exec(line);
      if (bold || (item && heading === null)) {
        const head = (bold ?? item)?.[1] as string;
        addListed(options, marker ? `${marker[1]}) ${head}` : head);
        const option = stripMarkup(head).replace(LABEL, '').replace(/[:.]$/, '');
        ordered.push(option);
        options.details.set(option, line);
        heading = bold && !item ? option : null;
      } else if (item && heading !== null) {
        options.details.set(heading, `${options.details.get(heading) ?? ''}\n${line}`);
      } else if (line.trim() !== '') {
        heading = null;
        // "A: 5GB €12" lines: options put by letter, as people paste them.
        const lettered = /^[ \t]*([A-E])[ \t]*:[ \t]+(.{1,60})$/.exec(line);
        if (lettered) addListed(options, `${lettered[1]}) ${lettered[2]}`);
      }
    }
    const header = turn.text.includes('|') ? /^\s*\|(.+)\|\s*\n\s*\|[\s:|-]+\|/m.exec(turn.text) : null;
    for (const cell of header?.[1]?.split('|') ?? []) if (stripMarkup(cell)) addListed(options, cell);
    options.ordered.push(...ordered);
  }
  return options;
}

/** The options of several turns together; a later list replaces an earlier one for "the second one". */
function mergedOptions(parts: readonly Options[]): Options {
  const options = emptyOptions();
  for (const part of parts) {
    for (const option of part.asked) options.asked.push(option);
    for (const option of part.listed) if (!options.listed.includes(option)) options.listed.push(option);
    for (const [label, option] of part.labelled) options.labelled.set(label, option);
    if (part.ordered.length > 0) options.ordered.splice(0, options.ordered.length, ...part.ordered);
    for (const [item, line] of part.details) options.details.set(item, line);
  }
  return options;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

// The same text is searched for many options in a row: its lower case is kept between calls.
let lastHaystack = '';
let lastLowered = '';

/** Whether `needle` occurs in `haystack` as whole words, case ignored. */
function contains(haystack: string, needle: string): boolean {
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

function allOptions(options: Options): string[] {
  return [...options.asked, ...options.listed];
}

/** The options named in a piece of text, overlapping names counted once (the longest kept). */
function optionsNamed(text: string, options: Options): string[] {
  const named = allOptions(options)
    .filter((option) => option.length >= 2 && contains(text, option))
    .sort((a, b) => b.length - a.length);
  const distinct: string[] = [];
  for (const option of named) {
    if (!distinct.some((kept) => contains(kept, option) || contains(option, kept))) distinct.push(option);
  }
  return distinct;
}

// Words that say what kind of thing an option is rather than which one: naming them names none.
const GENERIC_WORDS = new Set(
  `one option options plan choice thing place way version model type kind pack package tier route trip
  the and with for from that this then your our their its just only more less very much good great best better
  new old big small free paid full part per day week month year night room`.split(/\s+/),
);

/** One word or another form of it: "vast" and "vaste", "lake" and "lakefront". */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // "finally" is not "final", nor "quickly" "quick": an adverb says how, not which.
  return short.length >= 4 && long.startsWith(short) && !(long.endsWith('ly') && !short.endsWith('ly'));
}

/** An option's words that tell it apart: "Pixel 8 Pro" by "pixel", "a lakefront cabin" by "cabin". */
function keyWords(option: string): string[] {
  return option
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 3 && !GENERIC_WORDS.has(word) && !STOP_WORDS.has(word));
}

/**
 * People name an option by part of it ("the pixel", "the lake cabin"): an option counts as named
 * when its telling words are the only ones said (in some form); when words of two options are said,
 * none is.
 */
function optionsNamedInPart(text: string, options: Options): string[] {
  const owners = new Map<string, Set<string>>();
  // The same option asked in lower case and listed in bold is one option.
  const distinct = new Map(allOptions(options).map((option) => [option.toLowerCase(), option]));
  for (const option of distinct.values()) {
    for (const word of keyWords(option)) owners.set(word, (owners.get(word) ?? new Set()).add(option));
  }
  const said = text.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  const named = new Set<string>();
  for (const [word, owning] of owners) {
    if (said.some((other) => sameWord(other, word))) for (const option of owning) named.add(option);
  }
  return named.size === 1 ? [...named] : [];
}

/** "B", "option 2", "#3", "the second one": the option of the latest list it points at. */
function referencedOption(phrase: string, options: Options, language: DecisionLanguage): string | null {
  const letter = /^(?:(?:option|do|go with|optie)\s+)?([A-E])(?:[,.!\s]|$)/i.exec(phrase.trim());
  if (letter) return options.labelled.get((letter[1] as string).toUpperCase()) ?? null;
  const number = /(?:#|option\s*|optie\s*|number\s*)(\d)\b/i.exec(phrase);
  const ordinal = language.ordinal.exec(phrase);
  const word = (ordinal?.[1] ?? '').toLowerCase();
  const position = number
    ? Number(number[1])
    : ordinal?.[2]
      ? Number(ordinal[2]) || (language.ordinals[ordinal[2].toLowerCase()] ?? 0)
      : word === 'last' || word === 'laatste'
        ? options.ordered.length
        : (language.ordinals[word] ?? 0);
  if (position < 1) return null;
  return options.ordered[position - 1] ?? options.labelled.get(String(position)) ?? null;
}

function alternativesTo(chosen: string, options: Options, over: string | null): string[] {
  const pool = options.asked.length >= 2 ? options.asked : allOptions(options);
  const others = pool.filter(
    (option) => option.length > 0 && !contains(option, chosen) && !contains(chosen, option),
  );
  if (over) others.unshift(over);
  return [...new Set(others.map((option) => option.trim()))].slice(0, MAX_ALTERNATIVES);
}

function rationaleFor(chosen: string, turn: ThreadMessage, advice: ThreadMessage | null): string | null {
  const own = sentences(turn.text).find(
    (sentence) =>
      !sentence.endsWith('?') &&
      /\b(?:because|since|matters|fits|better|cheaper|more|care|like|omdat|want|past)\b/i.test(sentence),
  );
  if (own) return stripMarkup(own);
  const advised = advice
    ? sentences(advice.text).find(
        (sentence) => contains(sentence, chosen) && sentence.length > chosen.length + 20,
      )
    : undefined;
  return advised ? stripMarkup(advised) : null;
}

function titleOf(chosen: string, alternatives: readonly string[], language: DecisionLanguage): string {
  if (language.code === 'nl') {
    return `Gekozen: ${chosen}${alternatives.length > 0 ? ` (boven ${alternatives.join(', ')})` : ''}`;
  }
  return `Chose ${chosen}${alternatives.length > 0 ? ` over ${alternatives.join(', ')}` : ''}`;
}

interface Found {
  readonly chosen: string;
  readonly over: string | null;
  readonly confidence: number;
  /** Chosen in clear words and talked about before, though no options were laid out. */
  readonly anchored?: boolean;
}

const STOP_WORDS = new Set([
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
function statedChoice(
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
      const raw = (match[1] ?? '').trim();
      const phrase = cleanPhrase(raw, language);
      if (!phrase || /^(?:it|that|this|them|one|something|dat|het|both|all)$/i.test(phrase)) continue;
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

/** Whether a phrase is an option's name and little else ("Vitest", "the Vitest one"). */
function isJustOption(phrase: string, option: string, language: DecisionLanguage): boolean {
  const rest = stripMarkup(phrase)
    .replace(language.leading, '')
    .replace(/[.!]+$/, '')
    .trim();
  return rest.length <= option.length + 6 && contains(rest, option);
}

/** "let's base ourselves in Kyoto", "…, so date-fns": a commitment, then exactly one option named. */
function committedChoice(sentence: string, options: Options, language: DecisionLanguage): Found | null {
  const flags = language.commitment.flags.includes('g')
    ? language.commitment.flags
    : `${language.commitment.flags}g`;
  for (const commitment of sentence.matchAll(new RegExp(language.commitment.source, flags))) {
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
function bareChoice(
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
function ordinalChoice(sentence: string, options: Options, language: DecisionLanguage): Found | null {
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
function acceptedAdvice(
  sentence: string,
  advice: ThreadMessage | null,
  options: Options,
  language: DecisionLanguage,
): Found | null {
  if (!advice) return null;
  const accepting = language.acceptance
    .map((pattern) => pattern.exec(sentence))
    .find((match) => match !== null);
  if (!accepting) return null;
  // "I'll take your advice and write it in Go": the option named with the acceptance, if one is.
  const named = optionsNamed(sentence.slice(accepting.index), options);
  if (named.length === 1) return { chosen: named[0] as string, over: null, confidence: 0.8 };
  for (const advised of sentences(advice.text)) {
    for (const pattern of language.recommendation) {
      const match = pattern.exec(advised);
      if (!match) continue;
      const bold = /\*\*([^*\n]{1,80})\*\*/.exec(advised.slice(match.index))?.[1];
      const phrase = bold ? stripMarkup(bold) : cleanPhrase(match[1] ?? '', language);
      if (!phrase) continue;
      return { chosen: optionsNamed(phrase, options)[0] ?? phrase, over: null, confidence: 0.8 };
    }
  }
  return null;
}

/** The words of a text, lower-cased, without punctuation or emoji. */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}'+#.-]+/u)
    .map((word) => word.replace(/^[.'-]+|[.'-]+$/g, ''))
    .filter(Boolean);
}

/**
 * "ok postgres", "hetzner.", "B", "yeah the 2nd", "die van ikea 👍", "the one with the garden": a
 * turn that opens with nothing but an option (or a pointer at one) and a few words of assent.
 */
function tersePick(opening: string, options: Options, language: DecisionLanguage): Found | null {
  if (/[?]/.test(opening) || language.hedge.test(opening) || language.otherChooser.test(opening)) return null;
  // "With TypeScript, you can …" sets a scene; a pick does not open with a preposition.
  if (/^\s*(?:with|for|in|on|at|about|from|to|by|using|via|met|voor|in|op|bij|van)\b/i.test(opening))
    return null;
  const words = wordsOf(opening).filter((word) => !language.filler.has(word));
  if (words.length === 0 || words.length > 5) return null;
  const rest = words.join(' ');
  // "First," and "Last," open sentences as often as they pick: alone they pick only as "the first one".
  const referenced =
    /^(?:option |plan |number |no |#)?[a-e]$/i.test(rest) ||
    /^(?:option |plan |number |no |#)?(?:\d|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|tweede|derde|one|two|three|four|five)$/i.test(
      rest,
    ) ||
    (/^(?:first|last|eerste|laatste)$/i.test(rest) &&
      /\b(?:the|de|het)\b.*\b(?:one|option|optie)\b/i.test(opening));
  if (referenced) {
    const pointer = rest.replace(/^(?:option|plan|number|no|#)\s*/i, '');
    const chosen = /^[a-e]$/i.test(pointer)
      ? (options.labelled.get(pointer.toUpperCase()) ?? null)
      : referencedOption(
          /^\d$/.test(pointer) || /^(?:one|two|three|four|five)$/.test(pointer)
            ? `number ${pointer}`
            : `${pointer} one`,
          options,
          language,
        );
    return chosen ? { chosen, over: null, confidence: 0.85 } : null;
  }
  const named = optionsNamed(rest, options);
  const chosen =
    named.length === 1 ? named[0] : named.length === 0 ? optionsNamedInPart(rest, options)[0] : undefined;
  if (chosen) {
    // Nothing but the option's own words and assent ("train 🚄", "the blue one pls", "Miso!!").
    const own = wordsOf(chosen);
    const other = words.filter((word) => !own.some((part) => sameWord(part, word)));
    return other.length === 0 ? { chosen, over: null, confidence: 0.8 } : null;
  }
  // "the one with the garden": a word only one item's description has.
  if (!/\bones?\b/i.test(opening) || words.length > 2 || words.some((word) => word.length < 4)) return null;
  const described = [...options.details].filter(([, line]) => words.every((word) => contains(line, word)));
  return described.length === 1
    ? { chosen: (described[0] as [string, string])[0], over: null, confidence: 0.7 }
    : null;
}

/** Whether a turn's first sentence is short enough to be a bare pick, before any option is read. */
function mayBeTerse(sentence: string, language: DecisionLanguage): boolean {
  if (sentence.length > 120) return false;
  const clause = /^[^,;:]+/.exec(sentence)?.[0] ?? '';
  const count = (text: string) => wordsOf(text).filter((word) => !language.filler.has(word)).length;
  return count(clause) <= 5 || count(sentence) <= 5;
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
function committedTo(sentence: string, options: Options, language: DecisionLanguage): Found | null {
  const flags = language.commit.flags.includes('g') ? language.commit.flags : `${language.commit.flags}g`;
  for (const commitment of sentence.matchAll(new RegExp(language.commit.source, flags))) {
    const clause = clauseBefore(sentence, commitment.index);
    if (language.hedge.test(clause) || language.otherChooser.test(clause)) continue;
    // Everyday verbs ("got", "took") commit only when the person says they did it ("I got …", "just
    // took …"), not in a pasted log line ("Warning: Got an error …").
    if (language.everyday.test(commitment[0]) && !language.self.test(sentence.slice(0, commitment.index)))
      continue;
    const after = sentence.slice(commitment.index + commitment[0].length);
    // The option follows within a few words: "booked the ryokan now", not "booked flights … Porto".
    const near = after.split(/\s+/).slice(0, 6).join(' ');
    const named = optionsNamed(near, options);
    const chosen =
      named.length === 1 ? named[0] : named.length === 0 ? optionsNamedInPart(near, options)[0] : undefined;
    if (chosen) return { chosen, over: null, confidence: 0.75 };
  }
  const settled = language.settled.exec(sentence);
  if (settled) {
    const clause = clauseBefore(sentence, settled.index);
    if (language.hedge.test(clause) || language.otherChooser.test(clause)) return null;
    // Settled on its own: nothing but the option before the word ("Japan is the winner").
    const words = wordsOf(clause).filter((word) => !language.filler.has(word));
    const named = optionsNamed(clause, options);
    const chosen =
      named.length === 1 ? named[0] : named.length === 0 ? optionsNamedInPart(clause, options)[0] : undefined;
    const own = wordsOf(chosen ?? '');
    if (chosen && words.every((word) => own.some((part) => sameWord(part, word))))
      return { chosen, over: null, confidence: 0.75 };
  }
  return null;
}

const choiceWordings = new WeakMap<DecisionLanguage, RegExp>();

/** Every pattern that can make a sentence a choice, as one expression. */
function anyChoiceWording(language: DecisionLanguage): RegExp {
  let union = choiceWordings.get(language);
  if (!union) {
    const patterns = [
      ...language.choice,
      ...language.weakChoice,
      ...language.acceptance,
      language.commitment,
      language.commit,
      language.settled,
      language.bare,
      language.ordinal,
    ];
    union = new RegExp(patterns.map((pattern) => `(?:${pattern.source})`).join('|'), 'i');
    choiceWordings.set(language, union);
  }
  return union;
}

export function extractDecisions(messages: readonly ThreadMessage[]): ExtractedDecision[] {
  const turns = messages.filter(
    (message) => (message.role === 'user' || message.role === 'assistant') && message.text.trim() !== '',
  );
  const language = detectLanguage(
    turns
      .map((turn) => turn.text)
      .join(' ')
      .slice(0, 20_000),
  );
  const decisions: ExtractedDecision[] = [];
  const parsed = new Map<ThreadMessage, Options>();
  const optionsOf = (turn: ThreadMessage): Options => {
    let options = parsed.get(turn);
    if (!options) parsed.set(turn, (options = turnOptions(turn, language)));
    return options;
  };
  turns.forEach((turn, index) => {
    if (turn.role !== 'user' || turn.text.length > MAX_CHOOSING_TURN_CHARS || language.notYet.test(turn.text))
      return;
    const context = turns.slice(Math.max(0, index - CONTEXT_TURNS), index);
    const advice = [...context].reverse().find((candidate) => candidate.role === 'assistant') ?? null;
    let merged: Options | null = null;
    let decided = false;
    const previousTurns = context.map((candidate) => candidate.text).join('\n');
    let earlier = previousTurns;
    let offset = 0;
    sentences(turn.text).forEach((sentence, position) => {
      offset = turn.text.indexOf(sentence, offset);
      const before = earlier;
      earlier += `\n${sentence}`;
      if (decided) return;
      // The opening of a turn may be a bare pick ("ok postgres"), a handful of words; most other
      // sentences say nothing like a choice, and one pass of every pattern at once rules them out.
      const opening = position === 0 && mayBeTerse(sentence, language) ? sentence : '';
      if (sentence.endsWith('?') || (!anyChoiceWording(language).test(sentence) && opening === '')) return;
      // Words inside a quotation that opened in an earlier sentence are someone's text, not a choice.
      if (quoted(turn.text, offset)) return;
      const options = (merged ??= mergedOptions(context.map((candidate) => optionsOf(candidate))));
      const rules = [
        () => statedChoice(sentence, options, language, before),
        () => ordinalChoice(sentence, options, language),
        () => bareChoice(sentence, options, language, previousTurns),
        () => acceptedAdvice(sentence, advice, options, language),
        () => committedChoice(sentence, options, language),
        () => (opening ? tersePick(/^[^,;:]+/.exec(opening)?.[0] ?? '', options, language) : null),
        () => (opening ? tersePick(opening, options, language) : null),
        () => committedTo(sentence, options, language),
      ];
      let found: Found | null = null;
      for (const rule of rules) if ((found = rule())) break;
      if (!found) return;
      const alternatives = alternativesTo(found.chosen, options, found.over);
      // Without other options on the table there was nothing to weigh.
      if (alternatives.length === 0 && !found.anchored) return;
      decided = true;
      if (decisions.some((decision) => decision.chosen.toLowerCase() === found.chosen.toLowerCase())) return;
      decisions.push({
        title: titleOf(found.chosen, alternatives, language),
        chosen: found.chosen,
        alternatives,
        rationale: rationaleFor(found.chosen, turn, advice),
        decidedAt: turn.createTime,
        confidence: found.confidence,
        messageIds: advice ? [advice.id, turn.id] : [turn.id],
      });
    });
  });
  return decisions;
}
