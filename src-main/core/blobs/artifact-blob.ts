// The stored bytes of one artifact, found by its id only, for a shell that shows them (the HTTP
// bridge, the desktop app's protocol): never by a path the asker chooses. Its type is read from the
// bytes first, because exports label files loosely (2026 ones call every binary `.dat`).

import { open } from 'node:fs/promises';
import type { ArchiveDb } from '../db/archive-db.js';
import { storedBlobOfArtifact } from '../db/artifact-repository.js';
import { mimeFromFileName, sniffFileType } from '../chatgpt-export/magic-bytes.js';
import type { BlobStore } from './blob-store.js';

export interface ArtifactBlob {
  /** Where the bytes lie in the blob store. */
  readonly path: string;
  /** What the bytes are: sniffed, else as the archive recorded it, else by the file's name. */
  readonly mimeType: string;
  /** The name to save it under: the one the export gave, else one made from the id. */
  readonly fileName: string;
  readonly bytes: number;
}

const HEAD_BYTES = 64;

export async function artifactBlob(
  db: ArchiveDb,
  blobs: BlobStore,
  artifactId: number,
): Promise<ArtifactBlob | null> {
  const row = storedBlobOfArtifact(db, artifactId);
  if (!row) return null;
  const path = blobs.pathOf(row.sha256);
  let head: Buffer;
  let bytes: number;
  try {
    const file = await open(path, 'r');
    try {
      bytes = (await file.stat()).size;
      const buffer = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await file.read(buffer, 0, HEAD_BYTES, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await file.close();
    }
  } catch {
    // Recorded but not on disk (a damaged data folder): `archivist check` tells that story.
    return null;
  }
  const sniffed = sniffFileType(head);
  const mimeType =
    sniffed?.mime ??
    row.artifact_mime ??
    row.blob_mime ??
    (row.file_name ? mimeFromFileName(row.file_name) : null) ??
    'application/octet-stream';
  const fileName = row.file_name ?? `artifact-${artifactId}${sniffed ? `.${sniffed.ext}` : ''}`;
  return { path, mimeType, fileName, bytes };
}
