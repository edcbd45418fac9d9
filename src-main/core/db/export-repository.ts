// The exports table: one row per imported file, its identity (sha256 and a cheap fingerprint), its
// progress while importing, and the report once done.

import type { ImportReport } from '../../../src-shared/model/import-report.js';
import type { ArchiveDb } from './archive-db.js';
import { prepared } from './prepared-statements.js';

export type ExportStatus = 'importing' | 'complete' | 'failed';

export interface ExportRow {
  readonly id: string;
  readonly sha256: string;
  readonly fingerprint: string | null;
  readonly file_name: string;
  readonly account_id: string | null;
  readonly exported_at: number | null;
  readonly status: ExportStatus;
  readonly progress: string;
  readonly report: string | null;
}

/**
 * Where an interrupted import stopped: per conversation file, how many array elements are in and how
 * many distinct whole conversations they were (what the archive must hold at the end); saved in the
 * same transaction as the rows it describes.
 */
export interface ExportProgress {
  files: Record<string, number>;
  read: Record<string, number>;
  binariesDone: boolean;
  /** Binaries the export lists but whose bytes could not be read (each reported as a warning). */
  skippedBinaries: number;
  counts: { added: number; updated: number; unchanged: number; messages: number; artifacts: number };
  blobs: number;
  warnings: { code: string; message: string }[];
}

export function emptyProgress(): ExportProgress {
  return {
    files: {},
    read: {},
    binariesDone: false,
    skippedBinaries: 0,
    counts: { added: 0, updated: 0, unchanged: 0, messages: 0, artifacts: 0 },
    blobs: 0,
    warnings: [],
  };
}

export function findExportByFingerprint(db: ArchiveDb, fingerprint: string): ExportRow | undefined {
  return prepared(db, 'SELECT * FROM exports WHERE fingerprint = ? ORDER BY status = ? DESC LIMIT 1').get(
    fingerprint,
    'complete',
  ) as ExportRow | undefined;
}

export function findExportBySha256(db: ArchiveDb, sha256: string): ExportRow | undefined {
  return prepared(db, 'SELECT * FROM exports WHERE sha256 = ?').get(sha256) as ExportRow | undefined;
}

export function insertExport(
  db: ArchiveDb,
  row: {
    id: string;
    sha256: string;
    fingerprint: string;
    fileName: string;
    filePath: string;
    fileSize: number;
    accountId: string | null;
    exportedAt: number;
    layout: string;
  },
): void {
  prepared(
    db,
    `INSERT INTO exports (id, sha256, fingerprint, file_name, file_path, file_size, account_id, exported_at, layout,
       status, started_at, progress)
     VALUES (@id, @sha256, @fingerprint, @fileName, @filePath, @fileSize, @accountId, @exportedAt, @layout,
       'importing', @startedAt, @progress)`,
  ).run({ ...row, startedAt: new Date().toISOString(), progress: JSON.stringify(emptyProgress()) });
}

export function restartExport(db: ArchiveDb, id: string, fingerprint: string, filePath: string): void {
  prepared(
    db,
    `UPDATE exports SET status = 'importing', fingerprint = ?, file_path = ?, started_at = ?, finished_at = NULL
     WHERE id = ?`,
  ).run(fingerprint, filePath, new Date().toISOString(), id);
}

/** The same file seen again under another path or name: found by fingerprint next time. */
export function rememberFingerprint(db: ArchiveDb, id: string, fingerprint: string): void {
  prepared(db, 'UPDATE exports SET fingerprint = coalesce(fingerprint, ?) WHERE id = ?').run(fingerprint, id);
}

export function saveExportProgress(db: ArchiveDb, id: string, progress: ExportProgress): void {
  prepared(db, 'UPDATE exports SET progress = ? WHERE id = ?').run(JSON.stringify(progress), id);
}

export function finishExport(
  db: ArchiveDb,
  id: string,
  status: 'complete' | 'failed',
  report: ImportReport,
  completeListing = false,
): void {
  prepared(
    db,
    'UPDATE exports SET status = ?, finished_at = ?, report = ?, complete_listing = ? WHERE id = ?',
  ).run(status, new Date().toISOString(), JSON.stringify(report), completeListing ? 1 : 0, id);
}

/** Sends an export back to be read from its start, keeping what the archive already holds. */
export function resetExportProgress(db: ArchiveDb, id: string): void {
  prepared(db, "UPDATE exports SET status = 'failed', progress = ? WHERE id = ?").run(
    JSON.stringify(emptyProgress()),
    id,
  );
}

/** How many distinct conversations the archive records as held by this export. */
export function countExportConversations(db: ArchiveDb, id: string): number {
  return (
    prepared(db, 'SELECT count(*) AS n FROM conversation_exports WHERE export_id = ?').get(id) as {
      n: number;
    }
  ).n;
}

export function saveExportReport(db: ArchiveDb, id: string, report: ImportReport): void {
  prepared(db, 'UPDATE exports SET report = ? WHERE id = ?').run(JSON.stringify(report), id);
}

export function parseProgress(row: ExportRow): ExportProgress {
  try {
    return { ...emptyProgress(), ...(JSON.parse(row.progress) as Partial<ExportProgress>) };
  } catch {
    return emptyProgress();
  }
}
