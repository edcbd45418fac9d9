// Reads the artifacts conversations produced or carried, with the blob holding their bytes if any
// export had them.

import type { ArtifactKind, ArtifactQuery, ArtifactView } from '../../../src-shared/model/artifact.js';
import type { LinkStatus } from '../../../src-shared/model/link.js';
import type { ArchiveDb } from './archive-db.js';
import { BEST_LINK_OF_ARTIFACT } from './link-repository.js';
import { prepared } from './prepared-statements.js';
import type { NormalizedConversation } from '../chatgpt-export/conversation-normalizer.js';

interface ArtifactRow {
  readonly id: number;
  readonly kind: ArtifactKind;
  readonly conversation_id: string;
  readonly conversation_title: string | null;
  readonly node_id: string;
  readonly file_name: string | null;
  readonly size_bytes: number | null;
  readonly mime_type: string | null;
  readonly prompt: string | null;
  readonly url: string | null;
  readonly title: string | null;
  readonly language: string | null;
  readonly text: string | null;
  readonly asset_pointer: string | null;
  readonly lost: number;
  readonly blob_sha256: string | null;
  readonly blob_size: number | null;
  readonly blob_mime: string | null;
  readonly link_status: LinkStatus | null;
  readonly link_path: string | null;
}

export function listArtifacts(db: ArchiveDb, query: ArtifactQuery): ArtifactView[] {
  const rows = prepared(
    db,
    `SELECT a.*, b.size AS blob_size, b.mime_type AS blob_mime,
       (SELECT c.title FROM conversations c WHERE c.id = a.conversation_id) AS conversation_title,
       (SELECT l.status ${BEST_LINK_OF_ARTIFACT}) AS link_status, (SELECT l.path ${BEST_LINK_OF_ARTIFACT}) AS link_path
     FROM artifacts a
     LEFT JOIN blobs b ON b.sha256 = a.blob_sha256
     WHERE (@kind IS NULL OR a.kind = @kind) AND (@conversationId IS NULL OR a.conversation_id = @conversationId)
     ORDER BY a.id LIMIT @limit OFFSET @offset`,
  ).all({
    kind: query.kind ?? null,
    conversationId: query.conversationId ?? null,
    limit: query.limit ?? -1,
    offset: query.offset ?? 0,
  }) as ArtifactRow[];
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    conversationId: row.conversation_id,
    conversationTitle: row.conversation_title,
    messageId: row.node_id,
    fileName: row.file_name,
    sizeBytes: row.size_bytes ?? row.blob_size,
    mimeType: row.mime_type ?? row.blob_mime,
    prompt: row.prompt,
    url: row.url,
    title: row.title,
    language: row.language,
    text: row.text,
    assetPointer: row.asset_pointer,
    lost: row.lost === 1,
    blob: row.blob_sha256 !== null ? { sha256: row.blob_sha256, size: row.blob_size ?? 0 } : null,
    link: row.link_status && row.link_path ? { status: row.link_status, path: row.link_path } : null,
  }));
}

/** What names an artifact across rebuilds of the archive, where row ids differ. */
export interface ArtifactKey {
  readonly conversationId: string;
  readonly nodeId: string;
  readonly ordinal: number;
}

export function artifactKeyOf(db: ArchiveDb, id: number): ArtifactKey | null {
  const row = prepared(
    db,
    'SELECT conversation_id AS conversationId, node_id AS nodeId, ordinal FROM artifacts WHERE id = ?',
  ).get(id) as ArtifactKey | undefined;
  return row ?? null;
}

export function findArtifactByKey(db: ArchiveDb, key: ArtifactKey): number | null {
  const id = prepared(
    db,
    'SELECT id FROM artifacts WHERE conversation_id = ? AND node_id = ? AND ordinal = ?',
  )
    .pluck()
    .get(key.conversationId, key.nodeId, key.ordinal) as number | undefined;
  return id ?? null;
}

const ARTIFACT_COLUMNS = [
  'kind',
  'file_name',
  'size_bytes',
  'mime_type',
  'asset_pointer',
  'prompt',
  'url',
  'title',
  'language',
  'text',
  'gen_id',
  'expires_at',
  'lost',
] as const;

// Not one INSERT … ON CONFLICT DO UPDATE: an upsert opens a statement journal, and opening one makes
// the search index write out the terms it holds in memory, so each conversation with an artifact left
// a small index segment to merge later (a third of the writing thread's time on a 1 GB import).
const INSERT_ARTIFACT = `INSERT INTO artifacts (conversation_id, node_id, ordinal, ${ARTIFACT_COLUMNS.join(', ')},
  blob_sha256) VALUES (?, ?, ?, ${ARTIFACT_COLUMNS.map(() => '?').join(', ')}, ?)`;
const UPDATE_ARTIFACT = `UPDATE artifacts SET ${ARTIFACT_COLUMNS.map((column) => `${column} = ?`).join(', ')},
  blob_sha256 = coalesce(?, blob_sha256) WHERE id = ?`;

/** Writes a conversation's artifacts (only those of the nodes named, when some are). */
export function upsertArtifacts(
  db: ArchiveDb,
  conversation: NormalizedConversation,
  onlyNodes: ReadonlySet<string> | null,
  blobFor: (pointer: string) => string | null,
): void {
  for (const artifact of conversation.artifacts) {
    if (onlyNodes && !onlyNodes.has(artifact.nodeId)) continue;
    const blob = artifact.assetPointer ? blobFor(artifact.assetPointer) : null;
    const values = [
      artifact.kind,
      artifact.fileName ?? null,
      artifact.sizeBytes ?? null,
      artifact.mimeType ?? null,
      artifact.assetPointer ?? null,
      artifact.prompt ?? null,
      artifact.url ?? null,
      artifact.title ?? null,
      artifact.language ?? null,
      artifact.text ?? null,
      artifact.genId ?? null,
      artifact.expiresAt ?? null,
      artifact.lost ? 1 : 0,
    ];
    const id = findArtifactByKey(db, {
      conversationId: conversation.id,
      nodeId: artifact.nodeId,
      ordinal: artifact.ordinal,
    });
    if (id === null)
      prepared(db, INSERT_ARTIFACT).run(conversation.id, artifact.nodeId, artifact.ordinal, ...values, blob);
    else prepared(db, UPDATE_ARTIFACT).run(...values, blob, id);
  }
}

/** The stored bytes of one artifact: their hash and the types the archive recorded, or undefined. */
export function storedBlobOfArtifact(
  db: ArchiveDb,
  artifactId: number,
):
  | {
      readonly sha256: string;
      readonly file_name: string | null;
      readonly artifact_mime: string | null;
      readonly blob_mime: string | null;
    }
  | undefined {
  return prepared(
    db,
    `SELECT a.blob_sha256 AS sha256, a.file_name, a.mime_type AS artifact_mime, b.mime_type AS blob_mime
     FROM artifacts a JOIN blobs b ON b.sha256 = a.blob_sha256 WHERE a.id = ?`,
  ).get(artifactId) as ReturnType<typeof storedBlobOfArtifact>;
}
