// The reads behind `conversations`, `show` and the export writers: summaries, one conversation with
// its branches, and everything stored of one conversation.

import type {
  ConversationDetail,
  ConversationQuery,
  ConversationSummary,
} from '../../../src-shared/model/conversation.js';
import { epochSecondsToIso } from '../../../src-shared/model/time.js';
import { AppError } from '../../../src-shared/contract/app-error.js';
import { firstLine } from '../../../src-shared/model/first-line.js';
import type { ArchiveDb } from './archive-db.js';
import { unpackRaw, unpackText } from './message-packing.js';
import { prepared } from './prepared-statements.js';

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
    (
      prepared(
        db,
        `SELECT node_id, parent_id, role, author_name, content_type, create_time, text, hidden,
       raw IS NOT NULL AS has_message, on_current_branch, thread_index
     FROM messages WHERE conversation_id = ?`,
      ).all(id) as TreeRow[]
    ).map((node) => ({ ...node, text: unpackText(node.text) }));
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
  const nodes = (
    prepared(
      db,
      `SELECT node_id, parent_id, role, author_name, content_type, create_time, text, hidden, on_current_branch,
       thread_index, raw FROM messages WHERE conversation_id = ? ORDER BY rowid`,
    ).all(id) as StoredNode[]
  ).map((node) => {
    const text = unpackText(node.text);
    return { ...node, text, raw: unpackRaw(node.raw, () => text) };
  });
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
