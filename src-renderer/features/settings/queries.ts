// What the Settings view reads: the settings themselves and the two folder lists. All live under the
// overview key, which an archiveChanged 'settings' event makes stale.

import { queryOptions } from '@tanstack/react-query';
import { archive } from '../../archive/archive-client.js';
import { archiveKeys } from '../../archive/query-keys.js';

export function settingsQuery() {
  return queryOptions({
    queryKey: [...archiveKeys.overview, 'settings'],
    queryFn: () => archive.getSettings({}),
  });
}

export function watchedFoldersQuery() {
  return queryOptions({
    queryKey: [...archiveKeys.overview, 'watched-folders'],
    queryFn: () => archive.listWatchedFolders({}),
  });
}

export function scanRootsQuery() {
  return queryOptions({
    queryKey: [...archiveKeys.overview, 'scan-roots'],
    queryFn: () => archive.listScanRoots({}),
  });
}
