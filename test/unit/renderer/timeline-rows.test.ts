// One virtualized list carries headings and items: each UTC day gets one heading with its count, and
// j/k steps over headings from item to item.

import { describe, expect, it } from 'vitest';
import type { TimelineItem } from '../../../src-shared/model/timeline.js';
import { stepItem, timelineRows } from '../../../src-renderer/features/timeline/timeline-rows.js';

function item(id: number, time: string): TimelineItem {
  return {
    id,
    kind: 'citation',
    time,
    title: `Item ${id}`,
    conversationId: 'c',
    conversationTitle: null,
    messageId: null,
    artifactId: null,
    project: null,
    payload: { kind: 'citation', url: null, title: null },
  };
}

describe('timeline rows', () => {
  const rows = timelineRows([
    item(1, '2024-03-01T09:00:00Z'),
    item(2, '2024-03-01T23:59:59Z'),
    item(3, '2024-03-02T00:00:00Z'),
  ]);

  it('puts a heading with its count before each day', () => {
    expect(rows.map((row) => (row.type === 'day' ? `${row.day}:${row.count}` : row.item.id))).toEqual([
      '2024-03-01:2',
      1,
      2,
      '2024-03-02:1',
      3,
    ]);
  });

  it('steps from item to item over headings and stays put at either end', () => {
    expect(stepItem(rows, -1, 1)).toBe(1);
    expect(stepItem(rows, 2, 1)).toBe(4);
    expect(stepItem(rows, 4, -1)).toBe(2);
    expect(stepItem(rows, 4, 1)).toBe(4);
    expect(stepItem(rows, 1, -1)).toBe(1);
  });
});
