// One virtualized list carries headings and items: each UTC day gets one heading with its count, and
// j/k steps over headings from item to item.

import { describe, expect, it } from 'vitest';
import type { TimelineItem } from '../../../src-shared/model/timeline.js';
import {
  stepItem,
  timelineRows,
  timelineRowsOfPages,
} from '../../../src-renderer/features/timeline/timeline-rows.js';

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

describe('timeline rows of pages loaded one after another', () => {
  const items = [
    item(1, '2024-03-01T09:00:00Z'),
    item(2, '2024-03-01T23:59:59Z'),
    item(3, '2024-03-01T23:59:59Z'),
    item(4, '2024-03-02T00:00:00Z'),
    item(5, '2024-03-03T00:00:00Z'),
  ];
  const page = (from: number, to: number) => ({ items: items.slice(from, to), nextCursor: null });

  it('equals the rows of all their items, a day across two pages under one heading', () => {
    const shown = (rows: ReturnType<typeof timelineRows>) =>
      rows.map((row) => (row.type === 'day' ? `${row.day}:${row.count}` : row.item.id));
    for (const cuts of [[5], [1, 5], [2, 3, 5], [1, 2, 3, 4, 5]]) {
      const pages = cuts.map((end, i) => page(i === 0 ? 0 : (cuts[i - 1] as number), end));
      expect(shown(timelineRowsOfPages(pages)), cuts.join(',')).toEqual(shown(timelineRows(items)));
    }
  });

  it("keeps each page's rows, so a page that arrives does not rebuild those before it", () => {
    const first = page(0, 2);
    const before = timelineRowsOfPages([first]);
    const after = timelineRowsOfPages([first, page(2, 5)]);
    expect(after[1]).toBe(before[1]);
    expect(after[0]).toEqual({ type: 'day', day: '2024-03-01', count: 3 });
    expect(before[0]).toEqual({ type: 'day', day: '2024-03-01', count: 2 });
  });
});
