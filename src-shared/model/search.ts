// Full-text search over the whole archive. Any string a person types is a valid query.

import type { ArtifactKind } from './artifact.js';

export interface SearchQuery {
  readonly text: string;
  readonly limit?: number;
  readonly offset?: number;
  readonly kind?: ArtifactKind;
  readonly role?: string;
  /** ISO-8601 bounds on the message time, inclusive. */
  readonly from?: string;
  readonly to?: string;
  readonly account?: string;
  /** A project's or custom GPT's id (`g-p-…`, `g-…`) or the name the person gave it. */
  readonly project?: string;
  readonly conversationId?: string;
}

/** Snippets mark each match between these two characters; the rest is plain text, never HTML. */
export const SNIPPET_MARK_START = '\u00ab';
export const SNIPPET_MARK_END = '\u00bb';

export interface SearchHit {
  readonly conversationId: string;
  /** Null when the hit is the conversation's title. */
  readonly messageId: string | null;
  readonly title: string | null;
  readonly snippet: string;
  readonly createTime: string | null;
  /** False when the match sits on a branch that is not the visible thread. */
  readonly onCurrentBranch: boolean;
  /** bm25 relevance, larger is better; 0 when the hits are in archive order (see SearchResult). */
  readonly score: number;
}

/**
 * Up to RANKED_MATCH_LIMIT matching messages, hits are ranked by relevance (bm25). Beyond that, scoring
 * every match would make a common word take seconds on a large archive, so message hits come in
 * archive order, latest archived first, after the matching titles; `totalCapped` is then true and
 * `total` counts up to the limit only ("1,000+ matches").
 */
export const RANKED_MATCH_LIMIT = 1000;

export interface SearchResult {
  readonly total: number;
  readonly totalCapped: boolean;
  readonly hits: readonly SearchHit[];
}
