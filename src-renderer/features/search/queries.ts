// Search as the person types: each query text is its own cache entry, and TanStack Query's signal
// aborts the request a newer keystroke made stale.

import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { SearchRoute } from '../../app/route-state.js';
import { abortableArchive } from '../../archive/archive-client.js';
import { archiveKeys } from '../../archive/query-keys.js';

export const SEARCH_PAGE = 200;

export function searchQuery(route: SearchRoute) {
  const text = route.q.trim();
  return queryOptions({
    queryKey: [...archiveKeys.search, text, route.kind, route.role, route.from, route.to],
    enabled: text !== '',
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) =>
      abortableArchive(signal).search({
        text,
        limit: SEARCH_PAGE,
        ...(route.kind ? { kind: route.kind } : {}),
        ...(route.role ? { role: route.role } : {}),
        ...(route.from ? { from: `${route.from}T00:00:00Z` } : {}),
        ...(route.to ? { to: `${route.to}T23:59:59Z` } : {}),
      }),
  });
}
