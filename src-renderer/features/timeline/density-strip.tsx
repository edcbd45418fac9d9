// Where the activity was, across the whole archive: one bar per day, week or month, aligned with the
// timeline's column. Clicking a bar opens the timeline there, dragging across bars shows just that
// range; from the keyboard, arrows move between bars, Shift+arrows widen a range, Enter goes.

import { memo, useCallback, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { X } from 'lucide-react';
import { ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import type { DensityBucket, TimelineKind } from '../../../src-shared/model/timeline.js';
import {
  formatLongMonth,
  formatMonth,
  formatMonthAbbreviation,
  formatShortDay,
} from '../../app/time-format.js';
import { densityBars, periodEnd, type DensityBar, type Granularity } from './density-bucketing.js';
import { KIND_LABELS } from './kind-labels.js';

const PLOT_HEIGHT = 40;
/** Wide enough to hit, narrow enough that a week of history does not become one slab. */
const MAX_SLOT = 18;
const AXIS_LABEL_GAP = 44;

/**
 * Memoized: the timeline re-renders on every scroll frame, and a strip of 1,000 daily bars, each with
 * its spoken label, costs a long task each time (measured on 300,000 items).
 */
export const DensityStrip = memo(function DensityStrip({
  buckets,
  granularity,
  kinds,
  at,
  to,
  onGranularity,
  onJump,
  onRange,
}: {
  buckets: readonly DensityBucket[];
  granularity: Granularity;
  kinds: readonly TimelineKind[];
  at: string | null;
  to: string | null;
  onGranularity: (granularity: Granularity) => void;
  onJump: (day: string) => void;
  onRange: (from: string, to: string | null) => void;
}) {
  const bars = densityBars(buckets, granularity, kinds);
  const [plotWidth, attachPlot] = usePlotWidth();
  const slot = bars.length === 0 ? MAX_SLOT : Math.min(MAX_SLOT, plotWidth / bars.length);
  const max = Math.max(1, ...bars.map((bar) => bar.total));
  // The bar of the first day shown: the first with activity from `at` on (the day itself may be quiet).
  const currentIndex =
    at === null ? -1 : bars.findIndex((bar) => periodEnd(bar.start, granularity) >= at && bar.total > 0);

  const [active, setActive] = useState<number | null>(null);
  const [hovered, setHovered] = useState<number | null>(null);
  const [span, setSpan] = useState<{ anchor: number; end: number } | null>(null);
  const dragging = useRef(false);
  const activeIndex = Math.min(
    bars.length - 1,
    active ?? (currentIndex >= 0 ? currentIndex : bars.length - 1),
  );

  const spanLow = span ? Math.min(span.anchor, span.end) : -1;
  const spanHigh = span ? Math.max(span.anchor, span.end) : -1;
  const inChosenRange = (bar: DensityBar, index: number): boolean => {
    if (span) return index >= spanLow && index <= spanHigh;
    if (at === null || to === null) return index === currentIndex;
    return periodEnd(bar.start, granularity) >= at && bar.start <= to;
  };

  const finish = (low: number, high: number): void => {
    const first = bars[low];
    const last = bars[high];
    if (!first || !last) return;
    // The readout rests on the whole strip again: the chip says what is shown, and arrows go on from
    // the first bar of it.
    setActive(null);
    if (low === high) onJump(first.start);
    else onRange(first.start, periodEnd(last.start, granularity));
  };
  const indexAt = (event: PointerEvent<HTMLDivElement>): number | null => {
    const box = event.currentTarget.getBoundingClientRect();
    const index = Math.floor((event.clientX - box.left) / slot);
    return index >= 0 && index < bars.length ? index : null;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const step: Record<string, number> = {
      ArrowLeft: -1,
      ArrowRight: 1,
      PageUp: -10,
      PageDown: 10,
      Home: -bars.length,
      End: bars.length,
    };
    const delta = step[event.key];
    if (delta !== undefined) {
      event.preventDefault();
      const next = Math.max(0, Math.min(bars.length - 1, activeIndex + delta));
      setActive(next);
      if (event.shiftKey) setSpan({ anchor: span?.anchor ?? activeIndex, end: next });
      else setSpan(null);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (span) finish(spanLow, spanHigh);
      else finish(activeIndex, activeIndex);
      setSpan(null);
    } else if (event.key === 'Escape' && span) {
      event.preventDefault();
      setSpan(null);
    }
  };

  const shown = hovered ?? (active !== null ? activeIndex : null);
  const shownBar = shown !== null ? bars[shown] : undefined;
  // While a range is being chosen, the readout says what Enter (or letting go) will show.
  const spanFirst = span && spanLow !== spanHigh ? bars[spanLow] : undefined;
  const spanLast = span && spanLow !== spanHigh ? bars[spanHigh] : undefined;
  const spanTotal = bars.slice(spanLow, spanHigh + 1).reduce((sum, bar) => sum + bar.total, 0);
  const total = bars.reduce((sum, bar) => sum + bar.total, 0);
  const first = bars[0]?.start;
  const last = bars[bars.length - 1]?.start;

  return (
    <section className="density" aria-label="Activity over time">
      <div className="density-head">
        <span className="density-readout" aria-live="polite">
          {spanFirst && spanLast ? (
            <>
              <strong>
                {formatShortDay(spanFirst.start)} – {formatShortDay(periodEnd(spanLast.start, granularity))}
              </strong>{' '}
              · {itemsWord(spanTotal)}
            </>
          ) : shownBar ? (
            <>
              <strong>{periodName(shownBar.start, granularity)}</strong> · {itemsWord(shownBar.total)}
            </>
          ) : first && last ? (
            <>
              <strong>{rangeName(first, last, granularity)}</strong> · {itemsWord(total)}
            </>
          ) : (
            ' '
          )}
        </span>
        {at !== null && to !== null && (
          <span className="range-chip">
            Showing {formatShortDay(at)} – {formatShortDay(to)}
            <button
              type="button"
              className="link-button"
              aria-label="Show everything from then on"
              onClick={() => onRange(at, null)}
            >
              <X aria-hidden size={14} />
            </button>
          </span>
        )}
        <ToggleButtonGroup
          aria-label="Bars per"
          selectionMode="single"
          disallowEmptySelection
          selectedKeys={[granularity]}
          onSelectionChange={(keys) => {
            const next = [...keys][0];
            if (next === 'day' || next === 'week' || next === 'month') onGranularity(next);
          }}
          className="segmented"
        >
          <ToggleButton id="day">Day</ToggleButton>
          <ToggleButton id="week">Week</ToggleButton>
          <ToggleButton id="month">Month</ToggleButton>
        </ToggleButtonGroup>
      </div>
      <div className="density-plot" ref={attachPlot}>
        <div
          className="density-bars"
          role="listbox"
          aria-label={`Activity by ${granularity}: arrows move, Shift+arrows choose a range, Enter shows it`}
          aria-activedescendant={bars[activeIndex] ? `density-${bars[activeIndex].start}` : undefined}
          tabIndex={bars.length > 0 ? 0 : -1}
          style={{ height: PLOT_HEIGHT }}
          onKeyDown={onKeyDown}
          onBlur={() => setActive(null)}
          onPointerDown={(event) => {
            const index = indexAt(event);
            if (index === null || event.button !== 0) return;
            event.currentTarget.setPointerCapture(event.pointerId);
            dragging.current = true;
            setSpan({ anchor: index, end: index });
          }}
          onPointerMove={(event) => {
            const index = indexAt(event);
            setHovered(index);
            if (dragging.current && index !== null && span) setSpan({ ...span, end: index });
          }}
          onPointerLeave={() => setHovered(null)}
          onPointerUp={() => {
            if (!dragging.current) return;
            dragging.current = false;
            if (span) finish(spanLow, spanHigh);
            setSpan(null);
          }}
          onPointerCancel={() => {
            dragging.current = false;
            setSpan(null);
          }}
        >
          {bars.map((bar, index) => {
            // Square root, so one busy day does not flatten every other bar to nothing.
            const height = bar.total === 0 ? 0 : Math.max(3, Math.sqrt(bar.total / max) * PLOT_HEIGHT);
            const chosen = inChosenRange(bar, index);
            const label = `${periodName(bar.start, granularity)}: ${countsWords(bar)}`;
            return (
              <div
                key={bar.start}
                id={`density-${bar.start}`}
                role="option"
                aria-selected={chosen}
                aria-label={label}
                title={label}
                className={[
                  'density-slot',
                  chosen ? 'density-chosen' : '',
                  index === activeIndex && active !== null ? 'density-active' : '',
                ].join(' ')}
                style={{ width: slot }}
              >
                <span className="density-bar" style={{ height, width: barWidth(slot) }} />
              </div>
            );
          })}
        </div>
        <div className="density-axis" aria-hidden style={{ width: slot * bars.length }}>
          {axisLabels(bars, granularity, slot).map((label) => (
            <span key={label.index} style={{ left: label.index * slot }} className="density-tick">
              {label.text}
            </span>
          ))}
        </div>
      </div>
    </section>
  );
});

/** The strip's width as it is laid out; the observer reports it once on attach and on every resize. */
function usePlotWidth(): [number, (element: HTMLDivElement | null) => (() => void) | undefined] {
  const [width, setWidth] = useState(860);
  const attach = useCallback((element: HTMLDivElement | null) => {
    if (!element) return undefined;
    const observer = new ResizeObserver(([entry]) => {
      if (entry && entry.contentRect.width > 0) setWidth(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [width, attach];
}

/** A gap between bars once there is room for one; a hairline strip when bars are packed tight. */
function barWidth(slot: number): number {
  if (slot >= 6) return Math.min(12, Math.round(slot * 0.66));
  if (slot >= 3) return slot - 1;
  return slot;
}

function periodName(start: string, granularity: Granularity): string {
  if (granularity === 'day') return formatShortDay(start);
  if (granularity === 'week') return `Week of ${formatShortDay(start)}`;
  return formatLongMonth(start);
}

function rangeName(first: string, last: string, granularity: Granularity): string {
  if (granularity === 'day')
    return first === last ? formatShortDay(first) : `${formatShortDay(first)} – ${formatShortDay(last)}`;
  return first.slice(0, 7) === last.slice(0, 7)
    ? formatLongMonth(first)
    : `${formatMonth(first)} – ${formatMonth(last)}`;
}

/** One formatter for every count: toLocaleString builds a new one on each call. */
const COUNT = new Intl.NumberFormat();

function itemsWord(count: number): string {
  return `${COUNT.format(count)} item${count === 1 ? '' : 's'}`;
}

function countsWords(bar: DensityBar): string {
  if (bar.total === 0) return 'nothing';
  const parts = (Object.entries(bar.counts) as [TimelineKind, number][])
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([kind, count]) => `${KIND_LABELS[kind].toLowerCase()} ${COUNT.format(count)}`);
  return `${itemsWord(bar.total)} (${parts.join(', ')})`;
}

/** Month (or year) names under the bars where a new one starts, never closer than a label's width. */
function axisLabels(
  bars: readonly DensityBar[],
  granularity: Granularity,
  slot: number,
): { index: number; text: string }[] {
  const labels: { index: number; text: string }[] = [];
  let lastX = -Infinity;
  let lastYear = '';
  bars.forEach((bar, index) => {
    const previous = bars[index - 1]?.start;
    const year = bar.start.slice(0, 4);
    const newYear = previous === undefined || previous.slice(0, 4) !== year;
    const newMonth = previous === undefined || previous.slice(0, 7) !== bar.start.slice(0, 7);
    const isStart = granularity === 'month' ? newYear : newMonth;
    const x = index * slot;
    // Not so near the end that the label would run past the strip.
    if (!isStart || x - lastX < AXIS_LABEL_GAP || x > slot * bars.length - 24) return;
    const text =
      granularity === 'month'
        ? year
        : year !== lastYear
          ? `${formatMonthAbbreviation(bar.start)} ${year}`
          : formatMonthAbbreviation(bar.start);
    labels.push({ index, text });
    lastX = x + (text.length > 4 ? 20 : 0);
    lastYear = year;
  });
  return labels;
}
