// Turns whatever a person typed into a valid FTS5 query. Every word becomes a quoted FTS5 string, so
// characters like `"`, `*`, `-`, `(` and keywords like NEAR can never raise a syntax error; the few
// operators people expect still work: "exact phrases", prefix*, -excluded, and OR.

export interface Term {
  readonly tokens: readonly string[];
  readonly prefix: boolean;
  readonly negated: boolean;
}

/**
 * A fresh matcher for the tokens the index holds: letters, numbers and marks together, each symbol
 * (emoji) on its own, split on everything else. Fresh, because each caller keeps its own position.
 */
export function tokenMatcher(): RegExp {
  return /[\p{L}\p{N}\p{M}\p{Co}]+|\p{So}/gu;
}

const TOKEN = tokenMatcher();

function tokensOf(text: string): string[] {
  return text.replace(/\uFE0F/g, '').match(TOKEN) ?? [];
}

/**
 * The words a one-word prefix stands for, when the caller can list them (see fts-prefix-terms.ts);
 * null keeps it a prefix.
 */
export type PrefixWords = (prefix: string) => readonly string[] | null;

function quote(term: Term, prefixWords?: PrefixWords): string {
  const phrase = `"${term.tokens.join(' ')}"`;
  if (!term.prefix) return phrase;
  const words = term.tokens.length === 1 ? prefixWords?.(term.tokens[0] as string) : null;
  if (!words) return `${phrase} *`;
  const quoted = words.map((word) => `"${word.replace(/"/g, '""')}"`);
  return quoted.length === 1 ? (quoted[0] as string) : `(${quoted.join(' OR ')})`;
}

type Piece = Term | 'OR';

function readPieces(input: string): Piece[] {
  const pieces: Piece[] = [];
  let i = 0;
  while (i < input.length) {
    const char = input[i] as string;
    if (/\s/.test(char)) {
      i += 1;
      continue;
    }
    let negated = false;
    if (char === '-' && i + 1 < input.length && !/\s/.test(input[i + 1] as string)) {
      negated = true;
      i += 1;
    }
    if (input[i] === '"') {
      const close = input.indexOf('"', i + 1);
      const end = close === -1 ? input.length : close;
      const body = input.slice(i + 1, end);
      i = end + 1;
      const prefix = input[i] === '*';
      if (prefix) i += 1;
      const tokens = tokensOf(body);
      if (tokens.length > 0) pieces.push({ tokens, prefix, negated });
      continue;
    }
    let end = i;
    while (end < input.length && !/\s/.test(input[end] as string) && input[end] !== '"') end += 1;
    const word = input.slice(i, end);
    i = end;
    if (word === 'OR' && !negated) {
      pieces.push('OR');
      continue;
    }
    const tokens = tokensOf(word);
    if (tokens.length > 0) pieces.push({ tokens, prefix: word.endsWith('*'), negated });
  }
  return pieces;
}

export interface ParsedQuery {
  /** Every clause must match; a clause matches when any of its alternatives does. */
  readonly clauses: readonly (readonly Term[])[];
  /** No hit may match any of these. */
  readonly excluded: readonly Term[];
}

export function parseSearchText(input: string): ParsedQuery {
  const pieces = readPieces(input);
  const clauses: Term[][] = [];
  const excluded: Term[] = [];
  let joinNext = false;
  for (const piece of pieces) {
    if (piece === 'OR') {
      joinNext = clauses.length > 0;
      continue;
    }
    if (piece.negated) {
      excluded.push(piece);
      joinNext = false;
      continue;
    }
    const last = clauses[clauses.length - 1];
    if (joinNext && last) last.push(piece);
    else clauses.push([piece]);
    joinNext = false;
  }
  return { clauses, excluded };
}

/** The FTS5 MATCH expression for a parsed query, or null when it holds nothing searchable. */
export function toFtsMatch({ clauses, excluded }: ParsedQuery, prefixWords?: PrefixWords): string | null {
  if (clauses.length === 0) return null;
  const positive = clauses
    .map((alternatives) =>
      alternatives.length === 1
        ? quote(alternatives[0] as Term, prefixWords)
        : `(${alternatives.map((term) => quote(term, prefixWords)).join(' OR ')})`,
    )
    .join(' AND ');
  if (excluded.length === 0) return positive;
  return `(${positive}) NOT (${excluded.map((term) => quote(term)).join(' OR ')})`;
}

/** What the excluded words match (in a title, say), or null when nothing is excluded. */
export function toExcludedMatch({ excluded }: ParsedQuery): string | null {
  return excluded.length === 0 ? null : excluded.map((term) => quote(term)).join(' OR ');
}

/** The FTS5 MATCH expression for a user's query, or null when it holds nothing searchable. */
export function toFtsQuery(input: string): string | null {
  return toFtsMatch(parseSearchText(input));
}
