// Search as the person types: each query text is its own cache entry, and TanStack Query's signal
// aborts the request a newer keystroke made stale. The first page is one screen of hits (snippets for
// 200 hits took the server a third of a second on a big archive); the rest come as the list scrolls.

import { infiniteQueryOptions, keepPreviousData } from '@tanstack/react-query';
import type { SearchResult } from '../../../src-shared/model/search.js';
import type { SearchRoute } from '../../app/route-state.js';
import { abortableArchive } from '../../archive/archive-client.js';
import { archiveKeys } from '../../archive/query-keys.js';

const FIRST_PAGE = 25;
const LATER_PAGE = 100;
/** At most this many hits are listed; the summary still says how many matched. */
export const SEARCH_LIMIT = 200;

function pageSize(offset: number): number {
  return offset === 0 ? FIRST_PAGE : Math.min(LATER_PAGE, SEARCH_LIMIT - offset);
}

export function searchQuery(route: SearchRoute) {
  const text = route.q.trim();
  return infiniteQueryOptions({
    queryKey: [
      ...archiveKeys.search,
      text,
      route.kind,
      route.role,
      route.from,
      route.to,
      route.project,
      route.account,
    ],
    enabled: text !== '',
    placeholderData: keepPreviousData,
    initialPageParam: 0,
    queryFn: ({ signal, pageParam }) =>
      abortableArchive(signal).search({
        text,
        limit: pageSize(pageParam),
        ...(pageParam > 0 ? { offset: pageParam } : {}),
        ...(route.kind ? { kind: route.kind } : {}),
        ...(route.role ? { role: route.role } : {}),
        ...(route.from ? { from: `${route.from}T00:00:00Z` } : {}),
        ...(route.to ? { to: `${route.to}T23:59:59Z` } : {}),
        ...(route.project ? { project: route.project } : {}),
        ...(route.account ? { account: route.account } : {}),
      }),
    getNextPageParam: (last: SearchResult, pages: SearchResult[], offset: number) => {
      const next = offset + last.hits.length;
      return last.hits.length === pageSize(offset) && next < SEARCH_LIMIT ? next : undefined;
    },
  });
}
