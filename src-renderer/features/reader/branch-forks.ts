// The reader's "2 / 3" switcher: at each fork on the thread, which sibling is shown and which numbered
// branch leads through each of the others. Branches are numbered as the archive numbers them: 1 runs
// to the conversation's current node, the others to each remaining leaf in the order it was written.

import type { ConversationReading, ReaderNode } from '../../../src-shared/model/reading.js';

export interface Fork {
  /** 1-based position of the shown child among its siblings, and how many there are. */
  readonly position: number;
  readonly count: number;
  /** The branch to open for each sibling, in sibling order. */
  readonly branches: readonly number[];
}

function pathTo(byId: ReadonlyMap<string, ReaderNode>, leaf: string): string[] {
  const path: string[] = [];
  const seen = new Set<string>();
  for (
    let node = byId.get(leaf);
    node && !seen.has(node.id);
    node = node.parentId ? byId.get(node.parentId) : undefined
  ) {
    seen.add(node.id);
    path.push(node.id);
  }
  return path.reverse();
}

function timeOf(node: ReaderNode): number {
  return node.createTime ? Date.parse(node.createTime) / 1000 : 0;
}

/** Every branch as the set of node ids on it, index 0 being branch 1. */
export function branchNodeSets(reading: ConversationReading): Set<string>[] {
  const byId = new Map(reading.nodes.map((node) => [node.id, node]));
  const visible = reading.currentNode ? pathTo(byId, reading.currentNode) : [];
  const onVisible = new Set(visible);
  const others = reading.nodes
    .filter((node) => node.childIds.length === 0 && !onVisible.has(node.id))
    .sort((a, b) => timeOf(a) - timeOf(b) || a.id.localeCompare(b.id))
    .map((leaf) => pathTo(byId, leaf.id))
    .filter((path) => path.some((id) => !onVisible.has(id) && (byId.get(id)?.parts.length ?? 0) > 0));
  return [onVisible, ...others.map((path) => new Set(path))];
}

/** For each node on the thread whose parent has other children: its fork, keyed by the node's id. */
export function forksOnThread(reading: ConversationReading): Map<string, Fork> {
  const byId = new Map(reading.nodes.map((node) => [node.id, node]));
  const branches = branchNodeSets(reading);
  const forks = new Map<string, Fork>();
  for (const id of reading.thread) {
    const parentId = byId.get(id)?.parentId;
    const siblings = parentId ? (byId.get(parentId)?.childIds ?? []) : [];
    if (siblings.length < 2) continue;
    const targets = siblings.map((sibling) => {
      if (branches[reading.branch - 1]?.has(sibling)) return reading.branch;
      const index = branches.findIndex((nodes) => nodes.has(sibling));
      return index === -1 ? reading.branch : index + 1;
    });
    forks.set(id, { position: siblings.indexOf(id) + 1, count: siblings.length, branches: targets });
  }
  return forks;
}
