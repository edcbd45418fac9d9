// The index of files on the person's own disk (names, sizes and times only, never contents) and the
// links from uploads to the originals found there, with the person's own verdicts kept.

import type { Migration } from './migration.js';

export const localFilesAndLinks: Migration = {
  version: 6,
  name: 'local-files-and-links',
  up(db) {
    db.exec(`
      -- Every folder seen under a root, with the mtime it had when last listed: a folder whose mtime
      -- has not moved is not listed again.
      CREATE TABLE local_folders (
        path TEXT PRIMARY KEY,
        parent TEXT,
        root TEXT NOT NULL,
        mtime_ms REAL NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX local_folders_parent ON local_folders(parent);

      CREATE TABLE local_files (
        id INTEGER PRIMARY KEY,
        folder TEXT NOT NULL,
        name TEXT NOT NULL,
        -- The name as matching compares it (Unicode NFC; lower case where the platform ignores case),
        -- and the same with a browser's duplicate suffix ("name (1).pdf", "name-1.pdf", "name copy.pdf") removed.
        match_key TEXT NOT NULL,
        base_key TEXT NOT NULL,
        size INTEGER NOT NULL,
        mtime_ms REAL NOT NULL,
        UNIQUE (folder, name)
      );
      CREATE INDEX local_files_match ON local_files(match_key, size);
      CREATE INDEX local_files_base ON local_files(base_key, size);

      -- One row per (upload, file on disk) pair that was ever proposed or decided.
      CREATE TABLE links (
        artifact_id INTEGER NOT NULL REFERENCES artifacts(id),
        path TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('linked', 'candidate', 'rejected', 'missing', 'unlinked')),
        rule TEXT NOT NULL,
        confidence REAL NOT NULL,
        size INTEGER,
        mtime_ms REAL,
        verified_at TEXT,
        PRIMARY KEY (artifact_id, path)
      ) WITHOUT ROWID;
      CREATE INDEX links_status ON links(status);
    `);
  },
};
