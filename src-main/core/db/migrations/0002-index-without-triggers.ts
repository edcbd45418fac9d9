// Drops the triggers that kept the FTS5 indexes in step with messages and titles. FTS5 flushes its
// pending terms at every statement savepoint, and a trigger opens one per row: each message became
// its own tiny index segment and building the index took about 2.6× longer. The repositories now
// write the index rows themselves, in the same transaction (search-index.ts).

import type { Migration } from './migration.js';

export const indexWithoutTriggers: Migration = {
  version: 2,
  name: 'index-without-triggers',
  up(db) {
    db.exec(`
      DROP TRIGGER IF EXISTS messages_fts_after_insert;
      DROP TRIGGER IF EXISTS messages_fts_after_delete;
      DROP TRIGGER IF EXISTS messages_fts_before_text_update;
      DROP TRIGGER IF EXISTS messages_fts_after_text_update;
      DROP TRIGGER IF EXISTS titles_fts_after_insert;
      DROP TRIGGER IF EXISTS titles_fts_before_update;
      DROP TRIGGER IF EXISTS titles_fts_after_update;
    `);
  },
};
