// The density strip's arithmetic: the archive answers counts only for periods with activity; the strip
// needs every period between the first and the last (so quiet months show as gaps), totals for the
// kinds shown, and a sensible first day to open the timeline at.

import type { DensityBucket, DensityQuery, TimelineKind } from '../../../src-shared/model/timeline.js';

export type Granularity = DensityQuery['bucket'];

export interface DensityBar {
  /** The period's first day, YYYY-MM-DD (UTC; weeks start on Monday). */
  readonly start: string;
  readonly total: number;
  /** The kinds shown, each with its count in the period (for the bar's tooltip). */
  readonly counts: Readonly<Partial<Record<TimelineKind, number>>>;
}

const DAY_MS = 86_400_000;

function parseDay(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

export function formatDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The first day of the period a day falls in. */
export function periodStart(day: string, granularity: Granularity): string {
  const ms = parseDay(day);
  if (granularity === 'day') return formatDay(ms);
  if (granularity === 'month') return `${day.slice(0, 7)}-01`;
  const weekday = (new Date(ms).getUTCDay() + 6) % 7;
  return formatDay(ms - weekday * DAY_MS);
}

export function nextPeriod(start: string, granularity: Granularity): string {
  const ms = parseDay(start);
  if (granularity === 'day') return formatDay(ms + DAY_MS);
  if (granularity === 'week') return formatDay(ms + 7 * DAY_MS);
  const date = new Date(ms);
  return formatDay(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1));
}

/** Sums the kinds shown (all when none is chosen). */
export function bucketTotal(bucket: DensityBucket, kinds: readonly TimelineKind[]): number {
  let total = 0;
  for (const [kind, count] of Object.entries(bucket.counts) as [TimelineKind, number][]) {
    if (kinds.length === 0 || kinds.includes(kind)) total += count;
  }
  return total;
}

/** One bar per period from the first active one to the last, quiet periods as zero. */
export function densityBars(
  buckets: readonly DensityBucket[],
  granularity: Granularity,
  kinds: readonly TimelineKind[],
): DensityBar[] {
  const periods = new Map<string, Partial<Record<TimelineKind, number>>>();
  for (const bucket of buckets) {
    const start = periodStart(bucket.start, granularity);
    const counts = periods.get(start) ?? {};
    for (const [kind, count] of Object.entries(bucket.counts) as [TimelineKind, number][]) {
      if (kinds.length === 0 || kinds.includes(kind)) counts[kind] = (counts[kind] ?? 0) + count;
    }
    periods.set(start, counts);
  }
  const starts = [...periods.keys()].sort();
  const first = starts[0];
  const last = starts[starts.length - 1];
  if (first === undefined || last === undefined) return [];
  const bars: DensityBar[] = [];
  for (let start = first; start <= last; start = nextPeriod(start, granularity)) {
    const counts = periods.get(start) ?? {};
    bars.push({ start, total: Object.values(counts).reduce((sum, count) => sum + count, 0), counts });
  }
  return bars;
}

/** The period's last day: what a range ending on this bar covers. */
export function periodEnd(start: string, granularity: Granularity): string {
  return formatDay(parseDay(nextPeriod(start, granularity)) - DAY_MS);
}

/**
 * The finest bars that still fit a strip of about 860 px with room for a gap between them: a week of
 * history reads by day, a year by week, a decade by month.
 */
export function fittingGranularity(dayBuckets: readonly DensityBucket[], maxBars = 180): Granularity {
  const days = dayBuckets.map((bucket) => bucket.start).sort();
  const first = days[0];
  const last = days[days.length - 1];
  if (first === undefined || last === undefined) return 'day';
  const span = (parseDay(last) - parseDay(first)) / DAY_MS + 1;
  if (span <= maxBars) return 'day';
  if (span / 7 <= maxBars) return 'week';
  return 'month';
}

/**
 * Where the timeline opens without a date in the URL: about the last two months of activity, so a
 * person lands on what they did recently rather than on their first conversation years ago.
 */
export function defaultAnchor(dayBuckets: readonly DensityBucket[], days = 60): string | null {
  const days_ = dayBuckets.map((bucket) => bucket.start).sort();
  const first = days_[0];
  const last = days_[days_.length - 1];
  if (first === undefined || last === undefined) return null;
  const anchor = formatDay(parseDay(last) - (days - 1) * DAY_MS);
  return anchor < first ? first : anchor;
}

/**
 * The anchor one step earlier: the active period before `at`, a month of activity back; only days
 * holding the kinds shown count, so that under a filter "Earlier" never leads to nothing.
 */
export function earlierAnchor(
  dayBuckets: readonly DensityBucket[],
  at: string,
  kinds: readonly TimelineKind[] = [],
  days = 60,
): string | null {
  const before = dayBuckets
    .filter((bucket) => bucket.start < at && bucketTotal(bucket, kinds) > 0)
    .map((bucket) => bucket.start)
    .sort();
  const latest = before[before.length - 1];
  if (latest === undefined) return null;
  const first = before[0] ?? latest;
  const anchor = formatDay(parseDay(latest) - (days - 1) * DAY_MS);
  return anchor < first ? first : anchor;
}
