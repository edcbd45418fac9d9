// Opens (or creates) the archive's SQLite file with the settings every connection needs: WAL so that
// readers never block the importer and a killed process leaves a consistent file, then migrates.
// A damaged file or a full disk is reported as such, and the file is left as it is.

import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate, type OnUpgrade } from './migrate.js';
import { sqliteNativeBinding } from './sqlite-binding.js';
import { storageFailure } from './storage-failure.js';

export type ArchiveDb = Database.Database;

export function openArchiveDb(
  file: string,
  options: { readonly?: boolean; fileMustExist?: boolean; onUpgrade?: OnUpgrade } = {},
): ArchiveDb {
  if (file !== ':memory:' && !options.readonly) mkdirSync(dirname(file), { recursive: true });
  let db: ArchiveDb | null = null;
  try {
    db = new Database(file, {
      nativeBinding: sqliteNativeBinding(),
      readonly: options.readonly ?? false,
      fileMustExist: options.fileMustExist ?? options.readonly ?? false,
    });
    db.pragma('busy_timeout = 10000');
    if (!options.readonly) {
      // A new archive is laid out in 16 KB pages: an import writes a quarter as many pages (and makes
      // a quarter as many system calls) as with SQLite's 4 KB, and the file comes out smaller (998 MB
      // rather than 1,077 MB for the 1 GB bench export). It has to be said before the first write;
      // an existing archive keeps the size it was made with.
      db.pragma('page_size = 16384');
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('cache_size = -65536');
    db.pragma('temp_store = MEMORY');
    // Reads the schema, so that a file that is not an archive is found here rather than mid-command.
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    if (!options.readonly) migrate(db, undefined, options.onUpgrade);
    return db;
  } catch (error) {
    db?.close();
    throw storageFailure(error, file);
  }
}
