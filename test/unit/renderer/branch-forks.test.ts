// The "2 / 3" switcher must lead to the branch the archive numbers for that sibling: branch 1 to the
// current node, then the other leaves in the order written (a regenerated answer, an edited question).

import { describe, expect, it } from 'vitest';
import type { ConversationReading, ReaderNode } from '../../../src-shared/model/reading.js';
import { branchNodeSets, forksOnThread } from '../../../src-renderer/features/reader/branch-forks.js';
import { readingFromDetail } from '../../../src-renderer/features/reader/reading-from-detail.js';

function node(id: string, parentId: string | null, childIds: string[], minute: number | null): ReaderNode {
  return {
    id,
    parentId,
    childIds,
    role: id.startsWith('u') ? 'user' : 'assistant',
    authorName: null,
    createTime: minute === null ? null : new Date(Date.UTC(2024, 0, 1, 0, minute)).toISOString(),
    hidden: false,
    onBranch: false,
    contentType: 'text',
    parts: minute === null ? [] : [{ kind: 'markdown', text: id }],
    sources: [],
  };
}

// root ─┬─ u1 ─┬─ a1 ── u2 ── a2   (current node: branch 1)
//       │      └─ a1r              (regenerated answer, written later: branch 2)
//       └─ u1e ── a3               (edited question, written last: branch 3)
const nodes = [
  node('root', null, ['u1', 'u1e'], null),
  node('u1', 'root', ['a1', 'a1r'], 1),
  node('a1', 'u1', ['u2'], 2),
  node('u2', 'a1', ['a2'], 3),
  node('a2', 'u2', [], 4),
  node('a1r', 'u1', [], 5),
  node('u1e', 'root', ['a3'], 6),
  node('a3', 'u1e', [], 7),
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
  };
}

describe('branch forks', () => {
  it('numbers branches as the archive does', () => {
    const sets = branchNodeSets(reading(1, ['root', 'u1', 'a1', 'u2', 'a2']));
    expect(sets.map((set) => [...set].join(' '))).toEqual(['root u1 a1 u2 a2', 'root u1 a1r', 'root u1e a3']);
  });

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

  it('reads an older getConversation answer as a single branch with no forks', () => {
    const fallback = readingFromDetail({
      ...reading(1, []),
      branches: 0,
      messages: [
        {
          id: 'm1',
          role: 'user',
          authorName: null,
          contentType: 'text',
          createTime: null,
          text: 'Hi',
          hidden: false,
        },
        {
          id: 'm2',
          role: 'assistant',
          authorName: null,
          contentType: 'text',
          createTime: null,
          text: '',
          hidden: false,
        },
        {
          id: 'm3',
          role: 'assistant',
          authorName: null,
          contentType: 'code',
          createTime: null,
          text: 'x = 1',
          hidden: false,
        },
        {
          id: 'm4',
          role: 'tool',
          authorName: null,
          contentType: 'execution_output',
          createTime: null,
          text: '(8, 5)',
          hidden: false,
        },
      ],
    });
    expect(fallback.thread).toEqual(['m1', 'm2', 'm3', 'm4']);
    expect(fallback.nodes[0]?.parts).toEqual([{ kind: 'markdown', text: 'Hi' }]);
    expect(fallback.nodes[1]?.parts).toEqual([]);
    expect(fallback.nodes[2]?.parts).toEqual([{ kind: 'code', language: null, text: 'x = 1', outputs: [] }]);
    expect(fallback.nodes[3]?.parts).toEqual([
      { kind: 'text', contentType: 'execution_output', text: '(8, 5)' },
    ]);
    expect(forksOnThread(fallback).size).toBe(0);
  });
});
