// Where the activity was, across the whole archive: one bar per day, week or month. Clicking a bar
// opens the timeline at that period; keyboard users have the date field beside it.

import { ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import type { DensityBucket, TimelineKind } from '../../../src-shared/model/timeline.js';
import { formatMonth } from '../../app/time-format.js';
import { densityBars, type Granularity } from './density-bucketing.js';

const HEIGHT = 44;

export function DensityStrip({
  buckets,
  granularity,
  kinds,
  at,
  onGranularity,
  onJump,
}: {
  buckets: readonly DensityBucket[];
  granularity: Granularity;
  kinds: readonly TimelineKind[];
  at: string | null;
  onGranularity: (granularity: Granularity) => void;
  onJump: (day: string) => void;
}) {
  const bars = densityBars(buckets, granularity, kinds);
  const max = Math.max(1, ...bars.map((bar) => bar.total));
  const width = Math.max(1, bars.length);
  const first = bars[0]?.start;
  const last = bars[bars.length - 1]?.start;
  return (
    <section className="density" aria-label="Activity over time">
      <div className="density-head">
        <span className="density-range">
          {first && last ? `${formatMonth(first)} – ${formatMonth(last)}` : ' '}
        </span>
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
      <svg
        className="density-bars"
        viewBox={`0 0 ${width} ${HEIGHT}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={`${bars.reduce((sum, bar) => sum + bar.total, 0).toLocaleString()} items over ${bars.length} ${granularity}s`}
        onClick={(event) => {
          const box = event.currentTarget.getBoundingClientRect();
          const index = Math.floor(((event.clientX - box.left) / box.width) * bars.length);
          const bar = bars[Math.max(0, Math.min(bars.length - 1, index))];
          if (bar) onJump(bar.start);
        }}
      >
        {bars.map((bar, index) => {
          // Square root, so one busy day does not flatten every other bar to nothing.
          const height = bar.total === 0 ? 0 : Math.max(2, Math.sqrt(bar.total / max) * HEIGHT);
          const current = at !== null && bar.start <= at && (bars[index + 1]?.start ?? '9999') > at;
          return (
            <rect
              key={bar.start}
              x={index + 0.1}
              width={0.8}
              y={HEIGHT - height}
              height={height}
              className={current ? 'bar bar-current' : 'bar'}
            >
              <title>{`${bar.start}: ${bar.total}`}</title>
            </rect>
          );
        })}
      </svg>
    </section>
  );
}
