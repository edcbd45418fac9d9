// The home view: a person's history as a virtualized stream of days, newest activity first in reach,
// with the density strip, filters, jump to a date, and j/k (or arrows) and Enter to move and open; a
// file lost with its Code Interpreter session offers its conversation's rebuild kit beside its card.

import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { VirtualRows } from '../../app/virtual-rows.js';
import { ChevronDown, ChevronUp, Filter } from 'lucide-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import type { DensityBucket, TimelineKind } from '../../../src-shared/model/timeline.js';
import { TIMELINE_KINDS } from '../../../src-shared/model/timeline.js';
import { useHotkeys } from '../../app/hotkeys.js';
import { navigate } from '../../app/navigation.js';
import { conversationHref, formatRoute, type TimelineRoute } from '../../app/route-state.js';
import { ErrorNotice, LoadingNotice } from '../../app/status-notice.js';
import { formatDayHeading } from '../../app/time-format.js';
import { defaultAnchor, earlierAnchor, fittingGranularity, type Granularity } from './density-bucketing.js';
import { DensityStrip } from './density-strip.js';
import { KIND_LABELS } from './kind-labels.js';
import { AccountSelect } from './account-select.js';
import { ProjectSelect } from './project-select.js';
import { densityQuery, timelineItemsQuery, type TimelineFilters } from './queries.js';
import { RebuildKitNotice } from '../rebuild-kits/rebuild-kit-notice.js';
import { useRebuildKit } from '../rebuild-kits/use-rebuild-kit.js';
import { DismissedDecisionNotice } from './dismissed-decision-notice.js';
import { RowActions } from './row-actions.js';
import { useDismissDecision } from './use-dismiss-decision.js';
import { TimelineCard } from './timeline-card.js';
import { stepItem, timelineRowsOfPages } from './timeline-rows.js';

/** The strip's bars before they arrive: one array, so the memoized strip sees no change. */
const NO_BUCKETS: readonly DensityBucket[] = [];

export function TimelineView({
  route,
  dayBuckets,
}: {
  route: TimelineRoute;
  dayBuckets: readonly DensityBucket[];
}) {
  const filters: TimelineFilters = { kinds: route.kinds, project: route.project, account: route.account };
  const [granularity, setGranularity] = useState<Granularity>(() => fittingGranularity(dayBuckets));
  const strip = useQuery(densityQuery(filters, granularity));
  const from = route.at ?? defaultAnchor(dayBuckets);
  const to = route.at !== null ? route.to : null;
  const items = useInfiniteQuery(timelineItemsQuery(filters, from, to));
  const rows = useMemo(() => timelineRowsOfPages(items.data?.pages ?? []), [items.data]);
  const earlier = from ? earlierAnchor(dayBuckets, from, route.kinds) : null;

  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => (rows[index]?.type === 'day' ? 48 : 84),
    overscan: 10,
  });
  const visible = virtualizer.getVirtualItems();
  const lastVisible = visible[visible.length - 1]?.index ?? 0;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = items;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastVisible >= rows.length - 40) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage, lastVisible, rows.length]);

  const kit = useRebuildKit();
  const decisions = useDismissDecision();
  const [selected, setSelected] = useState(-1);
  const move = (step: 1 | -1): void => {
    const start = selected === -1 ? (step === 1 ? -1 : rows.length) : selected;
    const next = stepItem(rows, Math.max(-1, Math.min(rows.length, start)), step);
    if (rows[next]?.type !== 'item') return;
    setSelected(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };
  const open = (): void => {
    const row = rows[selected];
    if (row?.type === 'item') navigate(conversationHref(row.item.conversationId, row.item.messageId));
  };
  useHotkeys({
    j: () => move(1),
    k: () => move(-1),
    ArrowDown: (e) => (e.preventDefault(), move(1)),
    ArrowUp: (e) => (e.preventDefault(), move(-1)),
    // Enter on a button (Earlier, Make rebuild kit) is that button's, not the selected card's.
    Enter: (event) => {
      if (!(event.target instanceof Element && event.target.closest('button, a[href]'))) open();
    },
  });

  // Stable between scroll frames, so the memoized density strip is not drawn again on each one.
  const jumpTo = useCallback(
    (day: string): void => navigate(formatRoute({ ...route, at: day, to: null })),
    [route],
  );
  const showRange = useCallback(
    (first: string, last: string | null): void => navigate(formatRoute({ ...route, at: first, to: last })),
    [route],
  );
  const setKinds = (kinds: readonly TimelineKind[]): void =>
    navigate(formatRoute({ ...route, kinds }), { replace: true });
  const selectedRow = rows[selected];

  return (
    <div className="view timeline-view">
      <DensityStrip
        buckets={strip.data ?? NO_BUCKETS}
        granularity={granularity}
        kinds={route.kinds}
        at={from}
        to={to}
        onGranularity={setGranularity}
        onJump={jumpTo}
        onRange={showRange}
      />
      <TimelineToolbar route={route} from={from} onKinds={setKinds} onJump={jumpTo} />
      {items.isPending && <LoadingNotice label="Opening your timeline…" />}
      {items.isError && <ErrorNotice title="The timeline did not load" error={items.error} />}
      <RebuildKitNotice action={kit} />
      <DismissedDecisionNotice action={decisions} />
      <div ref={scroller} className="scroller">
        {earlier && (
          <button type="button" className="earlier" onClick={() => jumpTo(earlier)}>
            <ChevronUp aria-hidden size={16} /> Earlier
          </button>
        )}
        <div className="timeline-rows">
          <VirtualRows
            virtualizer={virtualizer}
            items={rows}
            className="timeline-list"
            role="listbox"
            aria-label="Timeline"
            tabIndex={0}
            aria-activedescendant={
              selectedRow?.type === 'item' ? `timeline-item-${selectedRow.item.id}` : undefined
            }
          >
            {(row, index) =>
              row.type === 'day' ? (
                <h2 className="day-heading" role="presentation">
                  {formatDayHeading(row.day)}
                  <span className="muted"> · {row.count}</span>
                </h2>
              ) : (
                <TimelineCard
                  item={row.item}
                  selected={index === selected}
                  id={`timeline-item-${row.item.id}`}
                />
              )
            }
          </VirtualRows>
          <RowActions virtualizer={virtualizer} rows={rows} kit={kit} decisions={decisions} />
        </div>
        {items.data && rows.length === 0 && (
          <div className="page-message">
            <p>
              Nothing here
              {route.kinds.length > 0 || route.project || route.account
                ? ' with these filters'
                : to
                  ? ' in these days'
                  : ' from this date on'}
              .
            </p>
          </div>
        )}
        {isFetchingNextPage && <LoadingNotice label="Loading more…" />}
      </div>
    </div>
  );
}

function TimelineToolbar({
  route,
  from,
  onKinds,
  onJump,
}: {
  route: TimelineRoute;
  from: string | null;
  onKinds: (kinds: readonly TimelineKind[]) => void;
  onJump: (day: string) => void;
}) {
  return (
    <div className="toolbar timeline-toolbar" role="group" aria-label="Timeline filters">
      <MenuTrigger>
        <Button className="button">
          <Filter aria-hidden size={14} />
          <span className="button-label">
            {route.kinds.length === 0
              ? 'Everything'
              : route.kinds.length <= 2
                ? route.kinds.map((kind) => KIND_LABELS[kind]).join(', ')
                : `${route.kinds.length} kinds`}
          </span>
          <ChevronDown aria-hidden size={14} />
        </Button>
        <Popover className="popover" placement="bottom start">
          <Menu
            className="menu"
            aria-label="Kinds shown"
            selectionMode="multiple"
            selectedKeys={route.kinds}
            onSelectionChange={(keys) =>
              onKinds(keys === 'all' ? [] : TIMELINE_KINDS.filter((kind) => keys.has(kind)))
            }
          >
            {TIMELINE_KINDS.map((kind) => (
              <MenuItem key={kind} id={kind} className="menu-item">
                {KIND_LABELS[kind]}
              </MenuItem>
            ))}
          </Menu>
        </Popover>
      </MenuTrigger>
      <ProjectSelect
        value={route.project}
        onChange={(project) => navigate(formatRoute({ ...route, project }), { replace: true })}
        withGpts={false}
      />
      <AccountSelect
        value={route.account}
        onChange={(account) => navigate(formatRoute({ ...route, account }), { replace: true })}
      />
      <label className="field">
        <span>From</span>
        <input
          type="date"
          value={from ?? ''}
          onChange={(event) => {
            if (event.target.value) onJump(event.target.value);
          }}
        />
      </label>
    </div>
  );
}
