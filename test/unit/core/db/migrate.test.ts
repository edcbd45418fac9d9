// The archive's schema moves forward on open and never backwards: an archive from an earlier version
// keeps every message searchable after migrating, and one from a newer version is refused untouched.

import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openArchiveDb } from '../../../../src-main/core/db/archive-db.js';
import { MIGRATIONS, latestSchemaVersion, migrate } from '../../../../src-main/core/db/migrate.js';
import { searchArchive } from '../../../../src-main/core/db/search-repository.js';
import { useTempFolders } from '../../../support/temp-folder.js';

const temp = useTempFolders();

function triggers(db: Database.Database): string[] {
  return (
    db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'trigger'`).all() as { name: string }[]
  ).map((row) => row.name);
}

/** How many segments the message index gathers at a level before merging them (FTS5's automerge). */
function indexMergesAt(db: Database.Database): number | undefined {
  return db.prepare(`SELECT v FROM messages_fts_config WHERE k = 'automerge'`).pluck().get() as
    number | undefined;
}

describe('archive migrations', () => {
  it('creates a new archive at the latest schema, with no index triggers', () => {
    const db = openArchiveDb(join(temp(), 'archive.sqlite'));
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion());
    expect(triggers(db)).toEqual([]);
    // Laid out in 16 KB pages, which an import writes a quarter as many of.
    expect(db.pragma('page_size', { simple: true })).toBe(16384);
    expect(indexMergesAt(db)).toBe(16);
    db.close();
  });

  it('brings a schema-1 archive forward and keeps what it indexed searchable', () => {
    const file = join(temp(), 'archive.sqlite');
    const old = new Database(file);
    migrate(old, MIGRATIONS.slice(0, 1));
    old.exec(`INSERT INTO conversations (id, title) VALUES ('c1', 'Narwhal census');
      INSERT INTO messages (conversation_id, node_id, role, text, on_current_branch)
      VALUES ('c1', 'n1', 'user', 'Count the narwhals in the fjord', 1);`);
    expect(triggers(old).length).toBeGreaterThan(0);
    old.close();

    const db = openArchiveDb(file);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion());
    expect(triggers(db)).toEqual([]);
    // An existing archive keeps the page size it was made with; changing it would rewrite the file.
    expect(db.pragma('page_size', { simple: true })).toBe(4096);
    expect(indexMergesAt(db)).toBe(16);
    const result = searchArchive(db, { text: 'narwhal*' });
    expect(result.hits.map((hit) => hit.snippet).sort()).toEqual([
      'Count the «narwhals» in the fjord',
      '«Narwhal» census',
    ]);
    db.close();
  });

  it('refuses an archive written by a newer Archivist and leaves it as it was', () => {
    const file = join(temp(), 'archive.sqlite');
    const newer = new Database(file);
    newer.pragma(`user_version = ${latestSchemaVersion() + 1}`);
    newer.close();
    expect(() => openArchiveDb(file)).toThrow(/newer Archivist/);
    const after = new Database(file, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(latestSchemaVersion() + 1);
    after.close();
  });
});
