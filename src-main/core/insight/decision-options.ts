// What a conversation put on the table to choose from (options asked about, listed, labelled or
// put in a table) and how a later text names one: whole, in part, or by pointing ("the second one").

import type { DecisionLanguage } from './decision-language.js';
import { contains, sameWord, sentences, STOP_WORDS, stripMarkup } from './decision-text.js';

const LABEL = /^(?:option\s+|plan\s+)?([A-E1-9])\s*[.):–—-]\s+/i;
// The marks that open an item of a list: "1.", "2)", "-", "•", "a)", "B.".
const ITEM = String.raw`(?:\d+[.)]|[-*•]|[a-eA-E][.)])`;

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
const LIST_START = /^\s*(?:[-*•\d]|[a-eA-E][.):])/;
const LIST_ITEM = new RegExp(String.raw`^\s*${ITEM}\s+(.{1,80}?)\s*(?:(?:[:–—]|\s-\s)(.*))?$`);

function emptyOptions(): Options {
  return { asked: [], listed: [], labelled: new Map(), ordered: [], details: new Map() };
}

/** The options one turn lays out; each turn is read once however many later turns look back at it. */
export function turnOptions(
  turn: { readonly role: string | null; readonly text: string },
  language: DecisionLanguage,
): Options {
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
    // Items under a bold heading ("**Wire crate**" then "- folds flat"), or indented under an item,
    // describe it; they are not options of their own.
    let parent: { option: string; indent: number; heading: boolean } | null = null;
    for (const line of turn.text.split('\n')) {
      // Most lines are prose: one cheap look at how a line starts spares them the list patterns.
      const listLike = LIST_START.test(line);
      const bold = listLike ? BOLD_HEAD.exec(line) : null;
      const item = listLike ? LIST_ITEM.exec(line) : null;
      const indent = /^\s*/.exec(line)?.[0].length ?? 0;
      const describes = parent !== null && (indent > parent.indent || (parent.heading && !bold));
      if ((bold || item) && parent !== null && describes) {
        options.details.set(parent.option, `${options.details.get(parent.option) ?? ''}\n${line}`);
      } else if (bold || item) {
        const head = (bold ?? item)?.[1] as string;
        const marker = /^\s*([a-eA-E])[.)]/.exec(line);
        addListed(options, marker ? `${marker[1]}) ${head}` : head);
        const option = stripMarkup(head).replace(LABEL, '').replace(/[:.]$/, '');
        ordered.push(option);
        options.details.set(option, line);
        parent = { option, indent, heading: bold !== null && item === null };
      } else if (line.trim() !== '') {
        parent = null;
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
export function mergedOptions(parts: readonly Options[]): Options {
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
  new old big small free paid full part per day week month year night room`.split(/\s+/),
);

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
export function optionsNamedInPart(text: string, options: Options): string[] {
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
export function referencedOption(
  phrase: string,
  options: Options,
  language: DecisionLanguage,
): string | null {
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
