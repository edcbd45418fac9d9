// Opens (or creates) the archive's SQLite file with the settings every connection needs: WAL so that
// readers never block the importer and a killed process leaves a consistent file, then migrates.

import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrate.js';

export type ArchiveDb = Database.Database;

export function openArchiveDb(file: string, options: { readonly?: boolean } = {}): ArchiveDb {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, { readonly: options.readonly ?? false });
  db.pragma('busy_timeout = 10000');
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  }
  db.pragma('foreign_keys = ON');
  db.pragma('cache_size = -65536');
  db.pragma('temp_store = MEMORY');
  if (!options.readonly) migrate(db);
  return db;
}
