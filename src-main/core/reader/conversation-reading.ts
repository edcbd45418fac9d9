// A conversation as the reader shows it: the branch asked for, every node kept with its children (so a
// switcher can show "2 / 3" at each fork and follow any branch), and each message's content as parts,
// built from the raw JSON kept for every node.

import type { ConversationReading, ReaderNode } from '../../../src-shared/model/reading.js';
import { epochSecondsToIso } from '../../../src-shared/model/time.js';
import type { ArchiveDb } from '../db/archive-db.js';
import {
  conversationArtifacts,
  conversationNodes,
  type ConversationArtifact,
  type ReaderNodeRow,
} from '../db/conversation-node-repository.js';
import { branchPaths, getConversationDetail } from '../db/conversation-repository.js';
import { childLists } from '../chatgpt-export/conversation-normalizer.js';
import { asObject, type JsonObject } from '../chatgpt-export/json-shape.js';
import { messageParts, pointerKey } from './message-parts.js';

function parseMessage(row: ReaderNodeRow): JsonObject | null {
  if (row.raw === null) return null;
  try {
    return asObject(JSON.parse(row.raw));
  } catch {
    return null;
  }
}

function groupByNode(artifacts: readonly ConversationArtifact[]): Map<string, ConversationArtifact[]> {
  const byNode = new Map<string, ConversationArtifact[]>();
  for (const artifact of artifacts) {
    let list = byNode.get(artifact.nodeId);
    if (!list) byNode.set(artifact.nodeId, (list = []));
    list.push(artifact);
  }
  return byNode;
}

/** Null when the archive holds no such conversation; a branch it does not have is an AppError. */
export function readConversation(db: ArchiveDb, id: string, branch = 1): ConversationReading | null {
  const rows = conversationNodes(db, id);
  const detail = getConversationDetail(db, id, branch, rows);
  if (!detail) return null;
  const artifacts = conversationArtifacts(db, id);

  const paths = branchPaths(rows);
  const firstBranch = new Map<string, number>();
  paths.forEach((path, index) => {
    for (const node of path) if (!firstBranch.has(node.node_id)) firstBranch.set(node.node_id, index + 1);
  });
  const onBranch = new Set((paths[branch - 1] ?? []).map((node) => node.node_id));

  const children = childLists(
    new Map(rows.map((row) => [row.node_id, { parent: row.parent_id, children: [] as string[] }])),
  );
  const rowById = new Map(rows.map((row) => [row.node_id, row]));
  const parsed = new Map<string, JsonObject | null>();
  const message = (nodeId: string): JsonObject | null => {
    if (!parsed.has(nodeId)) {
      const row = rowById.get(nodeId);
      parsed.set(nodeId, row ? parseMessage(row) : null);
    }
    return parsed.get(nodeId) ?? null;
  };
  const artifactsOf = groupByNode(artifacts);
  const byPointer = new Map<string, ConversationArtifact>();
  for (const artifact of artifacts) {
    const key = artifact.assetPointer ? pointerKey(artifact.assetPointer) : null;
    if (key && !byPointer.has(key)) byPointer.set(key, artifact);
  }

  const nodes: ReaderNode[] = rows.map((row) => {
    const raw = message(row.node_id);
    const childIds = children.get(row.node_id) ?? [];
    const reading = raw
      ? messageParts(raw, {
          artifacts: artifactsOf.get(row.node_id) ?? [],
          byPointer,
          answers: () =>
            childIds.flatMap((childId) => {
              const child = rowById.get(childId);
              const answer = child?.role === 'tool' ? message(childId) : null;
              return answer ? [answer] : [];
            }),
        })
      : { parts: [], sources: [], plumbing: true };
    return {
      id: row.node_id,
      parentId: row.parent_id,
      childIds,
      role: row.role,
      authorName: row.author_name,
      createTime: epochSecondsToIso(row.create_time),
      hidden: row.hidden === 1 || reading.plumbing || reading.parts.length === 0,
      onBranch: onBranch.has(row.node_id),
      branch: firstBranch.get(row.node_id) ?? null,
      contentType: row.content_type,
      parts: reading.parts,
      sources: reading.sources,
    };
  });

  return {
    id: detail.id,
    title: detail.title,
    account: detail.account,
    createTime: detail.createTime,
    updateTime: detail.updateTime,
    messageCount: detail.messageCount,
    removedUpstream: detail.removedUpstream,
    exports: detail.exports,
    gizmoId: detail.gizmoId,
    gizmoType: detail.gizmoType,
    currentNode: detail.currentNode,
    removedUpstreamAt: detail.removedUpstreamAt,
    branch: detail.branch,
    branchList: detail.branchList,
    thread: detail.messages.map((item) => item.id),
    nodes,
    lostFiles: new Set(
      artifacts
        .filter((artifact) => artifact.kind === 'generated_file' && artifact.lost)
        .map((artifact) => artifact.fileName ?? `artifact ${artifact.id}`),
    ).size,
  };
}
