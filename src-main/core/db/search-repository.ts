// Ranked full-text search over message text and conversation titles (FTS5, bm25), with snippets whose
// matches are marked, filters, and the branch each hit sits on.

import type { SearchHit, SearchQuery, SearchResult } from '../../../src-shared/model/search.js';
import { SNIPPET_MARK_END, SNIPPET_MARK_START } from '../../../src-shared/model/search.js';
import { epochSecondsToIso, isoToEpochSeconds } from '../../../src-shared/model/time.js';
import type { ArchiveDb } from './archive-db.js';
import { toFtsQuery } from './fts-query.js';
import { prepared } from './prepared-statements.js';

const DEFAULT_LIMIT = 20;
// A title that matches says more about a conversation than one message that does.
const TITLE_BOOST = 2;

interface Filters {
  readonly sql: string;
  readonly params: Record<string, unknown>;
}

function messageFilters(query: SearchQuery): Filters {
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  if (query.role) {
    clauses.push('m.role = @role');
    params['role'] = query.role;
  }
  if (query.kind) {
    clauses.push(
      'EXISTS (SELECT 1 FROM artifacts a WHERE a.conversation_id = m.conversation_id AND a.node_id = m.node_id AND a.kind = @kind)',
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
  if (query.conversationId) {
    clauses.push('m.conversation_id = @conversationId');
    params['conversationId'] = query.conversationId;
  }
  return { sql: clauses.map((clause) => ` AND ${clause}`).join(''), params };
}

function titleFilters(query: SearchQuery): Filters | null {
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
  if (query.conversationId) {
    clauses.push('c.id = @conversationId');
    params['conversationId'] = query.conversationId;
  }
  return { sql: clauses.map((clause) => ` AND ${clause}`).join(''), params };
}

interface HitRow {
  readonly conversation_id: string;
  readonly node_id: string | null;
  readonly title: string | null;
  readonly snippet: string;
  readonly create_time: number | null;
  readonly on_current_branch: number;
  readonly score: number;
}

export function searchArchive(db: ArchiveDb, query: SearchQuery): SearchResult {
  const match = toFtsQuery(query.text);
  if (!match) return { total: 0, hits: [] };
  const limit = query.limit ?? DEFAULT_LIMIT;
  const offset = query.offset ?? 0;
  const window = offset + limit;
  const messages = messageFilters(query);
  const messageParams = { ...messages.params, match, window };

  // Rank the matches on the FTS index alone, then build snippets only for the page shown.
  const messageRows = prepared(
    db,
    `WITH top AS (${
      messages.sql === ''
        ? `SELECT rowid, bm25(messages_fts) AS score FROM messages_fts WHERE messages_fts MATCH @match`
        : `SELECT messages_fts.rowid AS rowid, bm25(messages_fts) AS score
           FROM messages_fts
           JOIN messages m ON m.rowid = messages_fts.rowid
           JOIN conversations c ON c.id = m.conversation_id
           WHERE messages_fts MATCH @match${messages.sql}`
    }
       ORDER BY score LIMIT @window)
     SELECT m.conversation_id, m.node_id, c.title, m.create_time, m.on_current_branch, top.score,
       snippet(messages_fts, 0, '${SNIPPET_MARK_START}', '${SNIPPET_MARK_END}', '…', 16) AS snippet
     FROM top
     JOIN messages_fts ON messages_fts.rowid = top.rowid AND messages_fts MATCH @match
     JOIN messages m ON m.rowid = top.rowid
     JOIN conversations c ON c.id = m.conversation_id
     ORDER BY top.score`,
  ).all(messageParams) as HitRow[];
  const messageTotal = (
    prepared(
      db,
      messages.sql === ''
        ? 'SELECT count(*) AS n FROM messages_fts WHERE messages_fts MATCH @match'
        : `SELECT count(*) AS n FROM messages_fts JOIN messages m ON m.rowid = messages_fts.rowid
           JOIN conversations c ON c.id = m.conversation_id WHERE messages_fts MATCH @match${messages.sql}`,
    ).get(messages.sql === '' ? { match } : { ...messages.params, match }) as { n: number }
  ).n;

  const titles = titleFilters(query);
  let titleRows: HitRow[] = [];
  let titleTotal = 0;
  if (titles) {
    titleRows = prepared(
      db,
      `SELECT c.id AS conversation_id, NULL AS node_id, c.title, c.create_time, 1 AS on_current_branch,
         bm25(titles_fts) * ${TITLE_BOOST} AS score,
         highlight(titles_fts, 0, '${SNIPPET_MARK_START}', '${SNIPPET_MARK_END}') AS snippet
       FROM titles_fts JOIN conversations c ON c.rowid = titles_fts.rowid
       WHERE titles_fts MATCH @match${titles.sql}
       ORDER BY score LIMIT @window`,
    ).all({ ...titles.params, match, window }) as HitRow[];
    titleTotal = (
      prepared(
        db,
        `SELECT count(*) AS n FROM titles_fts JOIN conversations c ON c.rowid = titles_fts.rowid
         WHERE titles_fts MATCH @match${titles.sql}`,
      ).get({ ...titles.params, match }) as { n: number }
    ).n;
  }

  const hits: SearchHit[] = [...messageRows, ...titleRows]
    .sort((a, b) => a.score - b.score)
    .slice(offset, window)
    .map((row) => ({
      conversationId: row.conversation_id,
      messageId: row.node_id,
      title: row.title,
      snippet: row.snippet,
      createTime: epochSecondsToIso(row.create_time),
      onCurrentBranch: row.on_current_branch === 1,
      score: -row.score,
    }));
  return { total: messageTotal + titleTotal, hits };
}
