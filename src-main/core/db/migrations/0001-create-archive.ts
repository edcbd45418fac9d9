// The first archive schema: accounts, exports, conversations with their version history across
// exports, every message node of every branch, artifacts, blobs, and FTS5 indexes for search.

import type { Migration } from './migration.js';

export const createArchive: Migration = {
  version: 1,
  name: 'create-archive',
  up(db) {
    db.exec(`
      CREATE TABLE accounts (
        id TEXT PRIMARY KEY,
        email TEXT,
        first_seen_at TEXT NOT NULL
      );

      -- One row per imported export. An export is visible as complete only once its last batch
      -- committed (status 'complete'); 'importing' rows are resumed by the next import of the file.
      CREATE TABLE exports (
        id TEXT PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE,
        fingerprint TEXT,
        file_name TEXT NOT NULL,
        file_path TEXT,
        file_size INTEGER,
        account_id TEXT REFERENCES accounts(id),
        exported_at REAL,
        layout TEXT,
        status TEXT NOT NULL CHECK (status IN ('importing', 'complete', 'failed')),
        -- 1 when every conversation of the export was read, so its absences can be trusted.
        complete_listing INTEGER NOT NULL DEFAULT 0,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        progress TEXT NOT NULL DEFAULT '{}',
        report TEXT
      );
      CREATE INDEX exports_fingerprint ON exports(fingerprint);

      CREATE TABLE conversations (
        id TEXT PRIMARY KEY,
        account_id TEXT REFERENCES accounts(id),
        title TEXT,
        create_time REAL,
        update_time REAL,
        current_node TEXT,
        gizmo_id TEXT,
        gizmo_type TEXT,
        default_model TEXT,
        is_archived INTEGER NOT NULL DEFAULT 0,
        first_seen_export TEXT REFERENCES exports(id),
        last_seen_export TEXT REFERENCES exports(id),
        last_seen_exported_at REAL,
        removed_upstream_at REAL,
        removed_upstream_export TEXT REFERENCES exports(id),
        content_hash TEXT,
        message_count INTEGER NOT NULL DEFAULT 0,
        branch_count INTEGER NOT NULL DEFAULT 0,
        extra TEXT
      );
      CREATE INDEX conversations_account ON conversations(account_id, update_time);
      CREATE INDEX conversations_content_hash ON conversations(content_hash);

      -- The version history: which exports held which conversation, and how it looked there.
      CREATE TABLE conversation_exports (
        conversation_id TEXT NOT NULL REFERENCES conversations(id),
        export_id TEXT NOT NULL REFERENCES exports(id),
        update_time REAL,
        title TEXT,
        content_hash TEXT,
        PRIMARY KEY (conversation_id, export_id)
      ) WITHOUT ROWID;
      CREATE INDEX conversation_exports_export ON conversation_exports(export_id);

      -- Every node of every branch. raw keeps ChatGPT's message object verbatim (null for nodes that
      -- carry no message, such as the root) so that nothing is lost and later readers can re-derive.
      CREATE TABLE messages (
        rowid INTEGER PRIMARY KEY,
        conversation_id TEXT NOT NULL REFERENCES conversations(id),
        node_id TEXT NOT NULL,
        message_id TEXT,
        parent_id TEXT,
        role TEXT,
        author_name TEXT,
        recipient TEXT,
        channel TEXT,
        content_type TEXT,
        create_time REAL,
        update_time REAL,
        status TEXT,
        hidden INTEGER NOT NULL DEFAULT 0,
        on_current_branch INTEGER NOT NULL DEFAULT 0,
        thread_index INTEGER,
        text TEXT,
        raw TEXT,
        UNIQUE (conversation_id, node_id)
      );
      CREATE INDEX messages_time ON messages(create_time);

      CREATE VIRTUAL TABLE messages_fts USING fts5(
        text, content = 'messages', content_rowid = 'rowid',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER messages_fts_after_insert AFTER INSERT ON messages WHEN new.text IS NOT NULL BEGIN
        INSERT INTO messages_fts(rowid, text) VALUES (new.rowid, new.text);
      END;
      CREATE TRIGGER messages_fts_after_delete AFTER DELETE ON messages WHEN old.text IS NOT NULL BEGIN
        INSERT INTO messages_fts(messages_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
      END;
      CREATE TRIGGER messages_fts_before_text_update BEFORE UPDATE OF text ON messages
        WHEN old.text IS NOT NULL BEGIN
        INSERT INTO messages_fts(messages_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
      END;
      CREATE TRIGGER messages_fts_after_text_update AFTER UPDATE OF text ON messages
        WHEN new.text IS NOT NULL BEGIN
        INSERT INTO messages_fts(rowid, text) VALUES (new.rowid, new.text);
      END;

      CREATE VIRTUAL TABLE titles_fts USING fts5(
        title, content = 'conversations', content_rowid = 'rowid',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER titles_fts_after_insert AFTER INSERT ON conversations WHEN new.title IS NOT NULL BEGIN
        INSERT INTO titles_fts(rowid, title) VALUES (new.rowid, new.title);
      END;
      CREATE TRIGGER titles_fts_before_update BEFORE UPDATE OF title ON conversations
        WHEN old.title IS NOT NULL BEGIN
        INSERT INTO titles_fts(titles_fts, rowid, title) VALUES ('delete', old.rowid, old.title);
      END;
      CREATE TRIGGER titles_fts_after_update AFTER UPDATE OF title ON conversations
        WHEN new.title IS NOT NULL BEGIN
        INSERT INTO titles_fts(rowid, title) VALUES (new.rowid, new.title);
      END;

      CREATE TABLE blobs (
        sha256 TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        mime_type TEXT,
        first_export TEXT REFERENCES exports(id),
        stored_at TEXT NOT NULL
      ) WITHOUT ROWID;

      -- Every binary an export carried, by its path in the ZIP, whether or not a message points to it.
      CREATE TABLE export_files (
        export_id TEXT NOT NULL REFERENCES exports(id),
        path TEXT NOT NULL,
        original_name TEXT,
        blob_sha256 TEXT NOT NULL REFERENCES blobs(sha256),
        PRIMARY KEY (export_id, path)
      ) WITHOUT ROWID;

      CREATE TABLE artifacts (
        id INTEGER PRIMARY KEY,
        conversation_id TEXT NOT NULL REFERENCES conversations(id),
        node_id TEXT NOT NULL,
        ordinal INTEGER NOT NULL,
        kind TEXT NOT NULL,
        file_name TEXT,
        size_bytes INTEGER,
        mime_type TEXT,
        asset_pointer TEXT,
        prompt TEXT,
        url TEXT,
        title TEXT,
        language TEXT,
        text TEXT,
        gen_id TEXT,
        expires_at REAL,
        lost INTEGER NOT NULL DEFAULT 0,
        blob_sha256 TEXT REFERENCES blobs(sha256),
        UNIQUE (conversation_id, node_id, ordinal)
      );
      CREATE INDEX artifacts_kind ON artifacts(kind);

      CREATE TABLE decisions (
        id INTEGER PRIMARY KEY,
        conversation_id TEXT NOT NULL REFERENCES conversations(id),
        title TEXT NOT NULL,
        chosen TEXT,
        alternatives TEXT,
        rationale TEXT,
        decided_at REAL,
        confidence REAL,
        message_ids TEXT,
        extractor_version INTEGER NOT NULL
      );

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) WITHOUT ROWID;
    `);
  },
};
