// The index of the person's own files: folders with the mtime they were listed at, and files with
// their name, matching keys, size and mtime. Never any file contents.

import { join, sep } from 'node:path';
import type { ArchiveDb } from './archive-db.js';
import { prepared } from './prepared-statements.js';

export interface IndexedFile {
  readonly name: string;
  readonly size: number;
  readonly mtimeMs: number;
}

export interface FolderListing {
  readonly path: string;
  readonly parent: string | null;
  readonly root: string;
  readonly mtimeMs: number;
  readonly files: readonly (IndexedFile & { readonly matchKey: string; readonly baseKey: string })[];
  readonly folders: readonly string[];
}

export function knownFolderMtime(db: ArchiveDb, path: string): number | null {
  const row = prepared(db, 'SELECT mtime_ms FROM local_folders WHERE path = ?').get(path) as
    { mtime_ms: number } | undefined;
  return row?.mtime_ms ?? null;
}

export function knownSubfolders(db: ArchiveDb, path: string): string[] {
  return prepared(db, 'SELECT path FROM local_folders WHERE parent = ?').pluck().all(path) as string[];
}

/** Everything at or below a folder, as [from, to) bounds that also catch `path/…` and nothing else. */
function below(path: string): [string, string] {
  // The separator's successor in code order closes the range: '/' + 1 is '0', '\\' + 1 is ']'.
  return [`${path}${sep}`, `${path}${String.fromCharCode(sep.charCodeAt(0) + 1)}`];
}

export function forgetFolderTree(db: ArchiveDb, path: string): void {
  const [from, to] = below(path);
  prepared(db, 'DELETE FROM local_files WHERE folder = ? OR (folder >= ? AND folder < ?)').run(
    path,
    from,
    to,
  );
  prepared(db, 'DELETE FROM local_folders WHERE path = ? OR (path >= ? AND path < ?)').run(path, from, to);
}

/** Replaces what the index holds for one folder with what its listing found. */
export function recordFolderListing(db: ArchiveDb, listing: FolderListing): void {
  const stored = new Map(
    (
      prepared(db, 'SELECT name, size, mtime_ms FROM local_files WHERE folder = ?').all(listing.path) as {
        name: string;
        size: number;
        mtime_ms: number;
      }[]
    ).map((row) => [row.name, row]),
  );
  for (const file of listing.files) {
    const known = stored.get(file.name);
    stored.delete(file.name);
    if (known && known.size === file.size && known.mtime_ms === file.mtimeMs) continue;
    prepared(
      db,
      `INSERT INTO local_files (folder, name, match_key, base_key, size, mtime_ms) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (folder, name) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms`,
    ).run(listing.path, file.name, file.matchKey, file.baseKey, file.size, file.mtimeMs);
  }
  for (const gone of stored.keys()) {
    prepared(db, 'DELETE FROM local_files WHERE folder = ? AND name = ?').run(listing.path, gone);
  }
  const present = new Set(listing.folders);
  for (const child of knownSubfolders(db, listing.path)) {
    if (!present.has(child)) forgetFolderTree(db, child);
  }
  prepared(
    db,
    `INSERT INTO local_folders (path, parent, root, mtime_ms) VALUES (?, ?, ?, ?)
     ON CONFLICT (path) DO UPDATE SET parent = excluded.parent, root = excluded.root, mtime_ms = excluded.mtime_ms`,
  ).run(listing.path, listing.parent, listing.root, listing.mtimeMs);
}

/** The roots the index was built from. */
export function indexedRoots(db: ArchiveDb): string[] {
  return prepared(db, 'SELECT DISTINCT root FROM local_folders ORDER BY root').pluck().all() as string[];
}

export function countIndexedFiles(db: ArchiveDb): number {
  return (prepared(db, 'SELECT count(*) AS n FROM local_files').get() as { n: number }).n;
}

export interface FileMatch {
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
}

interface FileRow {
  readonly folder: string;
  readonly name: string;
  readonly size: number;
  readonly mtime_ms: number;
}

const FILE_COLUMNS = 'folder, name, size, mtime_ms';

function toMatches(rows: FileRow[]): FileMatch[] {
  return rows.map((row) => ({ path: join(row.folder, row.name), size: row.size, mtimeMs: row.mtime_ms }));
}

export function filesByKeyAndSize(db: ArchiveDb, key: string, size: number): FileMatch[] {
  return toMatches(
    prepared(db, `SELECT ${FILE_COLUMNS} FROM local_files WHERE match_key = ? AND size = ?`).all(
      key,
      size,
    ) as FileRow[],
  );
}

/** Duplicates a browser made of the file ("name (1).pdf" …), the original name itself excluded. */
export function duplicatesByBaseAndSize(db: ArchiveDb, key: string, size: number): FileMatch[] {
  return toMatches(
    prepared(
      db,
      `SELECT ${FILE_COLUMNS} FROM local_files WHERE base_key = ? AND size = ? AND match_key != ?`,
    ).all(key, size, key) as FileRow[],
  );
}

export function filesByKeyOtherSize(db: ArchiveDb, key: string, size: number): FileMatch[] {
  return toMatches(
    prepared(db, `SELECT ${FILE_COLUMNS} FROM local_files WHERE match_key = ? AND size != ?`).all(
      key,
      size,
    ) as FileRow[],
  );
}
