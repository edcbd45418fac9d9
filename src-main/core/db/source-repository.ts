// Every web source an answer cited, merged across conversations, with the conversations citing it.

import type { SourceView } from '../../../src-shared/model/attention.js';
import type { ArchiveDb } from './archive-db.js';
import { prepared } from './prepared-statements.js';

export function listSources(db: ArchiveDb): SourceView[] {
  const rows = prepared(
    db,
    `SELECT a.url, max(a.title) AS title, count(*) AS citations,
       json_group_array(DISTINCT a.conversation_id) AS conversation_ids
     FROM artifacts a WHERE a.kind = 'citation' AND a.url IS NOT NULL
     GROUP BY a.url ORDER BY citations DESC, a.url`,
  ).all() as { url: string; title: string | null; citations: number; conversation_ids: string }[];
  const titleOf = prepared(db, 'SELECT title FROM conversations WHERE id = ?');
  return rows.map((row) => ({
    url: row.url,
    title: row.title,
    citations: row.citations,
    conversations: (JSON.parse(row.conversation_ids) as string[]).map((id) => ({
      id,
      title: (titleOf.get(id) as { title: string | null } | undefined)?.title ?? null,
    })),
  }));
}
