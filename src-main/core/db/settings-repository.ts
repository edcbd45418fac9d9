// The person's settings, one JSON value per key, kept in the archive so the app and the CLI agree.

import type { ArchiveDb } from './archive-db.js';
import { prepared } from './prepared-statements.js';

export const WATCHED_FOLDERS = 'watch.folders';
export const SCAN_ROOTS = 'relink.roots';
/** Read by the desktop app only, which registers itself (or not) to start with the computer. */
export const LAUNCH_AT_LOGIN = 'desktop.launchAtLogin';

export function readSetting<T>(db: ArchiveDb, key: string): T | null {
  const row = prepared(db, 'SELECT value FROM settings WHERE key = ?').get(key) as
    { value: string } | undefined;
  if (!row) return null;
  try {
    return JSON.parse(row.value) as T;
  } catch {
    return null;
  }
}

export function writeSetting(db: ArchiveDb, key: string, value: unknown): void {
  prepared(
    db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, JSON.stringify(value));
}
