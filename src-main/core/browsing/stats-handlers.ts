// The archive's totals (`archivist stats`, the window's status line): apart from the other browsing
// methods because it needs only the archive file and the kept exports, so that the read-only archive
// answers it without loading the rest.

import type { ArchiveApi } from '../../../src-shared/contract/archive-contract.js';
import type { ArchiveDb } from '../db/archive-db.js';
import { archiveStats } from '../db/stats-repository.js';
import type { KeptExports } from '../safekeeping/kept-exports.js';

export function statsHandlers({
  db,
  keptExports,
}: {
  readonly db: ArchiveDb;
  readonly keptExports: KeptExports;
}): Pick<ArchiveApi, 'getStats'> {
  return {
    async getStats() {
      const kept = keptExports.list();
      return {
        ...archiveStats(db),
        keptExports: { count: kept.length, bytes: kept.reduce((sum, one) => sum + one.bytes, 0) },
      };
    },
  };
}
