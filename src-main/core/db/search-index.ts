// Keeps the FTS5 indexes (messages_fts, titles_fts) in step with the rows they index. The title index
// is an external-content table, so removing an entry needs the title it was indexed with; the message
// index is contentless and removes an entry by rowid (migration 0014). Written by hand rather than by
// triggers: see migration 0002 for why that is several times faster. Symbols such as emoji are indexed
// as words of their own (migration 0012).

import type { ArchiveDb } from './archive-db.js';
import { prepared } from './prepared-statements.js';

/** The text as indexed: each symbol a word of its own, emoji presentation selectors dropped. */
export function searchableText(text: string): string {
  return text.replace(/\uFE0F/g, '').replace(/\p{So}/gu, ' $& ');
}

export function indexMessageText(db: ArchiveDb, rowid: number | bigint, text: string | null): void {
  if (text === null) return;
  prepared(db, 'INSERT INTO messages_fts (rowid, text) VALUES (?, ?)').run(rowid, searchableText(text));
}

export function unindexMessageText(db: ArchiveDb, rowid: number | bigint): void {
  prepared(db, 'DELETE FROM messages_fts WHERE rowid = ?').run(rowid);
}

export function indexTitle(db: ArchiveDb, rowid: number | bigint, title: string | null): void {
  if (title === null) return;
  prepared(db, 'INSERT INTO titles_fts (rowid, title) VALUES (?, ?)').run(rowid, searchableText(title));
}

export function unindexTitle(db: ArchiveDb, rowid: number | bigint, title: string | null): void {
  if (title === null) return;
  prepared(db, `INSERT INTO titles_fts (titles_fts, rowid, title) VALUES ('delete', ?, ?)`).run(
    rowid,
    searchableText(title),
  );
}
