// Builds the snippet shown for a search hit: the stretch of a message where the query's words sit
// closest together, each match marked. Done here rather than by FTS5's snippet(), which re-runs the
// whole query for every hit and took most of a search's time for prefix queries on a large archive.

import { SNIPPET_MARK_END, SNIPPET_MARK_START } from '../../../src-shared/model/search.js';
import { tokenMatcher, type Term } from './fts-query.js';

// The same token rule as the query and FTS5's unicode61 tokenizer.
const TOKEN = tokenMatcher();
// Past this many characters a message is not scanned further; its start is shown instead.
const SCAN_LIMIT = 1_000_000;

interface Token {
  readonly start: number;
  readonly end: number;
  readonly folded: string;
}

/** Case and diacritics folded away, as `unicode61 remove_diacritics 2` indexes them. */
export function foldToken(token: string): string {
  return token.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    if (match.index > SCAN_LIMIT) break;
    tokens.push({ start: match.index, end: match.index + match[0].length, folded: foldToken(match[0]) });
  }
  return tokens;
}

function tokenMatches(token: Token, wanted: string, prefix: boolean): boolean {
  return prefix ? token.folded.startsWith(wanted) : token.folded === wanted;
}

/** For each token, the index of the term it is part of a match of, or -1. */
function matchedTokens(tokens: readonly Token[], terms: readonly Term[]): Int32Array {
  const marks = new Int32Array(tokens.length).fill(-1);
  const folded = terms.map((term) => term.tokens.map(foldToken));
  folded.forEach((words, termIndex) => {
    const prefix = terms[termIndex]?.prefix ?? false;
    for (let i = 0; i + words.length <= tokens.length; i++) {
      let all = true;
      for (let k = 0; k < words.length && all; k++) {
        all = tokenMatches(tokens[i + k] as Token, words[k] as string, prefix && k === words.length - 1);
      }
      if (all) for (let k = 0; k < words.length; k++) marks[i + k] = termIndex;
    }
  });
  return marks;
}

/** The window of `size` tokens holding the most distinct terms, then the most matches. */
function bestWindow(marks: Int32Array, size: number): number {
  let best = 0;
  let bestScore = -1;
  for (let start = 0; start < Math.max(1, marks.length - size + 1); start++) {
    const distinct = new Set<number>();
    let hits = 0;
    for (let i = start; i < Math.min(marks.length, start + size); i++) {
      const term = marks[i] as number;
      if (term >= 0) {
        distinct.add(term);
        hits += 1;
      }
    }
    const score = distinct.size * 1000 + hits;
    if (score > bestScore) [best, bestScore] = [start, score];
  }
  return best;
}

/**
 * The snippet for one hit: about `size` tokens around the best cluster of matches, with `…` where
 * text was cut. A text with no match shows its beginning.
 */
export function buildSnippet(text: string, terms: readonly Term[], size = 16): string {
  const tokens = tokenize(text);
  if (tokens.length === 0) return text.slice(0, 200);
  const marks = matchedTokens(tokens, terms);
  const first = bestWindow(marks, size);
  const last = Math.min(tokens.length, first + size) - 1;
  let out = first > 0 ? '…' : '';
  let at = first > 0 ? (tokens[first] as Token).start : 0;
  // The words of one phrase match are marked as one, as FTS5 does.
  const samePhrase = (a: number, b: number) =>
    a >= first && b <= last && marks[a] === marks[b] && (terms[marks[a] as number]?.tokens.length ?? 0) > 1;
  for (let i = first; i <= last; i++) {
    const token = tokens[i] as Token;
    const marked = (marks[i] as number) >= 0;
    out += text.slice(at, token.start);
    if (marked && !samePhrase(i - 1, i)) out += SNIPPET_MARK_START;
    out += text.slice(token.start, token.end);
    if (marked && !samePhrase(i, i + 1)) out += SNIPPET_MARK_END;
    at = token.end;
  }
  const end = (tokens[last] as Token).end;
  if (last === tokens.length - 1 && end < SCAN_LIMIT) out += text.slice(at);
  else out += '…';
  // A space left before punctuation where a citation marker was taken out ("production . Yields").
  return out.replace(/ +(?=[.,](?:\s|$))/g, '');
}

/**
 * What a person reads of a message: a tool call written as JSON (an image prompt, a search) shows its
 * words, not its braces and keys.
 */
export function readableText(text: string): string {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') || !trimmed.endsWith('}')) return text;
  try {
    const words: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string' && value.trim() !== '') words.push(value.trim());
      else if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(JSON.parse(trimmed));
    return words.length > 0 ? words.join(' · ') : text;
  } catch {
    return text;
  }
}

/** The whole text with every match marked, for titles. */
export function highlightAll(text: string, terms: readonly Term[]): string {
  return buildSnippet(text, terms, Number.MAX_SAFE_INTEGER);
}
