// Merges one conversation of an export into the archive: a new conversation is inserted whole; one
// seen before gains its new nodes and, when this export is newer, its changed nodes, title and
// current node; nothing is ever deleted.

import type { ArchiveDb } from '../db/archive-db.js';
import { upsertArtifacts } from '../db/artifact-repository.js';
import {
  insertConversation,
  insertNode,
  markSeen,
  recordAppearance,
  replaceNode,
  storedConversationState,
  storedNodeLinks,
  storedNodeRaws,
  updateConversationState,
  writeThread,
  type MergeContext,
  type StoredConversation,
} from '../db/conversation-write-repository.js';
import {
  childLists,
  latestLeaf,
  visibleThread,
  type NormalizedConversation,
} from '../chatgpt-export/conversation-normalizer.js';

export type MergeOutcome = 'added' | 'updated' | 'unchanged';

export interface MergeResult {
  readonly outcome: MergeOutcome;
  /** False when this export was already recorded as holding the conversation (it appears twice in it). */
  readonly firstInExport: boolean;
}

/** Re-derives the visible thread, message and fork counts over every node the archive holds. */
function refreshThread(db: ArchiveDb, id: string, currentNode: string | null): void {
  const rows = storedNodeLinks(db, id);
  const nodes = new Map(
    rows.map((row) => [row.node_id, { parent: row.parent_id, children: [] as string[] }]),
  );
  const children = childLists(nodes);
  const createTimes = new Map(rows.map((row) => [row.node_id, row.create_time] as const));
  const thread = visibleThread(nodes, currentNode, () => latestLeaf(createTimes, children));
  let forks = 0;
  for (const list of children.values()) if (list.length > 1) forks += 1;
  writeThread(db, id, thread, { messages: rows.filter((row) => row.has_message).length, forks });
}

export function mergeConversation(
  db: ArchiveDb,
  conversation: NormalizedConversation,
  hash: string,
  context: MergeContext,
): MergeResult {
  const stored = storedConversationState(db, conversation.id);
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
  const existing = storedNodeRaws(db, conversation.id);
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
  if (isNewer) updateConversationState(db, conversation, hash, context, stored);
  if (touched.size > 0 || retitled) {
    refreshThread(db, conversation.id, isNewer ? conversation.currentNode : stored.current_node);
    return 'updated';
  }
  return 'unchanged';
}
