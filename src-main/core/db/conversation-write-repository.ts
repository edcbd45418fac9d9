// The SQL that writes conversations into the archive across exports: nodes inserted or replaced
// (their search index kept in step), the exports each conversation appeared in, and its present
// state. What to write is decided by core/import/conversation-merge.ts.

import type { NormalizedConversation, NormalizedNode } from '../chatgpt-export/conversation-normalizer.js';
import type { ArchiveDb } from './archive-db.js';
import { upsertArtifacts } from './artifact-repository.js';
import { packRaw, packText, unpackRaw, unpackText } from './message-packing.js';
import { prepared } from './prepared-statements.js';
import { indexMessageText, indexTitle, unindexMessageText, unindexTitle } from './search-index.js';

export interface MergeContext {
  readonly exportId: string;
  readonly exportedAt: number;
  readonly accountId: string | null;
  /** Resolves an asset pointer to the sha256 of bytes this export carried. */
  readonly blobFor: (pointer: string) => string | null;
}

/** What the merge needs to know of a conversation already stored. */
export interface StoredConversation {
  readonly rowid: number;
  readonly content_hash: string | null;
  readonly update_time: number | null;
  readonly last_seen_exported_at: number | null;
  readonly removed_upstream_at: number | null;
  readonly title: string | null;
  readonly current_node: string | null;
}

/** The columns a node writes, in one list for both the insert and the update, with their values. */
const NODE_COLUMNS = [
  'message_id',
  'parent_id',
  'role',
  'author_name',
  'recipient',
  'channel',
  'content_type',
  'create_time',
  'update_time',
  'status',
  'hidden',
  'text',
  'raw',
] as const;

function nodeValues(node: NormalizedNode): unknown[] {
  const packed = node.packed ?? { text: packText(node.text), raw: packRaw(node.raw, node.text) };
  return [
    node.messageId,
    node.parentId,
    node.role,
    node.authorName,
    node.recipient,
    node.channel,
    node.contentType,
    node.createTime,
    node.updateTime,
    node.status,
    node.hidden ? 1 : 0,
    packed.text,
    packed.raw,
  ];
}

const INSERT_MESSAGE = `INSERT INTO messages (conversation_id, node_id, ${NODE_COLUMNS.join(', ')}, on_current_branch,
  thread_index) VALUES (?, ?, ${NODE_COLUMNS.map(() => '?').join(', ')}, ?, ?)`;
const UPDATE_MESSAGE = `UPDATE messages SET ${NODE_COLUMNS.map((column) => `${column} = ?`).join(', ')}
  WHERE conversation_id = ? AND node_id = ?`;

export function insertNode(db: ArchiveDb, conversationId: string, node: NormalizedNode): void {
  const { lastInsertRowid } = prepared(db, INSERT_MESSAGE).run(
    conversationId,
    node.nodeId,
    ...nodeValues(node),
    node.onCurrentBranch ? 1 : 0,
    node.threadIndex,
  );
  indexMessageText(db, lastInsertRowid, node.text);
}

export function replaceNode(db: ArchiveDb, conversationId: string, node: NormalizedNode): void {
  const old = prepared(db, 'SELECT rowid FROM messages WHERE conversation_id = ? AND node_id = ?').get(
    conversationId,
    node.nodeId,
  ) as { rowid: number };
  unindexMessageText(db, old.rowid);
  prepared(db, UPDATE_MESSAGE).run(...nodeValues(node), conversationId, node.nodeId);
  indexMessageText(db, old.rowid, node.text);
}

/** Records that this export holds the conversation; false when it was recorded already. */
export function recordAppearance(
  db: ArchiveDb,
  conversation: NormalizedConversation,
  hash: string,
  context: MergeContext,
): boolean {
  return (
    prepared(
      db,
      `INSERT INTO conversation_exports (conversation_id, export_id, update_time, title, content_hash)
     VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    ).run(conversation.id, context.exportId, conversation.updateTime, conversation.title, hash).changes === 1
  );
}

/** Marks the conversation as seen in this export; a conversation back in a newer export is no longer removed. */
export function markSeen(db: ArchiveDb, id: string, stored: StoredConversation, context: MergeContext): void {
  if (stored.last_seen_exported_at === null || stored.last_seen_exported_at <= context.exportedAt) {
    prepared(db, 'UPDATE conversations SET last_seen_export = ?, last_seen_exported_at = ? WHERE id = ?').run(
      context.exportId,
      context.exportedAt,
      id,
    );
  }
  if (stored.removed_upstream_at !== null && stored.removed_upstream_at <= context.exportedAt) {
    prepared(
      db,
      'UPDATE conversations SET removed_upstream_at = NULL, removed_upstream_export = NULL WHERE id = ?',
    ).run(id);
  }
}

/**
 * The columns that hold a conversation's present state, in one list for the insert and the update,
 * with how the update writes each: an export without a create time keeps the one stored, and an
 * account once known stays.
 */
const STATE_COLUMNS = [
  ['account_id', 'coalesce(account_id, ?)'],
  ['title', '?'],
  ['create_time', 'coalesce(?, create_time)'],
  ['update_time', '?'],
  ['current_node', '?'],
  ['gizmo_id', '?'],
  ['gizmo_type', '?'],
  ['default_model', '?'],
  ['is_archived', '?'],
  ['content_hash', '?'],
  ['extra', '?'],
] as const;

function stateValues(conversation: NormalizedConversation, hash: string, context: MergeContext): unknown[] {
  return [
    context.accountId,
    conversation.title,
    conversation.createTime,
    conversation.updateTime,
    conversation.currentNode,
    conversation.gizmoId,
    conversation.gizmoType,
    conversation.defaultModel,
    conversation.isArchived ? 1 : 0,
    hash,
    conversation.extra,
  ];
}

const INSERT_CONVERSATION = `INSERT INTO conversations (id, ${STATE_COLUMNS.map(([column]) => column).join(', ')},
  first_seen_export, last_seen_export, last_seen_exported_at, message_count, branch_count)
  VALUES (?, ${STATE_COLUMNS.map(() => '?').join(', ')}, ?, ?, ?, ?, ?)`;
const UPDATE_CONVERSATION = `UPDATE conversations SET ${STATE_COLUMNS.map(([column, value]) => `${column} = ${value}`).join(', ')}
  WHERE id = ?`;

/** Inserts a conversation new to the archive, whole. */
export function insertConversation(
  db: ArchiveDb,
  conversation: NormalizedConversation,
  hash: string,
  context: MergeContext,
): void {
  const { lastInsertRowid } = prepared(db, INSERT_CONVERSATION).run(
    conversation.id,
    ...stateValues(conversation, hash, context),
    context.exportId,
    context.exportId,
    context.exportedAt,
    conversation.messageCount,
    conversation.branchPoints,
  );
  indexTitle(db, lastInsertRowid, conversation.title);
  for (const node of conversation.nodes) insertNode(db, conversation.id, node);
  upsertArtifacts(db, conversation, null, context.blobFor);
}

/** The conversation as stored before this export, or undefined when it is new. */
export function storedConversationState(db: ArchiveDb, id: string): StoredConversation | undefined {
  return prepared(
    db,
    `SELECT rowid, content_hash, update_time, last_seen_exported_at, removed_upstream_at, title, current_node
     FROM conversations WHERE id = ?`,
  ).get(id) as StoredConversation | undefined;
}

/** The raw JSON of every node stored, by node id (null for nodes without a message). */
export function storedNodeRaws(db: ArchiveDb, conversationId: string): Map<string, string | null> {
  const rows = prepared(db, 'SELECT node_id, text, raw FROM messages WHERE conversation_id = ?').all(
    conversationId,
  ) as { node_id: string; text: unknown; raw: unknown }[];
  return new Map(rows.map((row) => [row.node_id, unpackRaw(row.raw, () => unpackText(row.text))]));
}

/** Makes this export's state of the conversation its present one (it is the newest to hold it). */
export function updateConversationState(
  db: ArchiveDb,
  conversation: NormalizedConversation,
  hash: string,
  context: MergeContext,
  stored: StoredConversation,
): void {
  if (stored.title !== conversation.title) unindexTitle(db, stored.rowid, stored.title);
  prepared(db, UPDATE_CONVERSATION).run(...stateValues(conversation, hash, context), conversation.id);
  if (stored.title !== conversation.title) indexTitle(db, stored.rowid, conversation.title);
}

export interface StoredNodeLink {
  readonly node_id: string;
  readonly parent_id: string | null;
  readonly create_time: number | null;
  readonly has_message: number;
}

/** Every node of the conversation with its parent: the tree the visible thread is walked in. */
export function storedNodeLinks(db: ArchiveDb, conversationId: string): StoredNodeLink[] {
  return prepared(
    db,
    'SELECT node_id, parent_id, create_time, raw IS NOT NULL AS has_message FROM messages WHERE conversation_id = ?',
  ).all(conversationId) as StoredNodeLink[];
}

/** Records the visible thread (node ids in order) and the message and fork counts. */
export function writeThread(
  db: ArchiveDb,
  id: string,
  thread: readonly string[],
  counts: { readonly messages: number; readonly forks: number },
): void {
  prepared(
    db,
    'UPDATE messages SET on_current_branch = 0, thread_index = NULL WHERE conversation_id = ? AND on_current_branch = 1',
  ).run(id);
  const mark = prepared(
    db,
    'UPDATE messages SET on_current_branch = 1, thread_index = ? WHERE conversation_id = ? AND node_id = ?',
  );
  thread.forEach((nodeId, index) => mark.run(index, id, nodeId));
  prepared(db, 'UPDATE conversations SET message_count = ?, branch_count = ? WHERE id = ?').run(
    counts.messages,
    counts.forks,
    id,
  );
}

/**
 * Conversations of an account that its newest fully read export no longer holds are marked removed
 * upstream (never deleted). Judged against the newest export whatever order exports arrive in.
 */
export function markRemovedUpstream(db: ArchiveDb, accountId: string): number {
  return prepared(
    db,
    `WITH newest AS (
       SELECT id, exported_at FROM exports
       WHERE account_id = @accountId AND status = 'complete' AND complete_listing = 1
       ORDER BY exported_at DESC LIMIT 1)
     UPDATE conversations
     SET removed_upstream_at = (SELECT exported_at FROM newest), removed_upstream_export = (SELECT id FROM newest)
     WHERE account_id = @accountId AND removed_upstream_at IS NULL
       AND last_seen_exported_at < (SELECT exported_at FROM newest)`,
  ).run({ accountId }).changes;
}

/** Whether some conversation was stored from exactly these bytes (see recordIfUnchanged). */
export function isKnownContent(db: ArchiveDb, hash: string): boolean {
  return prepared(db, 'SELECT 1 FROM conversations WHERE content_hash = ? LIMIT 1').get(hash) !== undefined;
}

/**
 * A conversation whose bytes are exactly those already stored is unchanged: it is recorded as seen
 * without being parsed at all, which is what makes re-reading a newer export cheap. Returns false
 * when the bytes are new.
 */
export function recordIfUnchanged(
  db: ArchiveDb,
  hash: string,
  context: MergeContext,
): { readonly firstInExport: boolean } | null {
  const stored = prepared(
    db,
    `SELECT id, rowid, content_hash, update_time, last_seen_exported_at, removed_upstream_at, title, current_node
     FROM conversations WHERE content_hash = ?`,
  ).get(hash) as (StoredConversation & { id: string }) | undefined;
  if (!stored) return null;
  const { changes } = prepared(
    db,
    `INSERT INTO conversation_exports (conversation_id, export_id, update_time, title, content_hash)
     VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  ).run(stored.id, context.exportId, stored.update_time, stored.title, hash);
  markSeen(db, stored.id, stored, context);
  return { firstInExport: changes === 1 };
}
