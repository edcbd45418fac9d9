// Full-text search over message text and conversation titles (FTS5), ranked by bm25 when the matches
// are few enough to score (see RANKED_MATCH_LIMIT), with snippets whose matches are marked, filters,
// and the branch each hit sits on.

import type { SearchHit, SearchQuery, SearchResult } from '../../../src-shared/model/search.js';
import { RANKED_MATCH_LIMIT } from '../../../src-shared/model/search.js';
import { epochSecondsToIso, isoToEpochSeconds } from '../../../src-shared/model/time.js';
import type { ArchiveDb } from './archive-db.js';
import { messageWordsStartingWith } from './fts-prefix-terms.js';
import { parseSearchText, toExcludedMatch, toFtsMatch } from './fts-query.js';
import { unpackText } from './message-packing.js';
import { prepared } from './prepared-statements.js';
import { resolveProject } from './project-repository.js';
import { buildSnippet, highlightAll, readableText } from './search-snippet.js';

const DEFAULT_LIMIT = 20;
// A title that matches says more about a conversation than one message that does.
const TITLE_BOOST = 2;

interface Filters {
  readonly sql: string;
  readonly params: Record<string, unknown>;
}

function messageFilters(db: ArchiveDb, query: SearchQuery, excludedMatch: string | null): Filters {
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  if (excludedMatch) {
    // A word left out leaves out the conversations whose title holds it, too.
    clauses.push('c.rowid NOT IN (SELECT rowid FROM titles_fts WHERE titles_fts MATCH @excluded)');
    params['excluded'] = excludedMatch;
  }
  if (query.role) {
    clauses.push('m.role = @role');
    params['role'] = query.role;
  }
  if (query.kind) {
    // The message that carries an artifact of the kind, and the one right before it that asked for
    // it (the prompt of an image, the call of a tool), where the words a person remembers are.
    clauses.push(
      `EXISTS (SELECT 1 FROM artifacts a JOIN messages am ON am.conversation_id = a.conversation_id
         AND am.node_id = a.node_id
       WHERE a.conversation_id = m.conversation_id AND a.kind = @kind
         AND (a.node_id = m.node_id OR am.parent_id = m.node_id))`,
    );
    params['kind'] = query.kind;
  }
  if (query.from) {
    clauses.push('m.create_time >= @from');
    params['from'] = isoToEpochSeconds(query.from);
  }
  if (query.to) {
    clauses.push('m.create_time <= @to');
    params['to'] = isoToEpochSeconds(query.to);
  }
  if (query.account) {
    clauses.push('c.account_id = @account');
    params['account'] = query.account;
  }
  if (query.project) {
    clauses.push('c.gizmo_id = @project');
    params['project'] = resolveProject(db, query.project);
  }
  if (query.conversationId) {
    clauses.push('m.conversation_id = @conversationId');
    params['conversationId'] = query.conversationId;
  }
  return { sql: clauses.map((clause) => ` AND ${clause}`).join(''), params };
}

function titleFilters(db: ArchiveDb, query: SearchQuery): Filters | null {
  if (query.role || query.kind) return null;
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  if (query.from) {
    clauses.push('coalesce(c.update_time, c.create_time) >= @from');
    params['from'] = isoToEpochSeconds(query.from);
  }
  if (query.to) {
    clauses.push('coalesce(c.create_time, c.update_time) <= @to');
    params['to'] = isoToEpochSeconds(query.to);
  }
  if (query.account) {
    clauses.push('c.account_id = @account');
    params['account'] = query.account;
  }
  if (query.project) {
    clauses.push('c.gizmo_id = @project');
    params['project'] = resolveProject(db, query.project);
  }
  if (query.conversationId) {
    clauses.push('c.id = @conversationId');
    params['conversationId'] = query.conversationId;
  }
  return { sql: clauses.map((clause) => ` AND ${clause}`).join(''), params };
}

interface MessageRow {
  readonly conversation_id: string;
  readonly node_id: string;
  readonly title: string | null;
  readonly text: unknown;
  readonly create_time: number | null;
  readonly on_current_branch: number;
}

interface TitleRow {
  readonly id: string;
  readonly title: string;
  readonly create_time: number | null;
  readonly score: number;
}

interface RankedRow {
  readonly rowid: number;
  readonly score: number;
}

export function searchArchive(db: ArchiveDb, query: SearchQuery): SearchResult {
  const parsed = parseSearchText(query.text);
  const match = toFtsMatch(parsed);
  if (!match) return { total: 0, totalCapped: false, hits: [] };
  // Titles are few: their index answers a prefix at once. Messages are many: see fts-prefix-terms.ts.
  const messageMatch = toFtsMatch(parsed, (prefix) => messageWordsStartingWith(db, prefix)) ?? match;
  const terms = parsed.clauses.flat();
  const limit = query.limit ?? DEFAULT_LIMIT;
  const offset = query.offset ?? 0;
  const window = offset + limit;
  const cap = Math.max(RANKED_MATCH_LIMIT, window);
  const filters = messageFilters(db, query, toExcludedMatch(parsed));
  const from =
    filters.sql === ''
      ? 'FROM messages_fts'
      : `FROM messages_fts JOIN messages m ON m.rowid = messages_fts.rowid
         JOIN conversations c ON c.id = m.conversation_id`;

  // The matches in archive order, stopping one past the cap: cheap however common the words are.
  const candidates = prepared(
    db,
    `SELECT messages_fts.rowid ${from} WHERE messages_fts MATCH @match${filters.sql}
     ORDER BY messages_fts.rowid DESC LIMIT @cap`,
  )
    .pluck()
    .all({ ...filters.params, match: messageMatch, cap: cap + 1 }) as number[];
  const capped = candidates.length > cap;
  let ranked: RankedRow[];
  if (capped) {
    ranked = candidates.slice(0, window).map((rowid) => ({ rowid, score: 0 }));
  } else if (candidates.length === 0) {
    ranked = [];
  } else {
    ranked = prepared(
      db,
      `SELECT messages_fts.rowid AS rowid, bm25(messages_fts) AS score ${from}
       WHERE messages_fts MATCH @match AND messages_fts.rowid >= @lowest${filters.sql}
       ORDER BY score LIMIT @window`,
    ).all({
      ...filters.params,
      match: messageMatch,
      window,
      lowest: candidates[candidates.length - 1],
    }) as RankedRow[];
  }

  const titleQuery = titleFilters(db, query);
  let titleRows: TitleRow[] = [];
  let titleTotal = 0;
  if (titleQuery) {
    titleRows = prepared(
      db,
      `SELECT c.id, c.title, c.create_time, bm25(titles_fts) * ${TITLE_BOOST} AS score
       FROM titles_fts JOIN conversations c ON c.rowid = titles_fts.rowid
       WHERE titles_fts MATCH @match${titleQuery.sql}
       ORDER BY score LIMIT @window`,
    ).all({ ...titleQuery.params, match, window }) as TitleRow[];
    titleTotal = (
      prepared(
        db,
        `SELECT count(*) AS n FROM titles_fts JOIN conversations c ON c.rowid = titles_fts.rowid
         WHERE titles_fts MATCH @match${titleQuery.sql}`,
      ).get({ ...titleQuery.params, match }) as { n: number }
    ).n;
  }

  type Candidate = { readonly score: number; readonly hit: () => SearchHit };
  const messageHits: Candidate[] = ranked.map(({ rowid, score }) => ({
    score,
    hit: () => {
      const row = prepared(
        db,
        `SELECT m.conversation_id, m.node_id, c.title, m.text, m.create_time, m.on_current_branch
         FROM messages m JOIN conversations c ON c.id = m.conversation_id WHERE m.rowid = ?`,
      ).get(rowid) as MessageRow;
      return {
        conversationId: row.conversation_id,
        messageId: row.node_id,
        title: row.title,
        snippet: buildSnippet(readableText(unpackText(row.text) ?? ''), terms),
        createTime: epochSecondsToIso(row.create_time),
        onCurrentBranch: row.on_current_branch === 1,
        score: -score,
      };
    },
  }));
  const titleHits: Candidate[] = titleRows.map((row) => ({
    score: row.score,
    hit: () => ({
      conversationId: row.id,
      messageId: null,
      title: row.title,
      snippet: highlightAll(row.title, terms),
      createTime: epochSecondsToIso(row.create_time),
      onCurrentBranch: true,
      score: -row.score,
    }),
  }));
  // Ranked hits interleave by score; unranked message hits follow the titles in archive order.
  const ordered = capped
    ? [...titleHits, ...messageHits]
    : [...messageHits, ...titleHits].sort((a, b) => a.score - b.score);
  return {
    total: (capped ? cap : candidates.length) + titleTotal,
    totalCapped: capped,
    hits: ordered.slice(offset, window).map((candidate) => candidate.hit()),
  };
}
