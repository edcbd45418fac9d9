// Emoji and other symbols become searchable ("🌱" finds the title that holds it): both indexes are
// made again with a tokenizer that keeps symbols (Unicode category So) as words, and each symbol is
// indexed as a word of its own, so that "grow🌱" is found by "grow" and by "🌱".

import type { Migration } from './migration.js';

const TOKENIZER = `unicode61 remove_diacritics 2 categories 'L* N* Co M* So'`;

// Frozen here as it was when this migration landed: search-index.ts applies the same rule to new rows.
function spacedSymbols(text: string): string {
  return text.replace(/\uFE0F/g, '').replace(/\p{So}/gu, ' $& ');
}

export const searchableSymbols: Migration = {
  version: 12,
  name: 'searchable-symbols',
  up(db) {
    db.exec(`
      DROP TABLE messages_fts;
      DROP TABLE titles_fts;
      CREATE VIRTUAL TABLE messages_fts USING fts5(
        text, content = 'messages', content_rowid = 'rowid', tokenize = "${TOKENIZER}"
      );
      CREATE VIRTUAL TABLE titles_fts USING fts5(
        title, content = 'conversations', content_rowid = 'rowid', tokenize = "${TOKENIZER}"
      );
    `);
    db.function('spaced_symbols', { deterministic: true }, (text: unknown) =>
      typeof text === 'string' ? spacedSymbols(text) : text,
    );
    db.exec(`
      INSERT INTO messages_fts (rowid, text) SELECT rowid, spaced_symbols(text) FROM messages WHERE text IS NOT NULL;
      INSERT INTO titles_fts (rowid, title) SELECT rowid, spaced_symbols(title) FROM conversations WHERE title IS NOT NULL;
    `);
  },
};
