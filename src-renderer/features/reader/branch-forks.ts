// The reader's "2 / 3" switcher: at each fork on the thread, which sibling is shown and which numbered
// branch leads through each of the others (the archive names it on every node).

import type { ConversationReading } from '../../../src-shared/model/reading.js';

export interface Fork {
  /** 1-based position of the shown child among its siblings, and how many there are. */
  readonly position: number;
  readonly count: number;
  /** The branch to open for each sibling, in sibling order; null where no branch reaches it. */
  readonly branches: readonly (number | null)[];
}

/** For each node on the thread whose parent has other children: its fork, keyed by the node's id. */
export function forksOnThread(reading: ConversationReading): Map<string, Fork> {
  const byId = new Map(reading.nodes.map((node) => [node.id, node]));
  const onThread = new Set(reading.thread);
  const forks = new Map<string, Fork>();
  for (const id of reading.thread) {
    const parentId = byId.get(id)?.parentId;
    // Only children that lead somewhere count: an empty dead end is no version a person wrote.
    const siblings = (parentId ? (byId.get(parentId)?.childIds ?? []) : []).filter(
      (sibling) => onThread.has(sibling) || (byId.get(sibling)?.branch ?? null) !== null,
    );
    if (siblings.length < 2) continue;
    forks.set(id, {
      position: siblings.indexOf(id) + 1,
      count: siblings.length,
      branches: siblings.map((sibling) =>
        onThread.has(sibling) ? reading.branch : (byId.get(sibling)?.branch ?? null),
      ),
    });
  }
  return forks;
}
