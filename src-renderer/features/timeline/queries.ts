// The timeline's questions to the archive, as TanStack Query options under the timeline key, so an
// import's event refreshes them all at once.

import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { TimelineKind } from '../../../src-shared/model/timeline.js';
import { archive } from '../../archive/archive-client.js';
import { archiveKeys } from '../../archive/query-keys.js';
import type { Granularity } from './density-bucketing.js';

export interface TimelineFilters {
  readonly kinds: readonly TimelineKind[];
  readonly project: string | null;
  readonly account: string | null;
}

const PAGE = 400;

export function densityQuery(filters: TimelineFilters, granularity: Granularity) {
  return queryOptions({
    queryKey: [...archiveKeys.timeline, 'density', granularity, filters.project, filters.account],
    queryFn: () =>
      archive.timelineDensity({
        bucket: granularity,
        ...(filters.project ? { project: filters.project } : {}),
        ...(filters.account ? { account: filters.account } : {}),
      }),
  });
}

export function timelineItemsQuery(filters: TimelineFilters, from: string | null, to: string | null) {
  return infiniteQueryOptions({
    queryKey: [...archiveKeys.timeline, 'items', from, to, filters.kinds, filters.project, filters.account],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      archive.timeline({
        limit: PAGE,
        ...(from ? { from: `${from}T00:00:00Z` } : {}),
        ...(to ? { to: `${to}T23:59:59.999Z` } : {}),
        ...(filters.kinds.length > 0 ? { kinds: filters.kinds } : {}),
        ...(filters.project ? { project: filters.project } : {}),
        ...(filters.account ? { account: filters.account } : {}),
        ...(pageParam ? { cursor: pageParam } : {}),
      }),
    getNextPageParam: (page) => page.nextCursor,
  });
}

export function projectsQuery() {
  return queryOptions({
    queryKey: [...archiveKeys.timeline, 'projects'],
    queryFn: () => archive.listProjects({}),
  });
}

/** The accounts the archive holds; the filter shows only when there is more than one. */
export function accountsQuery() {
  return queryOptions({
    queryKey: [...archiveKeys.timeline, 'accounts'],
    queryFn: () => archive.listAccounts({}),
  });
}
