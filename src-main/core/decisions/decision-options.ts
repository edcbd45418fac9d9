// What a conversation put on the table to choose from (options asked about, listed, labelled or
// put in a table) and how a later text names one: whole, in part, or by pointing ("the second one").

import type { DecisionLanguage } from './languages/language-pack.js';
import {
  contains,
  linesAndSentences,
  sameWord,
  sentences,
  STOP_WORDS,
  stripMarkup,
} from './decision-text.js';

const LABEL = /^(?:option\s+|plan\s+)?([A-E1-9])\s*[.):–—-]\s+/i;
// The marks that open an item of a list: "1.", "2)", "-", "•", "a)", "B.".
const ITEM = String.raw`(?:\d+[.)]|[-*•]|[a-eA-E][.)])`;

/** What was put on the table; built by the functions below and never changed after. */
export interface Options {
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
  /**
   * Options an answer named only by a heading of their own ("### Gazelle Ultimate C380"): where the
   * person had named the options, a heading that names none of them is a section ("### Cash").
   */
  readonly titled: string[];
}

// A note in brackets that closes a name ("Gravel (traditioneel)", "Skye + NC500 (partial)").
const CLOSING_NOTE = /\s*\([^)]*\)\s*$/;

/** A name without the note in brackets that closes it; most names have none, and are not searched. */
function withoutClosingNote(name: string): string {
  return name.includes(')') ? name.replace(CLOSING_NOTE, '') : name;
}

function addListed(options: Options, raw: string): void {
  const text = stripMarkup(raw).replace(/[:.]$/, '');
  const label = LABEL.exec(text);
  const option = withoutClosingNote(label ? text.slice(label[0].length) : text).trim();
  if (!option || option.split(/\s+/).length > 8) return;
  if (!options.listed.includes(option)) options.listed.push(option);
  if (label) options.labelled.set((label[1] as string).toUpperCase(), option);
}

const BOLD_HEAD = new RegExp(String.raw`^\s*(?:${ITEM}\s+)?\*\*([^*\n]{1,80})\*\*`);
// Bold lines that comment on the options rather than name one ("**For your situation**", "**Why not
// the others**", "**Bottom line:**").
const COMMENTARY =
  /^(?:for|in|if|my|why|how|what|when|which|bottom line|overall|summary|verdict|recommendation|tip|tips|note|caveats?|pros|cons|suggestions?|questions?|conclusion|next steps?|considerations?|to consider|overview|at a glance|short answer|in short|voor|waarom|hoe|wat|mijn|advies|om over|overweging\w*|conclusie|samenvatting|vragen|let op|overzicht|kort gezegd)\b/i;
// Heads that are a section's name only when they are the whole head ("**Price:**", "### Costs"), not
// the start of a name ("Final Cut Pro", "Things 3").
const SECTION_HEAD =
  /^(?:final thoughts|things to (?:consider|know|check)|key (?:points|takeaways|differences)|quick (?:summary|take)|examples?|costs?|pricing|price|comparison|prijs|kosten|voorbeelden?)[:.]?$/i;

/** Whether a head comments on the options rather than names one. */
function isCommentary(head: string): boolean {
  return COMMENTARY.test(head) || SECTION_HEAD.test(head.trim());
}
const LIST_START = /^\s*(?:[-*•\d]|[a-eA-E][.):])/;
// An item's head (group 1) and the rest of its line (group 2), which says what the item is like.
const LIST_ITEM = new RegExp(String.raw`^\s*${ITEM}\s+(.{1,80}?)\s*(?:(?:[:–—]|\s-\s)(.*))?$`);

function emptyOptions(): Options {
  return { asked: [], listed: [], labelled: new Map(), ordered: [], details: new Map(), titled: [] };
}

/** The options one turn lays out; each turn is read once however many later turns look back at it. */
export function turnOptions(
  turn: { readonly role: string | null; readonly text: string },
  language: DecisionLanguage,
): Options {
  const options = emptyOptions();
  if (turn.role === 'user') readAskedOptions(turn.text, language, options);
  readListedOptions(turn.text, options);
  readTableOptions(turn.text, options);
  return options;
}

const COMPARING = /\b(?:between|tussen|considering|choose|kiezen|pick|compare|comparing|vergelijk\w*)\b/i;
// What follows the word that compares: the first option ("… choosing between X").
const AFTER_COMPARING = new RegExp(String.raw`${COMPARING.source}\s+(.+)$`, 'i');
const ARTICLE = /^(?:the|a|an|de|het|een)\s+/i;
const SHORT_ASK_WORDS = 12;
// "dyson v8 on sale for 249", "a 1-bed at €1,100/mo": the price an option is offered at describes it
// ("lunch at 1" is a time, not a price).
const PRICE_TAIL =
  /\s+(?:(?:on sale|reduced|discounted|in de aanbieding)\s+)?(?:(?:for|voor)\s+[£$€]?|(?:at|@)\s+[£$€])\s?\d[\d.,]*\S*(?:\s*(?:a|per|\/)\s*\w+)?\s*$/i;
// "Startup: 62k, remote" and "Hospital IT: 58k" lines, or "option one: Marcello's, ..." sentences:
// options put by name (group 1) or by number (the name in group 2), as people write them down.
const NAMED_LINE =
  /^(?:(?:option|optie|choice|keuze)\s+(?:\d|one|two|three|een|twee|drie|[a-c])\s*[:.)-]\s*([^,.;()]{2,80}?)\s*(?:[,.;(]|$)|(?!(?:option|optie|choice|keuze)\s)([\p{Lu}\d][^:,.;()]{0,40}?)\s*(?:\([^)]*\)\s*)?:\s+\S)/iu;
// Lines that open with a label of what is said, not of an option.
const NOT_A_NAME =
  /^(?:note|notes|update|edit|context|background|budget|question|ps|p\.s|tl;?dr|pros?|cons?|goal|problem|issue|situation|deadline|example|eg|e\.g|info|details|requirements?|constraints?|also|btw|fyi|my question|vraag|doel|opmerking)$/i;

/** Options a person writes down one per line or sentence, each opened by its name and a colon. */
function readNamedLines(text: string, options: Options): void {
  const names: string[] = [];
  for (const piece of linesAndSentences(text)) {
    const match = NAMED_LINE.exec(piece);
    // "option two: a picnic at the lake where we walk": a numbered option's first words name it.
    const numbered = match?.[1] ? match[1].split(/\s+/).slice(0, 5).join(' ') : null;
    const name = stripMarkup(numbered ?? match?.[2] ?? '')
      .replace(ARTICLE, '')
      .replace(/(?:\s+(?:where|which|that|who|with|at|in|on|for|of|to|and|die|dat|waar|met))+$/i, '');
    if (!name || name.split(/\s+/).length > 5 || NOT_A_NAME.test(name)) continue;
    if (!names.some((known) => known.toLowerCase() === name.toLowerCase())) names.push(name);
  }
  if (names.length >= 2 && names.length <= 6) options.asked.push(...names);
}

// "options: football, chess club, coding club", "looking at Victorinox (£45), Global G-2 (£110)": a
// list said in one sentence, after a word that says options follow.
const SAID_LIST =
  /\b(?:(?:options|choices|candidates|shortlist|quotes?|offers?|slots|dates|opties|keuzes?|offertes?|tijden)\b[^:.?!\n]{0,40}:|(?:looking at|considering|weighing|overweeg|keuze uit)\s)\s*([^.?!\n]+)/i;

/** What is in brackets describes; most texts have none, and looking for the bracket is quicker. */
const withoutBrackets = (text: string): string =>
  text.includes('(') ? text.replace(/\s*\([^)]*\)/g, '') : text;

/** The items of a list said in one sentence, each a name of a few words, or none if one is prose. */
function readSaidList(text: string, language: DecisionLanguage, options: Options): void {
  // What is in brackets describes an item ("Dave's Motors (independent, 4.8 stars) £185").
  const list = SAID_LIST.exec(withoutBrackets(text))?.[1];
  if (!list) return;
  const items = list
    .split(
      language.code === 'nl'
        ? /,\s*(?:en\s+|of\s+)?|\s+(?:en|of)\s+/i
        : /,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/i,
    )
    .map((item) =>
      stripMarkup(item)
        .replace(/\s*[£$€]\s?\d[\d.,]*\S*$|\s+\d[\d.,]*\s?(?:[£$€]|eur|euro|usd|gbp)$/i, '')
        .replace(ARTICLE, '')
        .trim(),
    )
    .filter(Boolean);
  if (items.length < 2 || items.length > 6 || items.some((item) => item.split(/\s+/).length > 4)) return;
  for (const item of items) if (!options.asked.includes(item)) options.asked.push(item);
}

// A price as people write one: "£48", "$1.10/box", "€89/maand", "68k", "1.800 euro".
const PRICE =
  /(?:[£$€]\s?\d[\d.,]*k?|\b\d[\d.,]*\s?(?:[£$€]|eur|euros?|usd|gbp|k\b))(?:\s*(?:\/|per\s|a\s|p\/?)\s*[\p{L}²]+)?|\b\d[\d.,]*\s?\/\s?(?:month|mo|maand|year|yr|jaar|week|night|nacht)\b/giu;
// What ends the words before a price that name what it is the price of.
const PRICED_CLAUSE_START = /^.*(?:[;(!?\n–—+]|[,:.](?!\d)|\s-\s|\b(?:or|and|of|en|vs\.?|versus)\s)/isu;
// "their pricing page has Starter": what a thing is offered by comes before a verb, its name after.
const OFFERED_BY =
  /^.*\b(?:has|have|had|offers?|offered|wants?|quoted|charges?|gives?|heeft|biedt|kost|vraagt)\s+/i;
// The words between a name and its price ("balcony seated is £62", "a luton van for £180").
const PRICE_LEAD =
  /(?:\s+(?:is|are|was|at|for|worth|costs?(?: me| us)?|has|have|had|said|says|valued|quoted|offered|offers|wants|asks|voor|kost|kosten|is nu|about|around|roughly|ca\.?|~|for like|like|only|just|@))+\s*$|[\s(~–—:-]+$/iu;
// "a yogastudio om de hoek", "an Airbnb in De Pijp": where a thing is, or what with, describes it.
const DESCRIBING: Record<string, RegExp> = {
  en: /^(?:in|on|at|near|by|with|for)$/i,
  nl: /^(?:in|om|aan|op|bij|met|voor)$/i,
};
// Words that lead into a name rather than belong to it.
const LEADING = /^(?:just|maybe|or|of|the|a|an|we|i|my|our|rent|buy|get|to|naar|een|de|het|mijn|onze)$/i;
const NOT_AN_OPTION = /^(?:from|was|were|up|down|total|budget|saving|savings|rent|fee|fees|deposit|price)$/i;

/**
 * "standing floor is £48, balcony seated is £62", "Porto white gloss (£24/m²), Ravenna matte
 * porcelain (£38/m²)": things offered at a price each, the few words before each price naming it.
 * Only a price that opens its clause names something: "£1,350 (from £1,300)" is one offer.
 */
function readPricedOptions(text: string, language: DecisionLanguage, options: Options): void {
  const describing = DESCRIBING[language.code] ?? (DESCRIBING['en'] as RegExp);
  const names: string[] = [];
  let clauseEnd = 0;
  // A bracket that opens with words describes the price before it ("$65 promo (goes to $95 …)",
  // "£1,350 (from £1,300)"); one that opens with a price gives the price of what precedes it.
  const offers = text.includes('(') ? text.replace(/\s*\((?![£$€\d])[^)]*\)/g, '') : text;
  for (const match of offers.matchAll(PRICE)) {
    const before = offers.slice(clauseEnd, match.index);
    clauseEnd = match.index + match[0].length;
    const clause = before.replace(PRICE_LEAD, '').replace(PRICED_CLAUSE_START, '').replace(OFFERED_BY, '');
    const said = clause.trim().split(/\s+/).filter(Boolean);
    // The name ends where words begin to say where the thing is or what it comes with.
    const described = said.findIndex((word, index) => index > 0 && describing.test(word));
    const words = described > 0 ? said.slice(0, described) : said;
    const name = stripMarkup(words.slice(-5).join(' '))
      .split(/\s+/)
      .filter(
        (word, index, all) =>
          !all.slice(0, index + 1).every((lead) => LEADING.test(lead) || describing.test(lead)),
      )
      .join(' ')
      // "over te stappen naar een yogastudio": what one moves to is the name.
      .replace(/^.*\s(?:to|naar)\s+(?:(?:a|an|the|een|de|het)\s+)?/i, '')
      .replace(/^[^\p{L}\p{N}]+/u, '');
    // "pea & mint soup / pan-roasted salmon": courses of one offer, not a name.
    if (name.includes(' / ')) continue;
    // A name has letters, or is a time ("06:10 (£38) or 07:40 (£79)").
    if (
      !/\p{L}|^\d{1,2}[:.]\d{2}$/u.test(name) ||
      NOT_AN_OPTION.test(name) ||
      STOP_WORDS.has(name.toLowerCase())
    )
      continue;
    if (!names.some((known) => known.toLowerCase() === name.toLowerCase())) names.push(name);
  }
  if (names.length >= 2 && names.length <= 6)
    for (const name of names) if (!options.asked.includes(name)) options.asked.push(name);
}

// Most turns hold no price and no label: one cheap look spares them the full patterns.
const MAY_PRICE = /[£$€]|\d\s?(?:k\b|eur|usd|gbp|\/)/i;
const MAY_LABEL = /(?:^|\s)(?:#[1-9]|[A-E1-9][).:]|[A-E1-9]\s[–—-])\s/;
// A label in running text: "A)", "#2", "Concept B –", "option 3:".
const INLINE_LABEL =
  /(?:^|(?<=[\s(]))(?:(option|optie|concept|plan|menu|design|ontwerp|quote|offerte)\s+)?(#?)([A-E]|[1-9])(?:[).:]\s+|\s[–—-]\s+|(?<=#[1-9])\s+)/gi;
// Words that carry a sentence on rather than open a name.
const SENTENCE_GOES_ON = /^(?:is|are|was|were|am|has|have|had|and|or|but|to|of|it|is|zijn|was|heeft|en|of)$/i;
// Where the name of a labelled option ends and what describes it begins.
const NAME_END = /\s[–—-]\s|[–—:,;/(]|\.\s/;

/**
 * "A) pea & mint soup / salmon … B) …", "#1 slab handleless – sleek #2 fluted – …", "Concept A –
 * hand-lettered wordmark … Concept B – …": options labelled one after another in running text, each
 * named by its first words, or by its label where a word names what it is ("Concept A").
 */
function readInlineLabels(text: string, options: Options): void {
  // The labels count from the first on ("A", "B", "C" or "1", "2", "3"), each written alike.
  const run: { key: string; kind: string; start: number; end: number }[] = [];
  for (const label of text.matchAll(INLINE_LABEL)) {
    const key = (label[3] as string).toUpperCase();
    const kind = `${(label[1] ?? '').toLowerCase()}${label[2] ?? ''}`;
    const last = run.at(-1);
    const opens = key === 'A' || key === '1';
    const next =
      last !== undefined && key.charCodeAt(0) === last.key.charCodeAt(0) + 1 && kind === run[0]?.kind;
    const found = { key, kind, start: label.index, end: label.index + label[0].length };
    if (next || (run.length === 0 && opens)) run.push(found);
    else if (run.length < 2 && opens) run.splice(0, run.length, found);
  }
  if (run.length < 2) return;
  const items = run.map((label, index) =>
    stripMarkup(text.slice(label.end, run[index + 1]?.start ?? text.length)),
  );
  // "1. is 5 and 2. is 7": numbers in a sentence, not labels of what follows them.
  const firstWords = items.map((item) => item.split(/\s+/)[0]?.toLowerCase() ?? '');
  if (firstWords.some((word) => STOP_WORDS.has(word) || SENTENCE_GOES_ON.test(word))) return;
  run.forEach(({ key, kind }, index) => {
    const item = items[index] as string;
    const word = kind.replace('#', '');
    // "Concept A" where a word says what each is; else the item's first words.
    const name = word
      ? `${word.charAt(0).toUpperCase()}${word.slice(1)} ${key}`
      : (item.split(NAME_END)[0] ?? '').trim().split(/\s+/).slice(0, 5).join(' ');
    if (!name || options.asked.includes(name)) return;
    options.asked.push(name);
    options.ordered.push(name);
    options.labelled.set(key, name);
    options.details.set(name, item);
  });
}

/** "postgres, mysql or mongo?", "we're choosing between X and Y": options the person puts in words. */
function readAskedOptions(text: string, language: DecisionLanguage, options: Options): void {
  readNamedLines(text, options);
  readSaidList(text, language, options);
  // A turn that asks something lays its options out in any of its sentences ("soul red, machine
  // grey or deep blue. which hides dirt?"), not only in the question itself.
  const asks =
    text.includes('?') ||
    /\b(?:which|what|should|help|ideas|options|thoughts|torn|deciding|considering|looking at|give me|tell me|advise|recommend|suggest|welke|wat|twijfel)\b/i.test(
      text,
    );
  const joined = language.code === 'nl' ? /\s(?:of|vs\.?|versus)\s/i : /\s(?:or|vs\.?|versus)\s/i;
  for (const sentence of sentences(text)) {
    const comparing = COMPARING.test(sentence);
    // "oat almond or soy", "new corolla hybrid or a 3yo golf with 40k km": a short "A or B" asks by
    // itself.
    const short = () => sentence.split(/\s+/).length <= SHORT_ASK_WORDS;
    // "comes in black, red, or that dusty blue": a series closed by "or" lays options out by itself.
    // The series pattern backtracks on long sentences; most have no "or" after a comma at all.
    const joins = joined.test(sentence);
    const series =
      joins && sentence.length <= 300 && sentence.includes(',') && language.series.test(sentence);
    if (!/[?]$/.test(sentence) && !comparing && !series && !(joins && (asks || short()))) continue;
    if (series && !asks && !comparing) {
      readSeries(sentence, language, options);
      continue;
    }
    // "going back and forth between X and Y": the options follow the word that compares.
    const from = comparing ? sentence.search(COMPARING) : 0;
    const parts = sentence
      .slice(Math.max(0, from))
      .replace(/[?]$/, '')
      // "lisbon (alfama, 1350/mo) or porto (boavista, 1100/mo)": what is in brackets describes.
      .replace(/\s*\([^)]*\)/g, '')
      .split(language.or)
      .flatMap((part) => part.split(comparing ? /\s+(?:and|en)\s+/ : /\s+and\s+(?=[A-Z])/));
    if (parts.length < 2) continue;
    parts.forEach((part, index) => {
      const words = stripMarkup(part.replace(PRICE_TAIL, '')).split(/\s+/).filter(Boolean);
      // The first option ends the question's opening words ("… choosing between X"); later ones
      // start their part.
      const opened = AFTER_COMPARING.exec(words.join(' '))?.[1];
      const option =
        index === 0
          ? opened
            ? opened.split(/\s+/).slice(0, 5).join(' ')
            : words.slice(words.length <= 3 ? 0 : -2).join(' ')
          : words.slice(0, 4).join(' ');
      const plain = option
        // "Trains: 7:40 arrives 9:12": a label ends in a colon and a space; a time has none.
        .replace(/^.*:\s+/, '')
        .replace(/[.!,;:]+$/, '')
        .replace(/^(?:just|maybe|or|of|the)\s+/i, '')
        // "5 yr fix at 4.05%" cut after four words: a name does not end in a word that leads on.
        .replace(/(?:\s+(?:at|for|with|from|in|on|to|of|and|or|voor|met|van|op|bij|en|of))+$/i, '');
      if (plain) options.asked.push(plain);
    });
  }
  // Offers labelled in running text, or put by price alone ("PrintCo $1.10/box … Packly $1.45/box"),
  // when nothing else was asked.
  if (options.asked.length === 0 && MAY_LABEL.test(text)) readInlineLabels(text, options);
  if (options.asked.length === 0 && MAY_PRICE.test(text)) readPricedOptions(text, language, options);
}

/**
 * "buying the torrentshell, comes in black, red, or that dusty blue": the items of a series, each
 * without the words that lead into it; an item too long to be a name ends the series.
 */
function readSeries(sentence: string, language: DecisionLanguage, options: Options): void {
  const items: string[] = [];
  for (const part of sentence
    .replace(/\s*\([^)]*\)/g, '')
    .split(language.or)
    .reverse()) {
    const plain = stripMarkup(part);
    const item = plain
      .replace(language.seriesLead, '')
      .replace(/^(?:just|maybe|that|the|a|an|de|het|een)\s+/i, '')
      .replace(/[.!,;:]+$/, '')
      .trim();
    if (!item || item.split(/\s+/).length > 4) break;
    items.unshift(item);
    // "comes in black": the words that lead into the series mark its first item.
    if (language.seriesLead.test(plain)) break;
  }
  if (items.length >= 2) options.asked.push(...items);
}

// A lead-in to what explains a problem rather than what to choose from.
const EXPLAINING_LEAD =
  /\b(?:causes?|culprits?|suspects?|reasons? (?:why|for|it)|why (?:this|it) happens|things to check|oorzaken|oorzaak)\b/i;
// A Markdown heading whose text opens with an option's label ("A.", "2)", "Option B:"): its text.
const LABELLED_HEADING = /^#{1,6}\s+((?:(?:option|optie|plan)\s+)?(?:[A-E]|[1-9])[.):]\s.*)$/i;
// "A: 5GB €12" lines: options put by letter, as people paste them.
const LETTERED_LINE = /^[ \t]*([A-E])[ \t]*:[ \t]+(.{1,60})$/;

// What follows a bold label on its line, up to where a description starts.
const NAME_AFTER_BOLD = /^\s*([^–—:(,.\n][^–—:(,\n]{0,60}?)\s*(?:$|\s[–—-]\s|[–—:(,]|\.\s)/;
// A head that says what an option is best at, not which it is.
const BEST_AT =
  /^(?:best|lowest|highest|biggest|cheapest|fastest|simplest|easiest|safest|most|least|greatest|budget pick|top pick|premium pick|runner-up|beste|meeste|minste|(?:laag|goedkoop|snel|eenvoudig|simpel|veilig|groot)ste?)\b/i;

/** Words that name the items of a list, said before an item's number or letter ("topic 2", "quote B"). */
export const LIST_WORD = String.raw`(?:option|optie|plan|idea|idee|topic|onderwerp|choice|keuze|number|nummer|route|quote|offerte|offer|package|pakket|tier|version|versie|proposal|voorstel|design|concept|variant)`;
// An item pointed at by its list's word and number ("idea 2", "option B", "#3").
const POINTS_BACK = new RegExp(String.raw`^(?:${LIST_WORD}\s+|#)(?:[1-9]|[A-E])$`, 'i');
// A heading's label, said with the word for what the answer lays out ("Itinerary 3:", "Route B –").
const HEADING_LABEL = new RegExp(
  String.raw`^(?:(?:${LIST_WORD}|itinerary|scenario|approach|strategy|path|setup|build|aanpak|reisroute)\s+)?([A-E]|[1-9])\s*[.):–—-]\s+`,
  'i',
);

/** Gives an option the name the answer writes under its head, wherever the head's words were kept; the name it ends with. */
function renameOption(options: Options, from: string, to: string): string {
  if (!to || to.split(/\s+/).length > 8 || LIST_START.test(to)) return from;
  const swap = (list: string[]) => list.forEach((item, index) => item === from && (list[index] = to));
  swap(options.ordered);
  options.listed.forEach((item, index) => {
    if (stripMarkup(item).replace(LABEL, '').replace(/[:.]$/, '') === from) options.listed[index] = to;
  });
  for (const [label, option] of options.labelled) if (option === from) options.labelled.set(label, to);
  const detail = options.details.get(from);
  options.details.delete(from);
  options.details.set(to, `${detail ?? ''}\n${to}`);
  return to;
}

/** The option a Markdown heading names, with its label ("### Itinerary 3: Skye + NC500"); null for a section's name. */
function headingOption(written: string): { name: string; label: string | null; line: string } | null {
  let start = 0;
  while (written.charCodeAt(start) === 35) start += 1;
  const heading = written.slice(start).trim();
  // Most headings of long answers are sections of many words: counted before anything else.
  if (heading.split(' ', 10).length > 9) return null;
  const text = stripMarkup(heading).replace(/[:.#]+$/, '');
  const label = HEADING_LABEL.exec(text);
  const name = withoutClosingNote(
    (label ? text.slice(label[0].length) : text).replace(/^[^\p{L}\p{N}]+/u, ''),
  ).trim();
  const words = name.split(' ');
  // A heading that reads as a sentence ("There are 8 ways in the sample") names a section, not an option.
  let stopWords = 0;
  for (const word of words) if (STOP_WORDS.has(word.toLowerCase())) stopWords += 1;
  if (!name || words.length > 6 || stopWords >= 2 || /[.!?]$/.test(name)) return null;
  if (isCommentary(name) || (!label && isCommentary(text))) return null;
  return { name, label: label ? (label[1] as string).toUpperCase() : null, line: written };
}

/** A line that is a name alone ("**Odido Glasvezel 500**"), or null. */
function nameOnLine(written: string): string | null {
  const name = stripMarkup(written).replace(/[:.]$/, '').trim();
  return name && name.split(/\s+/).length <= 8 && !LIST_ITEM.test(written) && !isCommentary(name)
    ? name
    : null;
}

/** Bold heads of lines and list items: the options an answer lays out, in order. */
function readListedOptions(text: string, options: Options): void {
  // Options are what is laid out as options: bold heads of lines, list items, table columns; a bold
  // word inside a sentence is emphasis, not an option.
  // Items under a bold heading ("**Wire crate**" then "- folds flat"), or indented under an item,
  // describe it; they are not options of their own.
  let parent = null as { option: string; indent: number; heading: boolean; titled?: boolean } | null;
  // Under "Likely causes:" the items explain a problem; none is an option, until the next lead-in.
  let explaining = false;
  // "**Option 1: Lowest upfront cost**" then "Loft insulation top-up": a head that says what an
  // option is best at leaves its name to the line under it.
  let namedBelow: string | null = null;
  // Whether the line before was an option's heading.
  let headingAbove = false;
  // "### Gazelle Ultimate C380": a heading names an option once something is written under it (a
  // heading right above another heading names a section).
  let titled: { name: string; label: string | null; line: string } | null = null;
  // Lines inside a fenced code block are code ("# install deps", "- name: build"), never options.
  let inCode = false;
  let guide = false;
  for (const written of text.split('\n')) {
    if (FENCE.test(written)) inCode = !inCode;
    if (inCode) continue;
    const blank = !/\S/.test(written);
    if (titled !== null && !blank) {
      // "### Optie 1: Goedkoopst" then "**Odido Glasvezel 500**": a heading that says what an option
      // is best at leaves its name to the line under it.
      // "### Optie 2: Tandarts afgedekt" then "**TandFit 250**": a line in bold alone names it too.
      const below = BEST_AT.test(titled.name) || /^\s*\*\*[^*]+\*\*\s*$/.test(written);
      const name = guide && !titled.label ? null : below ? nameOnLine(written) : titled.name;
      const { label, line: headingLine } = titled;
      titled = null;
      if (!written.startsWith('#') && name) {
        addListed(options, label ? `${label}) ${name}` : name);
        if (!label) options.titled.push(name);
        // A guide's many headings are sections: past the seventh none is read (all are dropped below).
        if (options.titled.length > 6) guide = true;
        options.ordered.push(name);
        options.details.set(name, headingLine);
        parent = { option: name, indent: 0, heading: true, titled: true };
        headingAbove = true;
        // The line that named it is read: the lines after it describe it.
        if (below) continue;
      }
    }
    const underHeading = headingAbove;
    headingAbove = false;
    // "### B. **7800X3D build** – ~€1,480": a heading that labels an option lays it out as an item
    // does, and what follows it describes it.
    const labelledHeading = written.startsWith('#') ? LABELLED_HEADING.exec(written) : null;
    const line = labelledHeading ? (labelledHeading[1] as string) : written;
    // Most lines are prose: one cheap look at how a line starts spares them the list patterns.
    const listLike = LIST_START.test(line);
    if (!listLike) {
      if (!blank && namedBelow !== null && parent !== null) {
        // The line names the option; the items under it still describe it.
        const name = renameOption(options, namedBelow, stripMarkup(line).replace(/[:.]$/, '').trim());
        parent = { ...parent, option: name };
        namedBelow = null;
        continue;
      }
      if (!blank) {
        // A line that leads into a list ends with a colon (a pattern anchored at the end would try every
        // place of every line of prose).
        const leadsIn = line.trimEnd().endsWith(':');
        // "**1. Lakeside Lodge**" then "Exclusive-use lodge with a lake view": a line of prose right under
        // an option's heading describes it, and the items after it still do.
        if (underHeading && parent !== null && !leadsIn && !written.startsWith('#')) {
          options.details.set(parent.option, `${options.details.get(parent.option) ?? ''}\n${line}`);
          continue;
        }
        parent = null;
        if (leadsIn || written.startsWith('#')) explaining = EXPLAINING_LEAD.test(line);
        if (!explaining && written.startsWith('#')) titled = headingOption(written);
        const lettered = LETTERED_LINE.exec(line);
        if (lettered) addListed(options, `${lettered[1]}) ${lettered[2]}`);
      }
      continue;
    }
    if (explaining) continue;
    const bold = BOLD_HEAD.exec(line);
    const item = LIST_ITEM.exec(line);
    // "**Mijn advies:** de Cortina": a bold line of its own closes the section a heading opened.
    if (parent?.titled && bold && !item) parent = null;
    const indent = /^\s*/.exec(line)?.[0].length ?? 0;
    // Under a heading, "- **Automatic OpenAPI docs** at /docs" stresses words of a description; only
    // a bold head of its own ("- **Flowly**: €72k") names an option of its own.
    const stressed =
      bold !== null &&
      parent?.titled === true &&
      !/:\s*$/.test(bold[1] as string) &&
      !/^\s*(?:[:–—]|-\s|$)/.test(line.slice(bold[0].length));
    const describes =
      parent !== null &&
      labelledHeading === null &&
      (indent > parent.indent || (parent.heading && (!bold || stressed)));
    let head: string | undefined;
    let plainHead = '';
    if (parent !== null && describes) {
      options.details.set(parent.option, `${options.details.get(parent.option) ?? ''}\n${line}`);
    } else if ((head = (bold ?? item)?.[1]) !== undefined && !isCommentary((plainHead = stripMarkup(head)))) {
      // "**Best value:** Joie Litetrax – sturdy": the bold says what it is best at, the rest names it.
      const named =
        bold && /:\s*$/.test(plainHead) && BEST_AT.test(plainHead)
          ? NAME_AFTER_BOLD.exec(line.slice(bold[0].length))
          : null;
      // "**Most impressive demo:** idea 2": a verdict that points back at an item is no option.
      if (named && POINTS_BACK.test(named[1] as string)) continue;
      if (named) head = named[1] as string;
      const marker = /^\s*([a-eA-E])[.)]/.exec(line);
      addListed(options, marker ? `${marker[1]}) ${head}` : head);
      const option = stripMarkup(head)
        .replace(LABEL, '')
        .replace(/[:.]$/, '')
        .replace(CLOSING_NOTE, '')
        // "Flat in Südvorstadt, 3rd floor, €780": the name ends where the figures begin.
        .replace(/,\s[^,]*\d.*$/, '');
      options.ordered.push(option);
      options.details.set(option, line);
      parent = { option, indent, heading: labelledHeading !== null || (bold !== null && item === null) };
      namedBelow = parent.heading && !named && BEST_AT.test(option) ? option : null;
      headingAbove = parent.heading;
    } else {
      const lettered = LETTERED_LINE.exec(line);
      if (lettered) addListed(options, `${lettered[1]}) ${lettered[2]}`);
    }
  }
  // Options are laid out two to six at a time: a heading that stands alone, or one of a guide's many,
  // names a section.
  if (options.titled.length === 1 || options.titled.length > 6)
    for (const title of [...options.titled]) dropOption(options, title);
}

/** Takes back an option read too early, wherever it was put. */
function dropOption(options: Options, option: string): void {
  for (const list of [options.listed, options.ordered, options.titled]) {
    const at = list.indexOf(option);
    if (at >= 0) list.splice(at, 1);
  }
  options.details.delete(option);
}

/** A table's columns (a comparison) or rows (a table of options, one per row). */
function readTableOptions(text: string, options: Options): void {
  const header = text.includes('|') ? /^[ \t]*\|(.+)\|[ \t]*\n[ \t]*\|[ \t:|-]+\|[ \t]*$/m.exec(text) : null;
  const cells = header?.[1]?.split('|').map((cell) => stripMarkup(cell)) ?? [];
  // A comparison table's columns are options; so are the rows of a table that lists one per row
  // ("the 2nd from the table" counts rows), unless its first column names what is compared.
  // A first column of labels ("Option | Model | …", then "B | Lenovo IdeaPad …") names each row's
  // option in the second; its header names no option.
  const labelled = /^(?:options?|#|no\.?|nr\.?|choice|optie)$/i.test(cells[0] ?? '');
  const comparing =
    cells[0] === '' ||
    /^(?:feature|criteri\w*|aspect|factor|category|kenmerk|eigenschap|dimension|spec\w*|attribute|metric|parameter)s?$/i.test(
      cells[0] ?? '',
    );
  // Only a comparison's columns are options; over a table of options, one per row, the header names
  // what each row says of its option ("Periode | Rente | Bruto maandlast").
  if (comparing) for (const cell of cells) if (cell) addListed(options, cell);
  if (header && !comparing) {
    // A table of options, one per row: "the 2nd from the table" counts rows.
    const rows = text
      .slice(header.index + header[0].length)
      .split('\n')
      .slice(1);
    for (const row of rows) {
      const cellsOfRow = /^\s*\|(.+)\|\s*$/.exec(row)?.[1]?.split('|');
      if (cellsOfRow === undefined) break;
      const label = stripMarkup(cellsOfRow[0] ?? '');
      // "| 2. Receipt scanner | …": a row may carry its label in front of its name.
      const written = stripMarkup((labelled ? cellsOfRow[1] : cellsOfRow[0]) ?? '');
      const ownLabel = labelled ? null : LABEL.exec(written);
      const option = ownLabel ? written.slice(ownLabel[0].length) : written;
      if (!option || option.split(/\s+/).length > 8) continue;
      addListed(
        options,
        labelled && /^[A-E1-9]$/i.test(label)
          ? `${label}) ${option}`
          : ownLabel
            ? `${ownLabel[1] as string}) ${option}`
            : option,
      );
      options.ordered.push(option);
      options.details.set(option, row);
    }
  }
}

/** The options on the table but those given: what is left once some are turned down. */
export function optionsBut(options: Options, but: readonly string[]): Options {
  const keep = (option: string) => !but.includes(option);
  return {
    asked: options.asked.filter(keep),
    listed: options.listed.filter(keep),
    labelled: new Map([...options.labelled].filter(([, option]) => keep(option))),
    ordered: options.ordered.filter(keep),
    details: new Map([...options.details].filter(([option]) => keep(option))),
    titled: options.titled.filter(keep),
  };
}

/** The options of several turns together; a later list replaces an earlier one for "the second one". */
export function mergedOptions(parts: readonly Options[]): Options {
  const options = emptyOptions();
  for (const whole of parts) {
    // An answer's headings name options only where one of them names an option the person had put;
    // otherwise they are its sections ("### Ingredients", "### Budget", "### Cash").
    const named = (title: string) => options.asked.some((asked) => overlaps(asked, title));
    const sections = whole.titled.length > 0 && !whole.titled.some(named) ? whole.titled : [];
    const part = sections.length > 0 ? optionsBut(whole, sections) : whole;
    for (const option of part.asked) options.asked.push(option);
    for (const option of part.titled) options.titled.push(option);
    for (const option of part.listed) if (!options.listed.includes(option)) options.listed.push(option);
    for (const [label, option] of part.labelled) options.labelled.set(label, option);
    if (part.ordered.length > 0) options.ordered.splice(0, options.ordered.length, ...part.ordered);
    for (const [item, line] of part.details) options.details.set(item, line);
  }
  return options;
}

// A line that opens or closes a fenced code block: the marks alone, with the code's language.
const FENCE = /^\s*(?:```|~~~)[\w+#.-]*\s*$/;

/** Whether one names the other in part: a word of four letters or more in common ("Psychologie (Leiden)"). */
function overlaps(a: string, b: string): boolean {
  const words = keyWords(a);
  return (
    contains(a, b) ||
    contains(b, a) ||
    keyWords(b).some((word) => words.some((other) => sameWord(word, other)))
  );
}

export function allOptions(options: Options): string[] {
  return [...options.asked, ...options.listed];
}

/** The options named in a piece of text, overlapping names counted once (the longest kept). */
export function optionsNamed(text: string, options: Options): string[] {
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
  new old big small free paid full part per day week month year night room different other another same`.split(
    /\s+/,
  ),
);

/** An option's words that tell it apart: "Pixel 8 Pro" by "pixel", "a lakefront cabin" by "cabin". */
export function keyWords(option: string): string[] {
  // Two capitals name a brand as well as longer words do ("LG", "HP"); so does a number ("16 inch"
  // or "20 inch").
  return option
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 3 || /^\p{Lu}[\p{Lu}\p{N}]$|^\d\d$/u.test(word))
    .map((word) => word.toLowerCase())
    .filter((word) => !GENERIC_WORDS.has(word) && !STOP_WORDS.has(word));
}

// Options are read once per turn and then asked about many times: which options own each telling
// word is worked out once for each.
const owners = new WeakMap<Options, Map<string, Set<string>>>();

/** Each telling word of the options, and the options it belongs to. */
function ownersOfWords(options: Options): Map<string, Set<string>> {
  let byWord = owners.get(options);
  if (byWord) return byWord;
  byWord = new Map();
  // The same option asked in lower case and listed in bold is one option.
  const distinct = new Map(allOptions(options).map((option) => [option.toLowerCase(), option]));
  for (const option of distinct.values()) {
    for (const word of keyWords(option)) byWord.set(word, (byWord.get(word) ?? new Set()).add(option));
  }
  owners.set(options, byWord);
  return byWord;
}

/**
 * People name an option by part of it ("the pixel", "the lake cabin"): an option counts as named
 * when its telling words are the only ones said (in some form); when words of two options are said,
 * none is.
 */
export function optionsNamedInPart(text: string, options: Options): string[] {
  const owners = ownersOfWords(options);
  const said = text.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  // Each option scores the telling words of its own that were said; the best-scoring ones are named.
  const scores = new Map<string, number>();
  for (const [word, owning] of owners) {
    if (!said.some((other) => sameWord(other, word))) continue;
    for (const option of owning) scores.set(option, (scores.get(option) ?? 0) + 1);
  }
  const best = Math.max(0, ...scores.values());
  const top = [...scores].filter(([, score]) => score === best && best > 0).map(([option]) => option);
  // The person's question is parsed roughly; on a tie, the options the answer laid out are the names.
  const listedTop = top.filter((option) => options.listed.includes(option));
  const named = listedTop.length > 0 ? listedTop : top;
  // "lisbon" asked and "Lisbon – Alfama (€1,350/month)" listed are one option told twice: a name
  // whose telling words all appear in a longer one stands for it.
  const words = new Map(named.map((option) => [option, keyWords(option)]));
  const kept = named.filter(
    (option) =>
      !named.some(
        (other) =>
          other.length < option.length &&
          (words.get(other) ?? []).every((word) => (words.get(option) ?? []).includes(word)),
      ),
  );
  return kept.length === 1 ? kept : [];
}

/** "B", "option 2", "#3", "the second one": the option of the latest list it points at. */
export function referencedOption(
  phrase: string,
  options: Options,
  language: DecisionLanguage,
): string | null {
  const letter = /^(?:(?:option|do|go with|optie)\s+)?([A-E])(?:[,.!\s]|$)/i.exec(phrase.trim());
  if (letter) return options.labelled.get((letter[1] as string).toUpperCase()) ?? null;
  const number = /(?:#|option\s*|optie\s*|number\s*)(\d)\b/i.exec(phrase);
  const ordinal = language.ordinal.exec(phrase);
  const pointer = number?.[1] ?? ordinal?.[2] ?? ordinal?.[1] ?? ordinal?.[3];
  if (pointer) return optionAt(pointer, options, language);
  // "going for A", "going w the 4th", "de middelste": pointers without "one" or "option" after them,
  // read only when none of the above is.
  const picked = language.letterPick.exec(phrase)?.[1];
  if (picked) return options.labelled.get(picked) ?? null;
  return optionAt(language.placeInList.exec(phrase)?.[1] ?? '', options, language);
}

/** The place in the latest list one pointer word names ("2", "second", "last", "middle"); 0 for none. */
export function pointerPosition(pointer: string, options: Options, language: DecisionLanguage): number {
  const word = pointer.toLowerCase();
  const count = options.ordered.length;
  if (/^\d$/.test(word)) return Number(word);
  // A list of one has no last or middle one to point at.
  if (word === 'last' || word === 'laatste') return count >= 2 ? count : 0;
  if (word === 'middle' || word === 'middelste') return count >= 3 && count % 2 === 1 ? (count + 1) / 2 : 0;
  return language.ordinals[word] ?? 0;
}

/** The option one pointer word names: a letter of a lettered list ("b") or a place in the latest list. */
export function optionAt(pointer: string, options: Options, language: DecisionLanguage): string | null {
  if (/^[a-e]$/i.test(pointer)) return options.labelled.get(pointer.toUpperCase()) ?? null;
  const position = pointerPosition(pointer, options, language);
  if (position < 1) return null;
  return options.ordered[position - 1] ?? options.labelled.get(String(position)) ?? null;
}
