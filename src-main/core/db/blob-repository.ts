// Rows for the content-addressed blob store: one per distinct file content across all exports,
// and which export carried which file under which path.

import type { ArchiveDb } from './archive-db.js';
import { prepared } from './prepared-statements.js';

export function recordBlob(
  db: ArchiveDb,
  blob: { sha256: string; size: number; mimeType: string | null; exportId: string },
): void {
  prepared(
    db,
    `INSERT INTO blobs (sha256, size, mime_type, first_export, stored_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (sha256) DO NOTHING`,
  ).run(blob.sha256, blob.size, blob.mimeType, blob.exportId, new Date().toISOString());
}

export function recordExportFile(
  db: ArchiveDb,
  file: { exportId: string; path: string; originalName: string | null; sha256: string },
): void {
  prepared(
    db,
    `INSERT INTO export_files (export_id, path, original_name, blob_sha256) VALUES (?, ?, ?, ?)
     ON CONFLICT (export_id, path) DO UPDATE SET blob_sha256 = excluded.blob_sha256`,
  ).run(file.exportId, file.path, file.originalName, file.sha256);
}

export function exportFiles(
  db: ArchiveDb,
  exportId: string,
): { path: string; original_name: string | null; blob_sha256: string }[] {
  return prepared(db, 'SELECT path, original_name, blob_sha256 FROM export_files WHERE export_id = ?').all(
    exportId,
  ) as { path: string; original_name: string | null; blob_sha256: string }[];
}

/** Artifacts whose bytes no export carried yet, for a newer export that might. */
export function artifactsWithoutBlob(db: ArchiveDb): { id: number; asset_pointer: string }[] {
  return prepared(
    db,
    'SELECT id, asset_pointer FROM artifacts WHERE blob_sha256 IS NULL AND asset_pointer IS NOT NULL',
  ).all() as { id: number; asset_pointer: string }[];
}

export function linkArtifactBlob(db: ArchiveDb, artifactId: number, sha256: string): void {
  prepared(db, 'UPDATE artifacts SET blob_sha256 = ? WHERE id = ?').run(sha256, artifactId);
}

/** How many binaries the archive records for this export. */
export function countExportFiles(db: ArchiveDb, exportId: string): number {
  return prepared(db, 'SELECT count(*) FROM export_files WHERE export_id = ?')
    .pluck()
    .get(exportId) as number;
}
