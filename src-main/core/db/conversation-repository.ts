// Writes conversations into the archive across exports: a new conversation is inserted whole; one seen
// before gains its new nodes and, when this export is newer, its changed nodes, title and current
// node; nothing is ever deleted. Also the reads behind `conversations` and `show`.

import type {
  ConversationDetail,
  ConversationQuery,
  ConversationSummary,
} from '../../../src-shared/model/conversation.js';
import { epochSecondsToIso } from '../../../src-shared/model/time.js';
import { AppError } from '../../../src-shared/contract/app-error.js';
import { firstLine } from '../../../src-shared/model/first-line.js';
import type { NormalizedConversation, NormalizedNode } from '../export/conversation-normalizer.js';
import { childLists, latestLeaf, visibleThread } from '../export/conversation-normalizer.js';
import type { ArchiveDb } from './archive-db.js';
import { prepared } from './prepared-statements.js';
import { upsertArtifacts } from './artifact-repository.js';
import { indexMessageText, indexTitle, unindexMessageText, unindexTitle } from './search-index.js';

export type MergeOutcome = 'added' | 'updated' | 'unchanged';

export interface MergeResult {
  readonly outcome: MergeOutcome;
  /** False when this export was already recorded as holding the conversation (it appears twice in it). */
  readonly firstInExport: boolean;
}

export interface MergeContext {
  readonly exportId: string;
  readonly exportedAt: number;
  readonly accountId: string | null;
  /** Resolves an asset pointer to the sha256 of bytes this export carried. */
  readonly blobFor: (pointer: string) => string | null;
}

interface StoredConversation {
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
    node.text,
    node.raw,
  ];
}

const INSERT_MESSAGE = `INSERT INTO messages (conversation_id, node_id, ${NODE_COLUMNS.join(', ')}, on_current_branch,
  thread_index) VALUES (?, ?, ${NODE_COLUMNS.map(() => '?').join(', ')}, ?, ?)`;
const UPDATE_MESSAGE = `UPDATE messages SET ${NODE_COLUMNS.map((column) => `${column} = ?`).join(', ')}
  WHERE conversation_id = ? AND node_id = ?`;

function insertNode(db: ArchiveDb, conversationId: string, node: NormalizedNode): void {
  const { lastInsertRowid } = prepared(db, INSERT_MESSAGE).run(
    conversationId,
    node.nodeId,
    ...nodeValues(node),
    node.onCurrentBranch ? 1 : 0,
    node.threadIndex,
  );
  indexMessageText(db, lastInsertRowid, node.text);
}

function replaceNode(db: ArchiveDb, conversationId: string, node: NormalizedNode): void {
  const old = prepared(db, 'SELECT rowid, text FROM messages WHERE conversation_id = ? AND node_id = ?').get(
    conversationId,
    node.nodeId,
  ) as { rowid: number; text: string | null };
  unindexMessageText(db, old.rowid, old.text);
  prepared(db, UPDATE_MESSAGE).run(...nodeValues(node), conversationId, node.nodeId);
  indexMessageText(db, old.rowid, node.text);
}

function recordAppearance(
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
function markSeen(db: ArchiveDb, id: string, stored: StoredConversation, context: MergeContext): void {
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

function insertConversation(
  db: ArchiveDb,
  conversation: NormalizedConversation,
  hash: string,
  context: MergeContext,
) {
  const { lastInsertRowid } = prepared(
    db,
    `INSERT INTO conversations (id, account_id, title, create_time, update_time, current_node, gizmo_id, gizmo_type,
       default_model, is_archived, first_seen_export, last_seen_export, last_seen_exported_at, content_hash,
       message_count, branch_count, extra)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    conversation.id,
    context.accountId,
    conversation.title,
    conversation.createTime,
    conversation.updateTime,
    conversation.currentNode,
    conversation.gizmoId,
    conversation.gizmoType,
    conversation.defaultModel,
    conversation.isArchived ? 1 : 0,
    context.exportId,
    context.exportId,
    context.exportedAt,
    hash,
    conversation.messageCount,
    conversation.branchPoints,
    conversation.extra,
  );
  indexTitle(db, lastInsertRowid, conversation.title);
  for (const node of conversation.nodes) insertNode(db, conversation.id, node);
  upsertArtifacts(db, conversation, null, context.blobFor);
}

/** Re-derives the visible thread, message and fork counts over every node the archive holds. */
function refreshThread(db: ArchiveDb, id: string, currentNode: string | null): void {
  const rows = prepared(
    db,
    'SELECT node_id, parent_id, create_time, raw IS NOT NULL AS has_message FROM messages WHERE conversation_id = ?',
  ).all(id) as {
    node_id: string;
    parent_id: string | null;
    create_time: number | null;
    has_message: number;
  }[];
  const nodes = new Map(
    rows.map((row) => [row.node_id, { parent: row.parent_id, children: [] as string[] }]),
  );
  const children = childLists(nodes);
  const createTimes = new Map(rows.map((row) => [row.node_id, row.create_time] as const));
  const thread = visibleThread(nodes, currentNode, () => latestLeaf(createTimes, children));
  prepared(
    db,
    'UPDATE messages SET on_current_branch = 0, thread_index = NULL WHERE conversation_id = ? AND on_current_branch = 1',
  ).run(id);
  const mark = prepared(
    db,
    'UPDATE messages SET on_current_branch = 1, thread_index = ? WHERE conversation_id = ? AND node_id = ?',
  );
  thread.forEach((nodeId, index) => mark.run(index, id, nodeId));
  let forks = 0;
  for (const list of children.values()) if (list.length > 1) forks += 1;
  const messages = rows.filter((row) => row.has_message).length;
  prepared(db, 'UPDATE conversations SET message_count = ?, branch_count = ? WHERE id = ?').run(
    messages,
    forks,
    id,
  );
}

export function mergeConversation(
  db: ArchiveDb,
  conversation: NormalizedConversation,
  hash: string,
  context: MergeContext,
): MergeResult {
  const stored = prepared(
    db,
    `SELECT rowid, content_hash, update_time, last_seen_exported_at, removed_upstream_at, title, current_node
     FROM conversations WHERE id = ?`,
  ).get(conversation.id) as StoredConversation | undefined;
  if (!stored) insertConversation(db, conversation, hash, context);
  const firstInExport = recordAppearance(db, conversation, hash, context);
  if (!stored) return { outcome: 'added', firstInExport };
  markSeen(db, conversation.id, stored, context);
  return { outcome: mergeChanges(db, conversation, hash, context, stored), firstInExport };
}

/** What a conversation seen before gains from this export: new nodes, and its present state when newer. */
function mergeChanges(
  db: ArchiveDb,
  conversation: NormalizedConversation,
  hash: string,
  context: MergeContext,
  stored: StoredConversation,
): MergeOutcome {
  if (stored.content_hash === hash) return 'unchanged';

  // The newest export speaks for the conversation's present state; older ones only add what was lost.
  const isNewer =
    (conversation.updateTime ?? 0) > (stored.update_time ?? 0) ||
    ((conversation.updateTime ?? 0) === (stored.update_time ?? 0) &&
      context.exportedAt >= (stored.last_seen_exported_at ?? 0));
  const existing = new Map(
    (
      prepared(db, 'SELECT node_id, raw FROM messages WHERE conversation_id = ?').all(conversation.id) as {
        node_id: string;
        raw: string | null;
      }[]
    ).map((row) => [row.node_id, row.raw]),
  );
  const touched = new Set<string>();
  for (const node of conversation.nodes) {
    if (!existing.has(node.nodeId)) {
      insertNode(db, conversation.id, node);
      touched.add(node.nodeId);
    } else if (isNewer && existing.get(node.nodeId) !== node.raw && node.raw !== null) {
      replaceNode(db, conversation.id, node);
      touched.add(node.nodeId);
    }
  }
  if (touched.size > 0) upsertArtifacts(db, conversation, touched, context.blobFor);
  const retitled =
    isNewer && (stored.title !== conversation.title || stored.current_node !== conversation.currentNode);
  if (isNewer) {
    if (stored.title !== conversation.title) unindexTitle(db, stored.rowid, stored.title);
    prepared(
      db,
      `UPDATE conversations SET title = ?, create_time = coalesce(?, create_time), update_time = ?, current_node = ?,
         gizmo_id = ?, gizmo_type = ?, default_model = ?, is_archived = ?, content_hash = ?, extra = ?,
         account_id = coalesce(account_id, ?)
       WHERE id = ?`,
    ).run(
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
      context.accountId,
      conversation.id,
    );
    if (stored.title !== conversation.title) indexTitle(db, stored.rowid, conversation.title);
  }
  if (touched.size > 0 || retitled) {
    refreshThread(db, conversation.id, isNewer ? conversation.currentNode : stored.current_node);
    return 'updated';
  }
  return 'unchanged';
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

interface ConversationRow {
  readonly id: string;
  readonly title: string | null;
  readonly account_id: string | null;
  readonly create_time: number | null;
  readonly update_time: number | null;
  readonly message_count: number;
  readonly removed_upstream_at: number | null;
  readonly export_ids: string | null;
  readonly gizmo_id: string | null;
  readonly gizmo_type: string | null;
  readonly current_node: string | null;
  readonly branch_count: number;
}

const CONVERSATION_COLUMNS = `c.id, c.title, c.account_id, c.create_time, c.update_time, c.message_count,
  c.removed_upstream_at, c.gizmo_id, c.gizmo_type, c.current_node, c.branch_count,
  (SELECT json_group_array(export_id) FROM (SELECT ce.export_id FROM conversation_exports ce
     JOIN exports e ON e.id = ce.export_id WHERE ce.conversation_id = c.id ORDER BY e.exported_at)) AS export_ids`;

function toSummary(row: ConversationRow): ConversationSummary {
  return {
    id: row.id,
    title: row.title,
    account: row.account_id,
    createTime: epochSecondsToIso(row.create_time),
    updateTime: epochSecondsToIso(row.update_time),
    messageCount: row.message_count,
    removedUpstream: row.removed_upstream_at !== null,
    exports: row.export_ids ? (JSON.parse(row.export_ids) as string[]) : [],
    gizmoId: row.gizmo_id,
    gizmoType: row.gizmo_type,
  };
}

export function listConversations(db: ArchiveDb, query: ConversationQuery): ConversationSummary[] {
  const rows = prepared(
    db,
    `SELECT ${CONVERSATION_COLUMNS} FROM conversations c
     WHERE (@account IS NULL OR c.account_id = @account)
     ORDER BY coalesce(c.update_time, c.create_time) DESC, c.id
     LIMIT @limit OFFSET @offset`,
  ).all({
    account: query.account ?? null,
    limit: query.limit ?? -1,
    offset: query.offset ?? 0,
  }) as ConversationRow[];
  return rows.map(toSummary);
}

/** A node of the tree, whether it carries a message (the root does not) instead of the message. */
interface TreeRow extends Omit<StoredNode, 'raw'> {
  readonly has_message: number;
}

/**
 * Every way through the conversation's tree, as node paths from the root: first the visible thread,
 * then each other leaf's path in the order it was written.
 */
export function branchPaths(nodes: readonly TreeRow[]): TreeRow[][] {
  const byId = new Map(nodes.map((node) => [node.node_id, node]));
  const parents = new Set(nodes.map((node) => node.parent_id).filter((parent) => parent !== null));
  const visible = nodes
    .filter((node) => node.on_current_branch === 1)
    .sort((a, b) => (a.thread_index ?? 0) - (b.thread_index ?? 0));
  const onVisible = new Set(visible.map((node) => node.node_id));
  const pathTo = (leaf: TreeRow): TreeRow[] => {
    const path: TreeRow[] = [];
    const seen = new Set<string>();
    for (let node: TreeRow | undefined = leaf; node && !seen.has(node.node_id);) {
      seen.add(node.node_id);
      path.push(node);
      node = node.parent_id ? byId.get(node.parent_id) : undefined;
    }
    return path.reverse();
  };
  const others = nodes
    .filter((node) => !parents.has(node.node_id) && !onVisible.has(node.node_id))
    .sort((a, b) => (a.create_time ?? 0) - (b.create_time ?? 0) || a.node_id.localeCompare(b.node_id))
    .map(pathTo)
    .filter((path) => path.some((node) => node.has_message === 1 && !onVisible.has(node.node_id)));
  return [visible, ...others];
}

/** `known`: the conversation's nodes when the caller has read them already (the reader, with raw). */
export function getConversationDetail(
  db: ArchiveDb,
  id: string,
  branch = 1,
  known?: readonly TreeRow[],
): ConversationDetail | null {
  const row = prepared(db, `SELECT ${CONVERSATION_COLUMNS} FROM conversations c WHERE c.id = ?`).get(id) as
    ConversationRow | undefined;
  if (!row) return null;
  const nodes =
    known ??
    (prepared(
      db,
      `SELECT node_id, parent_id, role, author_name, content_type, create_time, text, hidden,
       raw IS NOT NULL AS has_message, on_current_branch, thread_index
     FROM messages WHERE conversation_id = ?`,
    ).all(id) as TreeRow[]);
  const paths = branchPaths(nodes);
  const onVisible = new Set((paths[0] ?? []).map((node) => node.node_id));
  const chosen = paths[branch - 1];
  if (!chosen) {
    throw new AppError(
      'not-found',
      `Conversation ${id} has ${paths.length} branch${paths.length === 1 ? '' : 'es'}; there is no branch ${branch}.`,
    );
  }
  const branchList = paths.map((path, index) => {
    const messages = path.filter((node) => node.has_message === 1);
    const departs = index === 0 ? undefined : messages.find((node) => !onVisible.has(node.node_id));
    const last = messages[messages.length - 1];
    return {
      number: index + 1,
      messageCount: messages.filter((node) => node.hidden === 0).length,
      lastTime: epochSecondsToIso(last?.create_time ?? null),
      departsAt: departs ? { messageId: departs.node_id, preview: firstLine(departs.text, 80) ?? '' } : null,
    };
  });
  return {
    ...toSummary(row),
    currentNode: row.current_node,
    removedUpstreamAt: epochSecondsToIso(row.removed_upstream_at),
    branches: row.branch_count,
    branch,
    branchList,
    messages: chosen
      .filter((node) => node.has_message === 1)
      .map((message) => ({
        id: message.node_id,
        role: message.role,
        authorName: message.author_name,
        contentType: message.content_type,
        createTime: epochSecondsToIso(message.create_time),
        text: message.text ?? '',
        hidden: message.hidden === 1,
      })),
  };
}

export interface StoredNode {
  readonly node_id: string;
  readonly parent_id: string | null;
  readonly role: string | null;
  readonly author_name: string | null;
  readonly content_type: string | null;
  readonly create_time: number | null;
  readonly text: string | null;
  readonly hidden: number;
  readonly on_current_branch: number;
  readonly thread_index: number | null;
  readonly raw: string | null;
}

/** Everything the archive holds of one conversation, every branch included, for writing it out. */
export function storedConversation(
  db: ArchiveDb,
  id: string,
): {
  title: string | null;
  createTime: number | null;
  updateTime: number | null;
  extra: string | null;
  nodes: StoredNode[];
} | null {
  const row = prepared(
    db,
    'SELECT title, create_time, update_time, extra FROM conversations WHERE id = ?',
  ).get(id) as
    | { title: string | null; create_time: number | null; update_time: number | null; extra: string | null }
    | undefined;
  if (!row) return null;
  const nodes = prepared(
    db,
    `SELECT node_id, parent_id, role, author_name, content_type, create_time, text, hidden, on_current_branch,
       thread_index, raw FROM messages WHERE conversation_id = ? ORDER BY rowid`,
  ).all(id) as StoredNode[];
  return {
    title: row.title,
    createTime: row.create_time,
    updateTime: row.update_time,
    extra: row.extra,
    nodes,
  };
}

export function conversationExists(db: ArchiveDb, id: string): boolean {
  return prepared(db, 'SELECT 1 FROM conversations WHERE id = ?').get(id) !== undefined;
}

export function allConversationIds(db: ArchiveDb): string[] {
  return prepared(db, 'SELECT id FROM conversations ORDER BY coalesce(update_time, create_time) DESC')
    .pluck()
    .all() as string[];
}
