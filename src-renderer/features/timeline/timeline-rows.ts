// The timeline as one flat list of rows (a day heading, then that day's items) so a single virtualizer
// can scroll through 100,000 items; days are UTC days, the same days the density strip counts.

import type { TimelineItem } from '../../../src-shared/model/timeline.js';

export type TimelineRow =
  | { readonly type: 'day'; readonly day: string; readonly count: number }
  | { readonly type: 'item'; readonly item: TimelineItem; readonly day: string };

export function timelineRows(items: readonly TimelineItem[]): TimelineRow[] {
  const rows: TimelineRow[] = [];
  let heading: { type: 'day'; day: string; count: number } | null = null;
  for (const item of items) {
    const day = item.time.slice(0, 10);
    if (heading === null || heading.day !== day) {
      heading = { type: 'day', day, count: 0 };
      rows.push(heading);
    }
    heading.count += 1;
    rows.push({ type: 'item', item, day });
  }
  return rows;
}

/** The row index of the next (+1) or previous (-1) item from `from`, skipping day headings. */
export function stepItem(rows: readonly TimelineRow[], from: number, step: 1 | -1): number {
  for (let index = from + step; index >= 0 && index < rows.length; index += step) {
    if (rows[index]?.type === 'item') return index;
  }
  return from;
}
