// A conversation's span names its day once when it began and ended on the same day.

import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDateTimeRange } from '../../../src-renderer/app/time-format.js';

describe('a span of time', () => {
  it('says a shared day once, and a single moment once', () => {
    const start = '2023-04-19T09:25:00Z';
    const end = '2023-04-19T10:00:00Z';
    const span = formatDateTimeRange(start, end);
    const day = formatDateTime(start).split(',').slice(0, 2).join(',');
    expect(span.split(day)).toHaveLength(2);
    expect(formatDateTimeRange(start, start)).toBe(formatDateTime(start));
    expect(formatDateTimeRange(null, end)).toBe(formatDateTime(end));
  });
});
