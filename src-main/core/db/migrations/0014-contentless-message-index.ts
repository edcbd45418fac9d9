// The message index keeps no reference to the messages' text: it is contentless, and an entry is
// removed by its rowid alone (contentless_delete). Search never read text through the index (snippets
// are built from the messages themselves), and the text in messages can now be stored packed
// (migration 0015) without the index ever reading it, nor its removal needing the old text.

import type { Migration } from './migration.js';

const TOKENIZER = `unicode61 remove_diacritics 2 categories 'L* N* Co M* So'`;

// Frozen here as it was when this migration landed: search-index.ts applies the same rule to new rows.
function spacedSymbols(text: string): string {
  return text.replace(/\uFE0F/g, '').replace(/\p{So}/gu, ' $& ');
}

export const contentlessMessageIndex: Migration = {
  version: 14,
  name: 'contentless-message-index',
  up(db) {
    db.exec(`
      DROP TABLE messages_fts;
      CREATE VIRTUAL TABLE messages_fts USING fts5(
        text, content = '', contentless_delete = 1, tokenize = "${TOKENIZER}"
      );
    `);
    db.function('spaced_symbols_0014', { deterministic: true }, (text: unknown) =>
      typeof text === 'string' ? spacedSymbols(text) : text,
    );
    db.exec(`
      INSERT INTO messages_fts (rowid, text)
      SELECT rowid, spaced_symbols_0014(text) FROM messages WHERE text IS NOT NULL;
    `);
  },
};
