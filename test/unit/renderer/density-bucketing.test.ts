// The density strip must show quiet periods as gaps (not squeeze them out), add up only the kinds
// shown, and open the timeline near the latest activity.

import { describe, expect, it } from 'vitest';
import {
  defaultAnchor,
  densityBars,
  earlierAnchor,
  fittingGranularity,
  periodEnd,
  periodStart,
} from '../../../src-renderer/features/timeline/density-bucketing.js';

const buckets = [
  { start: '2024-01-30', counts: { conversation: 2, decision: 1 } },
  { start: '2024-02-01', counts: { conversation: 1 } },
  { start: '2024-04-15', counts: { upload: 4 } },
];

describe('density bucketing', () => {
  it('starts weeks on Monday and months on the first', () => {
    expect(periodStart('2024-02-01', 'week')).toBe('2024-01-29'); // a Thursday
    expect(periodStart('2024-01-29', 'week')).toBe('2024-01-29');
    expect(periodStart('2024-02-29', 'month')).toBe('2024-02-01');
  });

  it('gives every month from the first to the last, quiet ones as zero', () => {
    expect(densityBars(buckets, 'month', [])).toEqual([
      { start: '2024-01-01', total: 3, counts: { conversation: 2, decision: 1 } },
      { start: '2024-02-01', total: 1, counts: { conversation: 1 } },
      { start: '2024-03-01', total: 0, counts: {} },
      { start: '2024-04-01', total: 4, counts: { upload: 4 } },
    ]);
  });

  it('merges days into their week and counts only the kinds chosen', () => {
    const weeks = densityBars(buckets, 'week', ['conversation']);
    expect(weeks[0]).toEqual({ start: '2024-01-29', total: 3, counts: { conversation: 3 } });
    expect(weeks.length).toBe(12); // 2024-01-29 … 2024-04-15
    expect(weeks[weeks.length - 1]).toEqual({ start: '2024-04-15', total: 0, counts: {} });
  });

  it('names the last day a bar covers, for a range that ends on it', () => {
    expect(periodEnd('2024-01-29', 'week')).toBe('2024-02-04');
    expect(periodEnd('2024-02-01', 'month')).toBe('2024-02-29');
    expect(periodEnd('2024-02-01', 'day')).toBe('2024-02-01');
  });

  it('picks bars by day for a week of history, by week for a year, by month for longer', () => {
    const span = (first: string, last: string) => [
      { start: first, counts: {} },
      { start: last, counts: {} },
    ];
    expect(fittingGranularity(span('2024-01-01', '2024-01-07'))).toBe('day');
    expect(fittingGranularity(span('2024-01-01', '2024-12-31'))).toBe('week');
    expect(fittingGranularity(span('2021-01-01', '2026-01-01'))).toBe('month');
    expect(fittingGranularity([])).toBe('day');
  });

  it('has no bars for an empty archive', () => {
    expect(densityBars([], 'day', [])).toEqual([]);
    expect(defaultAnchor([])).toBeNull();
  });

  it('opens about two months before the last active day, never before the first', () => {
    expect(defaultAnchor(buckets)).toBe('2024-02-16');
    expect(defaultAnchor([{ start: '2024-04-15', counts: {} }])).toBe('2024-04-15');
    expect(earlierAnchor(buckets, '2024-02-16')).toBe('2024-01-30');
    expect(earlierAnchor(buckets, '2024-01-30')).toBeNull();
    // Under a filter only days holding what it shows count: no decision before February, no
    // "Earlier" at all.
    expect(earlierAnchor(buckets, '2024-04-15', ['upload'])).toBeNull();
    expect(earlierAnchor(buckets, '2024-04-15', ['decision'])).toBe('2024-01-30');
  });
});
