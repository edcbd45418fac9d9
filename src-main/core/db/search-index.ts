// Keeps the FTS5 indexes (messages_fts, titles_fts) in step with the rows they index. Both are
// external-content tables, so removing an entry needs the text it was indexed with. Written by hand
// rather than by triggers: see migration 0002 for why that is several times faster.

import type { ArchiveDb } from './archive-db.js';
import { prepared } from './prepared-statements.js';

export function indexMessageText(db: ArchiveDb, rowid: number | bigint, text: string | null): void {
  if (text === null) return;
  prepared(db, 'INSERT INTO messages_fts (rowid, text) VALUES (?, ?)').run(rowid, text);
}

export function unindexMessageText(db: ArchiveDb, rowid: number | bigint, text: string | null): void {
  if (text === null) return;
  prepared(db, `INSERT INTO messages_fts (messages_fts, rowid, text) VALUES ('delete', ?, ?)`).run(
    rowid,
    text,
  );
}

export function indexTitle(db: ArchiveDb, rowid: number | bigint, title: string | null): void {
  if (title === null) return;
  prepared(db, 'INSERT INTO titles_fts (rowid, title) VALUES (?, ?)').run(rowid, title);
}

export function unindexTitle(db: ArchiveDb, rowid: number | bigint, title: string | null): void {
  if (title === null) return;
  prepared(db, `INSERT INTO titles_fts (titles_fts, rowid, title) VALUES ('delete', ?, ?)`).run(rowid, title);
}
