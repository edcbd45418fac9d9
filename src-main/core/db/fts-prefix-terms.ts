// A typed prefix ("the*") is answered by FTS5 only after it has merged the posting lists of every word
// the prefix starts, however few rows the page needs: 200–400 ms for a common prefix on a big archive.
// The same words joined by OR are read lazily in row order, so a page of hits costs a few milliseconds.

import type { ArchiveDb } from './archive-db.js';
import { prepared } from './prepared-statements.js';

/** Past about this many words (measured on the 1 GB bench archive), OR costs what the merge does. */
export const MAX_PREFIX_TERMS = 2000;

const withVocabulary = new WeakSet<ArchiveDb>();

/** The index's own word list, as a table of this connection (temp: nothing is written to the archive). */
function ensureVocabulary(db: ArchiveDb): void {
  if (withVocabulary.has(db)) return;
  db.exec(
    `CREATE VIRTUAL TABLE IF NOT EXISTS temp.messages_fts_terms USING fts5vocab(main, messages_fts, row)`,
  );
  withVocabulary.add(db);
}

/**
 * The words in the message index that start with `prefix`, or null when the prefix should stay one:
 * it is not plain lowercase ASCII (the tokenizer folds case and accents, and a word list read here would
 * have to fold them the same way), nothing starts with it, or too many words do.
 */
export function messageWordsStartingWith(
  db: ArchiveDb,
  prefix: string,
  max: number = MAX_PREFIX_TERMS,
): string[] | null {
  const folded = prefix.toLowerCase();
  if (!/^[a-z0-9]+$/.test(folded)) return null;
  ensureVocabulary(db);
  // Every word starting with the prefix sorts at or after it and before the prefix with its last letter
  // moved one on ("thf" for "the").
  const after = folded.slice(0, -1) + String.fromCharCode(folded.charCodeAt(folded.length - 1) + 1);
  const words = prepared(db, 'SELECT term FROM temp.messages_fts_terms WHERE term >= ? AND term < ? LIMIT ?')
    .pluck()
    .all(folded, after, max + 1) as string[];
  return words.length === 0 || words.length > max ? null : words;
}
