// Finds the decisions in a conversation, offline and deterministically: a decision is where options
// were weighed and the person chose one, in their own words ("let's go with X", "we chose X over Y",
// "Vitest then") or by taking the advice or the option just put to them ("sounds good, let's do
// that", "the second option"). Questions, hypotheticals, choices put off and choices only mentioned
// (quoted, explained) are not decisions. This file walks the conversation and turns a found choice
// into a decision; the rules that recognise one are in decision-rules.ts.

import { detectLanguage } from './decision-language.js';
import type { DecisionLanguage } from './languages/language-pack.js';
import {
  allOptions,
  mergedOptions,
  keyWords,
  optionsBut,
  optionsNamed,
  referencedOption,
  turnOptions,
  type Options,
} from './decision-options.js';
import {
  bareChoice,
  committedChoice,
  committedTo,
  describedChoice,
  mayBeTerse,
  ordinalChoice,
  pricedChoice,
  pronounChoice,
  stancedMention,
  statedChoice,
  tersePick,
  terseWords,
  oneOptionIn,
  turnedDown,
} from './decision-rules.js';
import { acceptedAdvice, adviceGiven, impliedAcceptance, withProseNames } from './advice-reading.js';
import { bestChoice, choicesIn, type Choice } from './decision-picker.js';
import {
  asIfAdvised,
  readTurn,
  scoresWithAndWithoutAdvice,
  type DecisionScorer,
  type ScoredTurn,
} from './decision-scorer.js';
import type { Found, ThreadMessage } from './decision-thread.js';
import SHIPPED_SCORER from './decision-scorer.weights.json' with { type: 'json' };
import {
  contains,
  firstClause,
  quoted,
  sentences,
  someoneElse,
  stripMarkup,
  sameWord,
  wordsOf,
} from './decision-text.js';
import { isStoryOrGame } from './conversation-kind.js';
import { mayStateChoice } from './choice-wording.js';
import { confidenceFrom } from './decision-confidence.js';
import { shownAlternatives } from './decision-alternatives.js';
import { sameSlot, writtenOut } from './option-times.js';

/** Bumped whenever extraction changes, so that stored decisions are re-extracted. */
export const DECISION_EXTRACTOR_VERSION = 23;

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
const LANGUAGE_SAMPLE_CHARS = 5_000;
// A person states a choice in a short message; a long one is a pasted document, a spec or a draft,
// whose "we will use X" is someone else's text.
const MAX_CHOOSING_TURN_CHARS = 1500;
const MAX_SCORED_TURN_CHARS = 300;
function alternativesTo(chosen: string, options: Options, over: string | null): string[] {
  const pool = options.asked.length >= 2 ? options.asked : allOptions(options);
  const others = pool.filter(
    (option) =>
      option.length > 0 &&
      !contains(option, chosen) &&
      !contains(chosen, option) &&
      !sameSlot(option, chosen),
  );
  if (over) others.unshift(over);
  return others;
}

/** Whether either names the other, as "Postgres 16" and "postgres" do. */
const overlap = (a: string, b: string): boolean => contains(a, b) || contains(b, a);

// "option B", "B": a label the person said, not the name of the option it labels.
const LABEL_ONLY = /^(?:(?:option|optie)\s+)?(?:[A-E]|[1-9])$/i;

/**
 * The chosen option by its name: a label said for it ("option B") is the option it labels, where that
 * is a name; "hardhouten kozijnen, triple glas, €14.200" describes the option "B" stands for.
 */
function byName(chosen: string, options: Options, language: DecisionLanguage): string {
  if (!LABEL_ONLY.test(chosen.trim())) return chosen;
  const labelled = referencedOption(chosen, options, language);
  return labelled && !/[,;]/.test(labelled) ? labelled : chosen;
}

// Words that place an option ("cabin in the lake district", "hotel aan de gracht").
const PLACING = /^(?:in|at|on|near|by|aan|op|bij|nabij)$/i;
// Words that say when rather than where.
const WHEN =
  /^(?:yesterday|today|tomorrow|tonight|this|next|last|end|morning|afternoon|evening|night|week|weekend|month|year|moment|spring|summer|autumn|fall|winter|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|january|february|march|april|may|june|july|august|september|october|november|december|gisteren|vandaag|morgen|vanavond|deze|volgende|vorige|jaar|lente|zomer|herfst|winter|(?:maan|dins|woens|donder|vrij|zater|zon)dag)$/i;
// Words after which what follows is no longer where it is: a place that runs on into one is not taken, or a word that goes on to something else.
const PLACE_ENDS =
  /^(?:and|but|so|because|since|for|with|it|is|which|that|en|maar|want|omdat|voor|met|dus|is)$/i;

/**
 * The chosen option as the person put it when choosing, where they placed it and the conversation
 * had placed it so before: "renting a big cabin" (cut short where the options were read), taken as
 * "cabin in the lake district, one with a hot tub", is "cabin in the lake district". Otherwise the
 * option's own name.
 */
function asSaid(chosen: string, text: string, before: string): string {
  const keys = keyWords(chosen);
  if (keys.length === 0) return chosen;
  const words = [...text.matchAll(/[\p{L}\p{N}'’-]+|[^\s\p{L}\p{N}]/gu)];
  const isKey = (at: number) => keys.some((key) => sameWord(key, (words[at]?.[0] ?? '').toLowerCase()));
  const first = words.findIndex((_, at) => isKey(at));
  if (first < 0) return chosen;
  let last = first;
  while (isKey(last + 1)) last += 1;
  const placing = words[last + 1]?.[0] ?? '';
  if (!PLACING.test(placing)) return chosen;
  // The conversation had placed the option the same way: "cabin in" was said before.
  const placed = `${(words[last] as RegExpMatchArray)[0]} ${placing}`.toLowerCase();
  if (!before.toLowerCase().includes(placed)) return chosen;
  let end = last + 2;
  while (end < words.length && end - last <= 4 && /^[\p{L}\p{N}]/u.test(words[end]?.[0] ?? '')) {
    if (PLACE_ENDS.test(words[end]?.[0] ?? '')) break;
    end += 1;
  }
  // What places it runs to the end of its clause, and says where, not when ("at Ally yesterday").
  const after = words[end]?.[0];
  if (end <= last + 2 || (after !== undefined && !/^[,.;:!?)]$/.test(after))) return chosen;
  const placeWords = words.slice(last + 1, end).map(([word]) => word.toLowerCase());
  // A figure says how much or when ("at 120k", "on the 3rd"), not where.
  if (placeWords.some((word) => WHEN.test(word) || /\d/.test(word))) return chosen;
  // And names a place the conversation had named ("gracht" of "aan de Keizersgracht").
  const spoken = before.toLowerCase();
  if (placeWords.some((word) => word.length >= 4 && !spoken.includes(word))) return chosen;
  // "7:40 inOui": a number after a colon is part of a time, not an option's name.
  if (/[:\d]$/.test(text.slice(0, words[first]?.index ?? 0))) return chosen;
  const start = words[first]?.index ?? 0;
  const lastWord = words[end - 1] as RegExpMatchArray;
  return text.slice(start, (lastWord.index ?? 0) + lastWord[0].length);
}

/**
 * The option a message takes when it turns down the one found ("no to the cruise … cabin in the lake
 * district"): the one option the rest of the message names; null when it names none or several; the
 * found one when the message does not turn it down.
 */
function notTurnedDown(
  chosen: string,
  text: string,
  options: Options,
  language: DecisionLanguage,
): string | null {
  const { down, rest } = turnedDown(text, options, language);
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  if (!down.some((option) => same(option, chosen))) return chosen;
  const left = optionsBut(
    options,
    allOptions(options).filter((option) => down.some((other) => same(other, option))),
  );
  return oneOptionIn(rest, left);
}

/** Advice that names one of the options, not a phrase like "whichever you prefer"; else null. */
function namingOption(advised: string | null, options: Options): string | null {
  return advised !== null && allOptions(options).some((option) => overlap(option, advised)) ? advised : null;
}

/** The scorer's score of a message, in the bands a decision's confidence learns from. */
function scoredAt(score: number): string {
  return score >= 0.95
    ? 'scored:0.95+'
    : score >= 0.75
      ? 'scored:0.75+'
      : score >= 0.25
        ? 'scored:0.25+'
        : 'scored:low';
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

/** The words before an option in the first sentence that names it, or the first sentence if none does. */
function leadUpTo(said: readonly string[], option: string | null): string {
  if (option) {
    const lowered = option.toLowerCase();
    for (const sentence of said) {
      const at = sentence.toLowerCase().indexOf(lowered);
      if (at >= 0) return sentence.slice(0, at);
    }
  }
  return said[0] ?? '';
}

function titleOf(chosen: string, alternatives: readonly string[], language: DecisionLanguage): string {
  if (language.code === 'nl') {
    return `Gekozen: ${chosen}${alternatives.length > 0 ? ` (boven ${alternatives.join(', ')})` : ''}`;
  }
  return `Chose ${chosen}${alternatives.length > 0 ? ` over ${alternatives.join(', ')}` : ''}`;
}

/** A message of the person the scorer looked at, for training it: its features and its choices. */
export interface ScoredCandidate {
  readonly index: number;
  readonly features: readonly string[];
  readonly choices: readonly Choice[];
  /** The option a rule found in the message, if one did. */
  readonly ruled: string | null;
}

/** Every message of the person that the scorer would look at, with its features. */
export function scoredCandidates(messages: readonly ThreadMessage[]): ScoredCandidate[] {
  const candidates: ScoredCandidate[] = [];
  walk(messages, null, (candidate) => candidates.push(candidate));
  return candidates;
}

/** The scorer's weights as `npm run train:decisions` wrote them (data, kept out of review diffs). */
export const DECISION_SCORER: DecisionScorer = SHIPPED_SCORER;

export function extractDecisions(
  messages: readonly ThreadMessage[],
  scorer: DecisionScorer = DECISION_SCORER,
): ExtractedDecision[] {
  const sureness = scorer.sureness;
  return extractWithEvidence(messages, scorer).map(({ decision, evidence }) =>
    sureness ? { ...decision, confidence: confidenceFrom(evidence, sureness) } : decision,
  );
}

/** A decision found, with what is known of how it was found: what its confidence is learned from. */
export interface EvidencedDecision {
  /** Its confidence is the rule's own, before the learned sureness says how often such finds are right. */
  readonly decision: ExtractedDecision;
  readonly evidence: string[];
}

/** The decisions in a conversation and the evidence of each, for training how sure each may be. */
export function extractWithEvidence(
  messages: readonly ThreadMessage[],
  scorer: DecisionScorer = DECISION_SCORER,
): EvidencedDecision[] {
  const found = walk(messages, scorer, null);
  // The moves of a story or a game are not the person's decisions. Asked only of a conversation
  // that has any, which few do.
  return found.length > 0 && isStoryOrGame(messages, scorer.storyOrGame) ? [] : found;
}

function walk(
  messages: readonly ThreadMessage[],
  scorer: DecisionScorer | null,
  observe: ((candidate: ScoredCandidate) => void) | null,
): EvidencedDecision[] {
  const turns = messages.filter(
    (message) => (message.role === 'user' || message.role === 'assistant') && message.text.trim() !== '',
  );
  // A conversation's opening says which language it is in; counting words over all of it costs more.
  let sample = '';
  for (const turn of turns) {
    sample += ` ${turn.text}`;
    if (sample.length >= LANGUAGE_SAMPLE_CHARS) break;
  }
  const language = detectLanguage(sample.slice(0, LANGUAGE_SAMPLE_CHARS));
  const decisions: EvidencedDecision[] = [];
  // The options taken so far, by the names the options were read under (a decision may show more).
  const takenOptions: string[] = [];
  const alreadyFound = (chosen: string) => takenOptions.includes(chosen.toLowerCase());
  const parsed = new Map<ThreadMessage, Options>();
  const optionsOf = (turn: ThreadMessage): Options => {
    let options = parsed.get(turn);
    if (!options) parsed.set(turn, (options = turnOptions(turn, language)));
    return options;
  };
  const lastPersonTurn = turns.findLastIndex((turn) => turn.role === 'user');
  turns.forEach((turn, index) => {
    if (turn.role !== 'user' || turn.text.length > MAX_CHOOSING_TURN_CHARS || language.notYet.test(turn.text))
      return;
    const context = turns.slice(Math.max(0, index - CONTEXT_TURNS), index);
    const advice = [...context].reverse().find((candidate) => candidate.role === 'assistant') ?? null;
    // The option a rule found in this turn, if one did.
    let ruled: string | null = null;
    let assentOnly = false;
    // The turns before, as one text, joined only when a rule needs them: most turns give no rule
    // anything to read.
    let previous: string | null = null;
    const previousTurns = (): string => (previous ??= context.map((candidate) => candidate.text).join('\n'));
    // Whether the person had put options to choose from, or asked in words the pattern knows; read
    // only when a rule needs it.
    const personAsked = (wording: RegExp) =>
      context.some(
        (candidate) =>
          candidate.role === 'user' &&
          (optionsOf(candidate).asked.length >= 2 || wording.test(candidate.text)),
      );
    // What is known of a decision made in this turn, beyond the rule or score that found it.
    const unadvisedTurn = (options: Options): ScoredTurn => {
      // What the message states, without what it asks: "going with X. how do I set it up?" is scored
      // on its first sentence only.
      const stated = allSentences.filter((sentence) => !language.question.test(sentence)).join(' ');
      return {
        text: stated,
        asks: stated.length < turn.text.trim().length - 1,
        askedWhich: personAsked(language.asksToChoose),
        options,
        advised: null,
        last: index === lastPersonTurn,
        language,
      };
    };
    // What the learned scorer and picker make of a message a rule found a choice in: whether it reads
    // as a choice, and whether the picker would take the same option.
    const secondOpinion = (chosen: string, options: Options, advised: string | null): string[] => {
      if (!scorer) return [];
      const unadvised = unadvisedTurn(options);
      const read = readTurn(unadvised);
      const scores = scoresWithAndWithoutAdvice(read.features, scorer.weights);
      const score = advised ? scores.advised : scores.unadvised;
      const pick = bestChoice(
        choicesIn({ ...unadvised, advised, named: read.named, pointed: read.pointed }),
        scorer.picker.weights,
        scorer.picker.floor,
      );
      return [
        scoredAt(score),
        !pick ? 'picker-none' : overlap(pick, chosen) ? 'picker-agrees' : 'picker-differs',
      ];
    };
    // The advice an answer gave, and what the scorer and picker make of the message, are read here
    // unless the caller has read them already.
    const evidenceOf = (
      chosen: string,
      options: Options,
      advised = advice ? adviceGiven(advice, options, language) : null,
      opinion = () => secondOpinion(chosen, options, namingOption(advised, options)),
    ): string[] => {
      const optionCount = allOptions(options).length;
      const evidence = [
        'bias',
        `language:${language.code}`,
        `options:${optionCount <= 2 ? optionCount : optionCount <= 4 ? '3-4' : '5+'}`,
        turn.text.length < 80 ? 'turn:short' : turn.text.length < 300 ? 'turn:medium' : 'turn:long',
      ];
      const chosenWords = wordsOf(chosen).length;
      evidence.push(`chosen-words:${chosenWords <= 1 ? 1 : chosenWords <= 3 ? '2-3' : '4+'}`);
      const named = optionsNamed(turn.text, options).length;
      if (contains(turn.text, chosen)) evidence.push('chosen-said');
      if (allSentences.some((sentence) => language.question.test(sentence))) evidence.push('turn-asks');
      evidence.push(`named:${Math.min(named, 2)}`);
      if (options.asked.some((option) => option.toLowerCase() === chosen.toLowerCase()))
        evidence.push('chosen-asked');
      else if (options.ordered.some((option) => option.toLowerCase() === chosen.toLowerCase()))
        evidence.push('chosen-in-list');
      else if (options.listed.some((option) => option.toLowerCase() === chosen.toLowerCase()))
        evidence.push('chosen-listed');
      else evidence.push('chosen-elsewhere');
      if (index === lastPersonTurn) evidence.push('last-turn');
      if (personAsked(language.asksToChoose)) evidence.push('asked-which');
      evidence.push(...opinion());
      evidence.push(
        !advice
          ? 'no-answer'
          : !advised
            ? 'no-advice'
            : overlap(chosen, advised)
              ? 'took-advice'
              : 'against-advice',
      );
      return evidence;
    };
    const askedByPerson = context
      .filter((candidate) => candidate.role === 'user')
      .map((candidate) => candidate.text)
      .join('\n');
    // The options on the table at this turn, read once, when a rule or the scorer first needs them.
    let merged: Options | null = null;
    const optionsHere = (): Options =>
      (merged ??= withProseNames(
        mergedOptions(context.map((candidate) => optionsOf(candidate))),
        advice,
        askedByPerson,
      ));
    let offset = 0;
    const allSentences = sentences(turn.text);
    // What was said before a sentence: the turns before, then this turn up to it.
    const saidBefore = (position: number): string =>
      previousTurns() +
      allSentences
        .slice(0, position)
        .map((sentence) => `\n${sentence}`)
        .join('');
    allSentences.forEach((sentence, position) => {
      offset = turn.text.indexOf(sentence, offset);
      if (ruled !== null) return;
      // The opening of a turn may be a bare pick ("ok postgres"), a handful of words; most other
      // sentences say nothing like a choice, and one quick look for any rule's wording rules them out.
      // "fine. Supabase.": a first sentence of nothing but assent leaves the opening to the next.
      const opens = position === 0 || (position === 1 && assentOnly);
      if (position === 0) assentOnly = wordsOf(sentence).every((word) => language.filler.has(word));
      // An opening that could not be a bare pick whatever the options spares reading them.
      const opening =
        opens &&
        mayBeTerse(sentence, language) &&
        (terseWords(sentence, language) || terseWords(firstClause(sentence), language))
          ? sentence
          : '';
      // Advice taken in the first words of a turn ("ok that tracks. ordering one tonight").
      const takingAdvice =
        position === 0 && advice !== null ? allSentences.slice(0, 3).join(' ').slice(0, 300) : '';
      const mayTakeAdvice =
        takingAdvice !== '' &&
        (language.takesAdvice.test(takingAdvice) || language.actingNow.test(takingAdvice));
      if (
        language.question.test(sentence) ||
        (!mayTakeAdvice && opening === '' && !mayStateChoice(sentence, language))
      )
        return;
      // Words inside a quotation that opened in an earlier sentence are someone's text, not a choice.
      if (quoted(turn.text, offset)) return;
      const options = optionsHere();
      // Each rule is named, so that how sure a decision is can learn how often each rule is right.
      const rules: [string, () => Found | null][] = [
        ['stated', () => statedChoice(sentence, options, language, saidBefore(position))],
        ['ordinal', () => ordinalChoice(sentence, options, language)],
        ['bare', () => bareChoice(sentence, options, language, previousTurns())],
        ['accepted-advice', () => acceptedAdvice(sentence, advice, options, language, askedByPerson)],
        // The first words after advice are where taking it, or holding back, is said.
        [
          'implied-acceptance',
          () =>
            mayTakeAdvice && personAsked(language.choosing)
              ? impliedAcceptance(takingAdvice, advice, options, language)
              : null,
        ],
        ['committed', () => committedChoice(sentence, options, language)],
        // "Task: write a …" opens with a label, not a pick.
        [
          'terse-clause',
          () =>
            opening && optionsNamed(opening, options).length < 2 && !/^[^,;:]+:/.test(opening)
              ? tersePick(firstClause(opening), options, language)
              : null,
        ],
        ['terse', () => (opening ? tersePick(opening, options, language) : null)],
        ['committed-to', () => committedTo(sentence, options, language)],
        ['priced', () => pricedChoice(sentence, options, language)],
        ['described', () => describedChoice(sentence, options, language)],
        ['pronoun', () => pronounChoice(sentence, options, language)],
        ['stanced', () => stancedMention(sentence, options, language)],
      ];
      let found: Found | null = null;
      let basis = '';
      for (const [name, rule] of rules)
        if ((found = rule())) {
          basis = name;
          break;
        }
      if (!found) return;
      // "no to the cruise, … cabin in the lake district": the option turned down is what it was chosen over.
      const taken = notTurnedDown(found.chosen, sentence, options, language);
      if (taken === null) return;
      if (taken !== found.chosen) found = { ...found, chosen: taken, over: found.chosen };
      const named = writtenOut(
        byName(found.chosen, options, language),
        allOptions(options),
        advice?.text ?? '',
      );
      if (named !== found.chosen) found = { ...found, chosen: named };
      const listedAlternatives = alternativesTo(found.chosen, options, found.over).map((option) =>
        byName(option, options, language),
      );
      const alternatives =
        listedAlternatives.length === 0 && found.alternatives ? found.alternatives : listedAlternatives;
      // Without other options on the table there was nothing to weigh.
      if (alternatives.length === 0 && !found.anchored) return;
      ruled = found.chosen;
      if (alreadyFound(found.chosen)) return;
      const shown = shownAlternatives(found.chosen, alternatives);
      const evidence = [
        ...evidenceOf(found.chosen, options),
        `basis:${basis}`,
        `rule-confidence:${found.confidence}`,
      ];
      if (found.over) evidence.push('over');
      if (found.anchored) evidence.push('anchored');
      if (listedAlternatives.length === 0) evidence.push('alternatives-in-prose');
      if (position > 0) evidence.push('later-sentence');
      const said = asSaid(found.chosen, turn.text, previousTurns());
      takenOptions.push(found.chosen.toLowerCase());
      decisions.push({
        decision: {
          title: titleOf(said, shown, language),
          chosen: said,
          alternatives: shown,
          rationale: rationaleFor(found.chosen, turn, advice),
          decidedAt: turn.createTime,
          confidence: found.confidence,
          messageIds: advice ? [advice.id, turn.id] : [turn.id],
        },
        evidence,
      });
    });
    if (!advice || (ruled !== null && !observe)) return;
    // No rule knows the wording: the learned scorer gets its say, on a short message that asks
    // nothing, after the person asked outright which option to take. Long messages are questions,
    // specs and code; without that ask, names in an answer are topics, not options.
    if (
      turn.text.length > MAX_SCORED_TURN_CHARS ||
      language.question.test(allSentences[0] ?? '') ||
      wordsOf(turn.text).every((word) => language.filler.has(word)) ||
      // Code and pasted data are not said; someone else's choice is not the person's.
      /[{}`]|^\s*"[^"]*"\s*:/m.test(turn.text) ||
      // Names in an answer are topics, not options, unless the person asked or the answer laid a list out.
      (!personAsked(language.choosing) && optionsOf(advice).ordered.length < 2)
    )
      return;
    const options = optionsHere();
    // What the message states, without what it asks: "going with X. how do I set it up?" is scored
    // on its first sentence only.
    const unadvised = unadvisedTurn(options);
    // The message is read once: advice changes only whether its features say it was advised.
    const read = readTurn(unadvised);
    // Reading what an answer advises costs more than scoring the message: a message that scores
    // below the threshold whether or not the answer advised something is not a choice either way.
    const { unadvised: unadvisedScore, advised: advisedScore } = scorer
      ? scoresWithAndWithoutAdvice(read.features, scorer.weights)
      : { unadvised: 0, advised: 0 };
    if (!observe && scorer && Math.max(unadvisedScore, advisedScore) < scorer.threshold) return;
    // Advice counts only when it names one of the options, not a phrase like "whichever you prefer".
    const adviceFor = adviceGiven(advice, options, language);
    const advised = namingOption(adviceFor, options);
    if (allOptions(options).length < 2 && !advised) return;
    const scored: ScoredTurn = { ...unadvised, advised };
    const { named, pointed } = read;
    // "She's going with X" is someone else's choice; "he came down to 4%. signed the renewal" is the
    // person's: what matters is who speaks where the option is named.
    if (someoneElse(leadUpTo(allSentences, named[0] ?? null), language)) return;
    // How the message speaks of each option is read only for a message that scores as a choice.
    const choices = () => choicesIn({ ...scored, named, pointed });
    if (observe)
      observe({
        index,
        features: advised ? asIfAdvised(read.features) : read.features,
        choices: choices(),
        ruled,
      });
    if (ruled !== null || !scorer) return;
    const score = advised ? advisedScore : unadvisedScore;
    if (score < scorer.threshold) return;
    const picked = bestChoice(choices(), scorer.picker.weights, scorer.picker.floor);
    const kept = picked && notTurnedDown(picked, turn.text, options, language);
    const pick = kept && writtenOut(byName(kept, options, language), allOptions(options), advice.text);
    if (!pick) return;
    if (alreadyFound(pick)) return;
    const alternatives = alternativesTo(pick, options, null).map((option) =>
      byName(option, options, language),
    );
    if (alternatives.length === 0) return;
    const shown = shownAlternatives(pick, alternatives);
    const said = asSaid(pick, turn.text, previousTurns());
    takenOptions.push(pick.toLowerCase());
    decisions.push({
      decision: {
        title: titleOf(said, shown, language),
        chosen: said,
        alternatives: shown,
        rationale: rationaleFor(pick, turn, advice),
        decidedAt: turn.createTime,
        // A learned guess is less sure than a rule's match.
        confidence: Math.round(Math.min(0.6, score * 0.6) * 100) / 100,
        messageIds: [advice.id, turn.id],
      },
      evidence: [
        // The picker took this option from this score: what the second opinion would find again.
        ...evidenceOf(pick, options, adviceFor, () => [scoredAt(score), 'picker-agrees']),
        'basis:scorer',
        score >= 0.95 ? 'score:0.95+' : score >= 0.85 ? 'score:0.85-0.95' : 'score:0.75-0.85',
      ],
    });
  });
  // How many decisions the conversation holds says something of each: a conversation of many "choices"
  // is more often one whose options are topics.
  const count = decisions.length;
  decisions.forEach(({ evidence }, index) => {
    evidence.push(`decisions:${Math.min(count, 3)}`, index === 0 ? 'first' : 'later');
  });
  return decisions;
}
