// What the window needs to know before showing a timeline: whether the archive holds anything yet,
// and what the import queue is doing.

import { queryOptions } from '@tanstack/react-query';
import { archive } from '../../archive/archive-client.js';
import { archiveKeys } from '../../archive/query-keys.js';

/**
 * Whether the archive holds any conversation: one row asked for, not the archive's totals (counting
 * every message of a big archive takes the server most of a second, and the timeline waited on it).
 */
export function hasConversationsQuery() {
  return queryOptions({
    queryKey: [...archiveKeys.overview, 'has-conversations'],
    queryFn: async () => (await archive.listConversations({ limit: 1 })).length > 0,
  });
}

export function importJobsQuery() {
  return queryOptions({ queryKey: archiveKeys.importJobs, queryFn: () => archive.listImportJobs({}) });
}
