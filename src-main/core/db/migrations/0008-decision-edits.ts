// Decisions the person shaped: added by hand, renamed or dismissed. These survive every re-extraction;
// decision_runs records which conversation was read by which extractor version, so an improved
// extractor re-reads everything once and a changed conversation is re-read after its import.

import type { Migration } from './migration.js';

export const decisionEdits: Migration = {
  version: 8,
  name: 'decision-edits',
  up(db) {
    db.exec(`
      ALTER TABLE decisions ADD COLUMN origin TEXT NOT NULL DEFAULT 'extractor';
      ALTER TABLE decisions ADD COLUMN dismissed INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE decisions ADD COLUMN edited_title TEXT;
      -- The message where the choice was made: what keeps a decision the same one across re-extractions.
      ALTER TABLE decisions ADD COLUMN choice_message_id TEXT;
      CREATE INDEX decisions_conversation ON decisions(conversation_id);

      CREATE TABLE decision_runs (
        conversation_id TEXT PRIMARY KEY REFERENCES conversations(id),
        content_hash TEXT,
        extractor_version INTEGER NOT NULL
      ) WITHOUT ROWID;
    `);
  },
};
