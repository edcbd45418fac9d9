// What the window needs to know before showing a timeline: whether the archive holds anything yet,
// and what the import queue is doing.

import { queryOptions } from '@tanstack/react-query';
import { archive } from '../../archive/archive-client.js';
import { archiveKeys } from '../../archive/query-keys.js';

export function statsQuery() {
  return queryOptions({ queryKey: [...archiveKeys.overview, 'stats'], queryFn: () => archive.getStats({}) });
}

export function importJobsQuery() {
  return queryOptions({ queryKey: archiveKeys.importJobs, queryFn: () => archive.listImportJobs({}) });
}

export function settingsQuery() {
  return queryOptions({
    queryKey: [...archiveKeys.overview, 'settings'],
    queryFn: () => archive.getSettings({}),
  });
}
