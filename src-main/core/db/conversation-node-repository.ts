// The reads behind the reader: every node of one conversation with the raw message kept for it, and
// every artifact the conversation carried with whether its bytes are in the archive and how the
// upload is linked to an original on disk.

import type { ArtifactKind } from '../../../src-shared/model/artifact.js';
import type { LinkStatus } from '../../../src-shared/model/link.js';
import type { ArchiveDb } from './archive-db.js';
import type { StoredNode } from './conversation-repository.js';
import { unpackRaw, unpackText } from './message-packing.js';
import { BEST_LINK_OF_ARTIFACT } from './link-repository.js';
import { prepared } from './prepared-statements.js';

/** A node as branchPaths takes it, with the recipient and raw message the reader needs besides. */
export interface ReaderNodeRow extends StoredNode {
  readonly recipient: string | null;
  readonly has_message: number;
}

export interface ConversationArtifact {
  readonly id: number;
  readonly nodeId: string;
  readonly ordinal: number;
  readonly kind: ArtifactKind;
  readonly fileName: string | null;
  readonly sizeBytes: number | null;
  readonly mimeType: string | null;
  readonly assetPointer: string | null;
  readonly prompt: string | null;
  readonly url: string | null;
  readonly title: string | null;
  readonly language: string | null;
  readonly text: string | null;
  readonly expiresAt: number | null;
  /** Whether some export carried the bytes, so that the archive can serve them by artifact id. */
  readonly available: boolean;
  readonly linkStatus: LinkStatus | null;
  /** A file Code Interpreter produced that went with its session (no export carries it). */
  readonly lost: boolean;
}

/**
 * Every node of the conversation, in the order written (the root and other message-less nodes too).
 * The indexed text is left out on the visible thread: the parts come from raw, and only a branch's
 * first message off that thread is previewed from its text (a long conversation reads faster so).
 */
export function conversationNodes(db: ArchiveDb, conversationId: string): ReaderNodeRow[] {
  const rows = prepared(
    db,
    `SELECT node_id, parent_id, role, author_name, recipient, content_type, create_time,
       text AS stored_text, hidden, on_current_branch, thread_index, raw, raw IS NOT NULL AS has_message
     FROM messages WHERE conversation_id = ? ORDER BY rowid`,
  ).all(conversationId) as (Omit<ReaderNodeRow, 'text'> & { stored_text: unknown })[];
  return rows.map(({ stored_text: storedText, ...row }) => {
    let text: string | null | undefined;
    const textOnce = () => (text === undefined ? (text = unpackText(storedText)) : text);
    return {
      ...row,
      text: row.on_current_branch === 0 ? textOnce() : null,
      raw: unpackRaw(row.raw, textOnce),
    };
  });
}

interface ArtifactRow {
  readonly id: number;
  readonly node_id: string;
  readonly ordinal: number;
  readonly kind: ArtifactKind;
  readonly file_name: string | null;
  readonly size_bytes: number | null;
  readonly mime_type: string | null;
  readonly asset_pointer: string | null;
  readonly prompt: string | null;
  readonly url: string | null;
  readonly title: string | null;
  readonly language: string | null;
  readonly text: string | null;
  readonly expires_at: number | null;
  readonly blob_sha256: string | null;
  readonly blob_size: number | null;
  readonly blob_mime: string | null;
  readonly link_status: LinkStatus | null;
  readonly lost: number;
}

/** Every artifact of the conversation, by node and then in the order the message holds them. */
export function conversationArtifacts(db: ArchiveDb, conversationId: string): ConversationArtifact[] {
  const rows = prepared(
    db,
    `SELECT a.id, a.node_id, a.ordinal, a.kind, a.file_name, a.size_bytes, a.mime_type, a.asset_pointer, a.prompt,
       a.url, a.title, a.language, a.text, a.expires_at, a.lost, a.blob_sha256, b.size AS blob_size, b.mime_type AS blob_mime,
       (SELECT l.status ${BEST_LINK_OF_ARTIFACT}) AS link_status
     FROM artifacts a LEFT JOIN blobs b ON b.sha256 = a.blob_sha256
     WHERE a.conversation_id = ? ORDER BY a.node_id, a.ordinal`,
  ).all(conversationId) as ArtifactRow[];
  return rows.map((row) => ({
    id: row.id,
    nodeId: row.node_id,
    ordinal: row.ordinal,
    kind: row.kind,
    fileName: row.file_name,
    sizeBytes: row.size_bytes ?? row.blob_size,
    mimeType: row.mime_type ?? row.blob_mime,
    assetPointer: row.asset_pointer,
    prompt: row.prompt,
    url: row.url,
    title: row.title,
    language: row.language,
    text: row.text,
    expiresAt: row.expires_at,
    available: row.blob_sha256 !== null,
    linkStatus: row.link_status,
    lost: row.lost === 1,
  }));
}
