// How much disk an import may need (to refuse one that cannot fit before it writes anything), and
// whether a quick_check of the whole archive is cheap beside the import just made.

import type { ArchiveDb } from '../db/archive-db.js';
import { KeptExports } from '../safekeeping/kept-exports.js';
import { type ExportLayout } from '../export/export-layout.js';
import type { ExportSource } from '../export/export-source.js';

// The archive takes about 2.3× the conversations' JSON (text, the verbatim node and the search index);
// the estimate leaves room for that, the WAL and SQLite's own working space.
const ARCHIVE_BYTES_PER_JSON_BYTE = 2.5;
const SPACE_MARGIN_BYTES = 32 * 1024 * 1024;

const QUICK_CHECK_ALWAYS_BYTES = 256 * 1024 * 1024;

export function quickCheckIsCheap(db: ArchiveDb, importBytes: number): boolean {
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const archiveBytes = (db.pragma('page_count', { simple: true }) as number) * pageSize;
  return archiveBytes <= QUICK_CHECK_ALWAYS_BYTES || archiveBytes <= 2 * importBytes;
}

/** Bytes the import may still need on disk: the archive's share of the JSON, the binaries, the kept copy. */
export function spaceNeeded(source: ExportSource, layout: ExportLayout, keeping: boolean): number {
  const json = layout.conversationFiles.reduce((sum, entry) => sum + entry.size, 0);
  const binaries = layout.binaries.reduce((sum, entry) => sum + entry.size, 0);
  return Math.round(
    json * ARCHIVE_BYTES_PER_JSON_BYTE +
      binaries +
      (keeping ? KeptExports.bytesToKeep(source) : 0) +
      SPACE_MARGIN_BYTES,
  );
}
