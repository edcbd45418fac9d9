// The "2 / 3" switcher must lead to the branch the archive names for each sibling, count only the
// versions a person wrote, and say where the shown one stands among them.

import { describe, expect, it } from 'vitest';
import type { ConversationReading, ReaderNode } from '../../../src-shared/model/reading.js';
import { forksOnThread } from '../../../src-renderer/features/reader/branch-forks.js';

function node(
  id: string,
  parentId: string | null,
  childIds: string[],
  minute: number | null,
  branch: number | null,
): ReaderNode {
  return {
    id,
    parentId,
    childIds,
    role: id.startsWith('u') ? 'user' : 'assistant',
    authorName: null,
    createTime: minute === null ? null : new Date(Date.UTC(2024, 0, 1, 0, minute)).toISOString(),
    hidden: false,
    onBranch: false,
    branch,
    contentType: 'text',
    parts: minute === null ? [] : [{ kind: 'markdown', text: id }],
    sources: [],
  };
}

// root ─┬─ u1 ─┬─ a1 ── u2 ── a2   (current node: branch 1)
//       │      ├─ a1r              (regenerated answer: branch 2)
//       │      └─ dead             (an empty node no branch reaches)
//       └─ u1e ── a3               (edited question: branch 3)
const nodes = [
  node('root', null, ['u1', 'u1e'], null, 1),
  node('u1', 'root', ['a1', 'a1r', 'dead'], 1, 1),
  node('a1', 'u1', ['u2'], 2, 1),
  node('u2', 'a1', ['a2'], 3, 1),
  node('a2', 'u2', [], 4, 1),
  node('a1r', 'u1', [], 5, 2),
  node('dead', 'u1', [], null, null),
  node('u1e', 'root', ['a3'], 6, 3),
  node('a3', 'u1e', [], 7, 3),
];

function reading(branch: number, thread: string[]): ConversationReading {
  return {
    id: 'c',
    title: 'Forks',
    account: null,
    createTime: null,
    updateTime: null,
    messageCount: 7,
    removedUpstream: false,
    exports: [],
    gizmoId: null,
    gizmoType: null,
    currentNode: 'a2',
    removedUpstreamAt: null,
    branch,
    branchList: [1, 2, 3].map((number) => ({ number, messageCount: 0, lastTime: null, departsAt: null })),
    thread,
    nodes,
    lostFiles: 0,
  };
}

describe('branch forks', () => {
  it('shows each fork on branch 1 as 1 / 2 and leads to the branch through the other sibling', () => {
    const forks = forksOnThread(reading(1, ['root', 'u1', 'a1', 'u2', 'a2']));
    expect(Object.fromEntries(forks)).toEqual({
      u1: { position: 1, count: 2, branches: [1, 3] },
      a1: { position: 1, count: 2, branches: [1, 2] },
    });
  });

  it('shows the edited question as 2 / 2 on its own branch', () => {
    const forks = forksOnThread(reading(3, ['root', 'u1e', 'a3']));
    expect(forks.get('u1e')).toEqual({ position: 2, count: 2, branches: [1, 3] });
    expect(forks.size).toBe(1);
  });
});
