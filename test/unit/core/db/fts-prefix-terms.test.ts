// A typed prefix is searched as the words it stands for (fts-prefix-terms.ts): the rows found must be
// exactly the rows FTS5's own prefix query finds, and a prefix the word list cannot stand for stays one.

import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openArchiveDb, type ArchiveDb } from '../../../../src-main/core/db/archive-db.js';
import { messageWordsStartingWith } from '../../../../src-main/core/db/fts-prefix-terms.js';
import { parseSearchText, toFtsMatch } from '../../../../src-main/core/db/fts-query.js';
import { indexMessageText } from '../../../../src-main/core/db/search-index.js';
import { useTempFolders } from '../../../support/temp-folder.js';

const temp = useTempFolders();
const opened: ArchiveDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const TEXTS = [
  'The theme of the thesis is there',
  'Thermal paste, then the heatsink',
  'thé glacé and a theory',
  'nothing starting with that prefix here',
  'THEY said "the" twice, the end',
  'Théâtre tonight, 9 pm',
  'path/to/the_file.ts and other things',
];

function archive(): ArchiveDb {
  const db = openArchiveDb(join(temp(), 'archive.sqlite'));
  opened.push(db);
  TEXTS.forEach((text, i) => indexMessageText(db, i + 1, text));
  return db;
}

function rowsFor(db: ArchiveDb, match: string): number[] {
  return db
    .prepare('SELECT rowid FROM messages_fts WHERE messages_fts MATCH ? ORDER BY rowid')
    .pluck()
    .all(match) as number[];
}

describe('a typed prefix searched as the words it stands for', () => {
  it('lists the index words that start with the prefix, folded as the index folds them', () => {
    const db = archive();
    expect(messageWordsStartingWith(db, 'ther')).toEqual(['there', 'thermal']);
    expect(messageWordsStartingWith(db, 'THES')).toEqual(['thesis']);
    expect(messageWordsStartingWith(db, 'the')).toContain('theatre');
  });

  it('keeps the prefix when the words cannot stand for it: accents, nothing found, too many', () => {
    const db = archive();
    expect(messageWordsStartingWith(db, 'thé')).toBeNull();
    expect(messageWordsStartingWith(db, 'zzz')).toBeNull();
    expect(messageWordsStartingWith(db, 'the', 3)).toBeNull();
  });

  it('finds exactly the rows FTS5 finds for the prefix, in phrases, alternatives and exclusions', () => {
    const db = archive();
    for (const typed of [
      'the*',
      'THE*',
      'ther*',
      'the* -paste',
      'pm OR thes*',
      'heat* the*',
      'thé*',
      'no*',
    ]) {
      const parsed = parseSearchText(typed);
      const native = toFtsMatch(parsed) as string;
      const expanded = toFtsMatch(parsed, (prefix) => messageWordsStartingWith(db, prefix)) as string;
      if (!['thé*'].includes(typed)) expect(expanded, typed).not.toEqual(native);
      expect(rowsFor(db, expanded), typed).toEqual(rowsFor(db, native));
      expect(rowsFor(db, native).length, typed).toBeGreaterThan(0);
    }
  });

  it('works on an archive opened read-only, as the command line opens it to search', () => {
    const file = join(temp(), 'archive.sqlite');
    const writer = openArchiveDb(file);
    indexMessageText(writer, 1, 'the theme');
    writer.close();
    const reader = openArchiveDb(file, { readonly: true });
    opened.push(reader);
    expect(messageWordsStartingWith(reader, 'the')).toEqual(['the', 'theme']);
  });
});
