// 2026 exports list every file of the person's ChatGPT Library (library_files.json). Kept as read,
// newest export winning, because rows may name conversations the archive has not seen yet.

import type { Migration } from './migration.js';

export const libraryFiles: Migration = {
  version: 3,
  name: 'library-files',
  up(db) {
    db.exec(`
      CREATE TABLE library_files (
        file_id TEXT PRIMARY KEY,
        export_id TEXT NOT NULL REFERENCES exports(id),
        file_name TEXT,
        mime_type TEXT,
        size_bytes INTEGER,
        category TEXT,
        created_at REAL,
        -- No foreign key: the conversation may be in no export this archive holds.
        conversation_id TEXT,
        message_id TEXT,
        image_gen_id TEXT,
        trashed_at REAL,
        deleted_at REAL,
        blob_sha256 TEXT REFERENCES blobs(sha256),
        raw TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX library_files_conversation ON library_files(conversation_id);
    `);
  },
};
