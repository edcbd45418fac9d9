// Rows of 2026's library_files.json, and the SQL that lets a library file fill in what the message
// that carried it left out (size, type, bytes), or become an artifact of its own (see
// core/import/library-linking.ts).

import type { ArtifactKind } from '../../../src-shared/model/artifact.js';
import type { LibraryFile } from '../chatgpt-export/library-files.js';
import type { ArchiveDb } from './archive-db.js';
import { prepared } from './prepared-statements.js';

export function saveLibraryFiles(
  db: ArchiveDb,
  exportId: string,
  files: readonly LibraryFile[],
  blobFor: (fileId: string) => string | null,
): void {
  const statement = prepared(
    db,
    `INSERT INTO library_files (file_id, export_id, file_name, mime_type, size_bytes, category, created_at,
       conversation_id, message_id, image_gen_id, trashed_at, deleted_at, blob_sha256, raw)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (file_id) DO UPDATE SET export_id = excluded.export_id, file_name = excluded.file_name,
       mime_type = excluded.mime_type, size_bytes = excluded.size_bytes, category = excluded.category,
       created_at = excluded.created_at, conversation_id = excluded.conversation_id,
       message_id = excluded.message_id, image_gen_id = excluded.image_gen_id, trashed_at = excluded.trashed_at,
       deleted_at = excluded.deleted_at, blob_sha256 = coalesce(excluded.blob_sha256, library_files.blob_sha256),
       raw = excluded.raw`,
  );
  for (const file of files) {
    statement.run(
      file.fileId,
      exportId,
      file.fileName,
      file.mimeType,
      file.sizeBytes,
      file.category,
      file.createdAt,
      file.conversationId,
      file.messageId,
      file.imageGenId,
      file.trashedAt,
      file.deletedAt,
      blobFor(file.fileId),
      file.raw,
    );
  }
}

export interface LibraryRow {
  readonly file_id: string;
  readonly file_name: string | null;
  readonly mime_type: string | null;
  readonly size_bytes: number | null;
  readonly category: string | null;
  readonly conversation_id: string;
  readonly message_id: string | null;
  readonly image_gen_id: string | null;
  readonly blob_sha256: string | null;
}

/** Every library file whose conversation is in the archive. */
export function libraryFilesInArchive(db: ArchiveDb): LibraryRow[] {
  return prepared(
    db,
    `SELECT l.file_id, l.file_name, l.mime_type, l.size_bytes, l.category, l.conversation_id, l.message_id,
       l.image_gen_id, l.blob_sha256
     FROM library_files l JOIN conversations c ON c.id = l.conversation_id`,
  ).all() as LibraryRow[];
}

/** The artifacts of a conversation that point at an asset, for matching library files to. */
export function pointingArtifacts(
  db: ArchiveDb,
  conversationId: string,
): { id: number; asset_pointer: string }[] {
  return prepared(
    db,
    'SELECT id, asset_pointer FROM artifacts WHERE conversation_id = ? AND asset_pointer IS NOT NULL',
  ).all(conversationId) as { id: number; asset_pointer: string }[];
}

/** Fills the blanks of an artifact from the library's record of the same file. */
export function fillArtifactFromLibrary(db: ArchiveDb, artifactId: number, row: LibraryRow): void {
  prepared(
    db,
    `UPDATE artifacts SET file_name = coalesce(file_name, ?), size_bytes = coalesce(size_bytes, ?),
       mime_type = coalesce(mime_type, ?), blob_sha256 = coalesce(blob_sha256, ?) WHERE id = ?`,
  ).run(row.file_name, row.size_bytes, row.mime_type, row.blob_sha256, artifactId);
}

/** Adds a library file no message mentions as an artifact of its conversation. */
export function addLibraryArtifact(db: ArchiveDb, row: LibraryRow, kind: ArtifactKind): void {
  // Message artifacts are numbered from 0 within their node; library ones count down from -1 so
  // the two never collide when a later export rewrites the node.
  const nodeId = row.message_id ?? '';
  const lowest = prepared(
    db,
    'SELECT min(ordinal) AS n FROM artifacts WHERE conversation_id = ? AND node_id = ?',
  ).get(row.conversation_id, nodeId) as { n: number | null };
  prepared(
    db,
    `INSERT INTO artifacts (conversation_id, node_id, ordinal, kind, file_name, size_bytes, mime_type,
       asset_pointer, gen_id, blob_sha256)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    row.conversation_id,
    nodeId,
    Math.min(lowest.n ?? 0, 0) - 1,
    kind,
    row.file_name,
    row.size_bytes,
    row.mime_type,
    row.file_id,
    row.image_gen_id,
    row.blob_sha256,
  );
}
