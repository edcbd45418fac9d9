// Rows of 2026's library_files.json, and the artifacts they stand for: a library file fills in what
// the message that carried it left out (size, type, bytes), or becomes an artifact of its own when no
// message of its conversation mentions it.

import type { LibraryFile } from '../export/library-files.js';
import { libraryArtifactKind } from '../export/library-files.js';
import { pointerId } from '../export/asset-resolver.js';
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

interface LibraryRow {
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

/**
 * Matches every library file whose conversation is in the archive to the artifact of the same file,
 * filling in its blanks, or adds it as an artifact. Returns how many artifacts were added.
 */
export function attachLibraryFiles(db: ArchiveDb): number {
  const rows = prepared(
    db,
    `SELECT l.file_id, l.file_name, l.mime_type, l.size_bytes, l.category, l.conversation_id, l.message_id,
       l.image_gen_id, l.blob_sha256
     FROM library_files l JOIN conversations c ON c.id = l.conversation_id`,
  ).all() as LibraryRow[];
  let added = 0;
  for (const row of rows) {
    const artifacts = prepared(
      db,
      'SELECT id, asset_pointer FROM artifacts WHERE conversation_id = ? AND asset_pointer IS NOT NULL',
    ).all(row.conversation_id) as { id: number; asset_pointer: string }[];
    const wanted = row.file_id.toLowerCase();
    const same = artifacts.find((artifact) => pointerId(artifact.asset_pointer).toLowerCase() === wanted);
    if (same) {
      prepared(
        db,
        `UPDATE artifacts SET file_name = coalesce(file_name, ?), size_bytes = coalesce(size_bytes, ?),
           mime_type = coalesce(mime_type, ?), blob_sha256 = coalesce(blob_sha256, ?) WHERE id = ?`,
      ).run(row.file_name, row.size_bytes, row.mime_type, row.blob_sha256, same.id);
      continue;
    }
    // Message artifacts are numbered from 0 within their node; library ones count down from -1 so
    // the two never collide when a later export rewrites the node.
    const nodeId = row.message_id ?? '';
    const lowest = prepared(
      db,
      'SELECT min(ordinal) AS n FROM artifacts WHERE conversation_id = ? AND node_id = ?',
    ).get(row.conversation_id, nodeId) as { n: number | null };
    const kind = libraryArtifactKind({ category: row.category, imageGenId: row.image_gen_id });
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
    added += 1;
  }
  return added;
}
