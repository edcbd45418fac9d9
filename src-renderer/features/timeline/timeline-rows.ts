// The timeline as one flat list of rows (a day heading, then that day's items) so a single virtualizer
// can scroll through 100,000 items; days are UTC days, the same days the density strip counts.

import type { TimelineItem, TimelinePage } from '../../../src-shared/model/timeline.js';

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

/** Each page's own rows, made once: a page arriving costs its 200 items, not the 100,000 before it. */
const rowsOfPage = new WeakMap<TimelinePage, readonly TimelineRow[]>();

/**
 * The rows of every page loaded so far, the same as `timelineRows` of all their items: a day that runs
 * across two pages keeps one heading, its count summed.
 */
export function timelineRowsOfPages(pages: readonly TimelinePage[]): TimelineRow[] {
  const rows: TimelineRow[] = [];
  let lastHeading = -1;
  for (const page of pages) {
    let own = rowsOfPage.get(page);
    if (!own) rowsOfPage.set(page, (own = timelineRows(page.items)));
    let start = 0;
    const first = own[0];
    const previous = rows[lastHeading];
    if (first?.type === 'day' && previous?.type === 'day' && previous.day === first.day) {
      rows[lastHeading] = { ...previous, count: previous.count + first.count };
      start = 1;
    }
    for (let index = start; index < own.length; index += 1) {
      const row = own[index] as TimelineRow;
      if (row.type === 'day') lastHeading = rows.length;
      rows.push(row);
    }
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
