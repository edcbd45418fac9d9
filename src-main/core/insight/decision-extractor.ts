// Finds the decisions in a conversation, offline and deterministically: a decision is where options
// were weighed and the person chose one, in their own words ("let's go with X", "we chose X over Y",
// "Vitest then") or by taking the advice or the option just put to them ("sounds good, let's do
// that", "the second option"). Questions, hypotheticals, choices put off and choices only mentioned
// (quoted, explained) are not decisions.

import { detectLanguage, type DecisionLanguage } from './decision-language.js';

/** Bumped whenever extraction changes, so that stored decisions are re-extracted. */
export const DECISION_EXTRACTOR_VERSION = 1;

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
const LABEL = /^(?:option\s+)?([A-E1-9])\s*[.):–—-]\s+/i;

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
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
}

function addListed(options: Options, raw: string): void {
  const text = stripMarkup(raw).replace(/[:.]$/, '');
  const label = LABEL.exec(text);
  const option = (label ? text.slice(label[0].length) : text).replace(/\s*\([^)]*\)\s*$/, '').trim();
  if (!option || option.split(/\s+/).length > 8) return;
  if (!options.listed.includes(option)) options.listed.push(option);
  if (label) options.labelled.set((label[1] as string).toUpperCase(), option);
}

function emptyOptions(): Options {
  return { asked: [], listed: [], labelled: new Map(), ordered: [] };
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
          const option = index === 0 ? words.slice(-2).join(' ') : words.slice(0, 4).join(' ');
          if (option) options.asked.push(option.replace(/^(?:just|maybe|or|of|the)\s+/i, ''));
        });
      }
    }
    // Options are what is laid out as options: bold heads of lines, list items, table columns; a bold
    // word inside a sentence is emphasis, not an option.
    for (const match of turn.text.matchAll(/^\s*(?:(?:\d+[.)]|[-*•])\s+)?\*\*([^*\n]{1,80})\*\*/gm)) {
      addListed(options, match[1] as string);
    }
    for (const match of turn.text.matchAll(/^\s*(?:\d+[.)]|[-*•])\s+(.{1,80}?)\s*(?:[:–—]|\s-\s|$)/gm)) {
      addListed(options, match[1] as string);
      ordered.push(
        stripMarkup(match[1] as string)
          .replace(LABEL, '')
          .replace(/[:.]$/, ''),
      );
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
      ? Number(ordinal[2])
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
      if (!strong || !language.cues.test(context)) continue;
      const anchored = anchoredIn(context, phrase);
      if (anchored) return { chosen: anchored, over, confidence: 0.75, anchored: true };
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
    const previousTurns = context.map((candidate) => candidate.text).join('\n');
    let earlier = previousTurns;
    for (const sentence of sentences(turn.text)) {
      const before = earlier;
      earlier += `\n${sentence}`;
      // Most sentences say nothing like a choice: one pass of every pattern at once rules them out.
      if (sentence.endsWith('?') || !anyChoiceWording(language).test(sentence)) continue;
      const options = (merged ??= mergedOptions(context.map((candidate) => optionsOf(candidate))));
      const found =
        statedChoice(sentence, options, language, before) ??
        ordinalChoice(sentence, options, language) ??
        bareChoice(sentence, options, language, previousTurns) ??
        acceptedAdvice(sentence, advice, options, language) ??
        committedChoice(sentence, options, language);
      if (!found) continue;
      const alternatives = alternativesTo(found.chosen, options, found.over);
      // Without other options on the table there was nothing to weigh.
      if (alternatives.length === 0 && !found.anchored) continue;
      if (decisions.some((decision) => decision.chosen.toLowerCase() === found.chosen.toLowerCase())) break;
      decisions.push({
        title: titleOf(found.chosen, alternatives, language),
        chosen: found.chosen,
        alternatives,
        rationale: rationaleFor(found.chosen, turn, advice),
        decidedAt: turn.createTime,
        confidence: found.confidence,
        messageIds: advice ? [advice.id, turn.id] : [turn.id],
      });
      break;
    }
  });
  return decisions;
}
