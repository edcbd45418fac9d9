// The timeline methods of ArchiveApi. Reads only: decisions are kept current after imports by the
// refresher, never here.

import type { ArchiveApi } from '../../../src-shared/contract/archive-contract.js';
import type { ServiceDeps } from '../service-deps.js';
import { timelineDensity, timelinePage } from './timeline-pages.js';

export function timelineHandlers({ db }: ServiceDeps): Pick<ArchiveApi, 'timeline' | 'timelineDensity'> {
  return {
    async timeline(query) {
      return timelinePage(db, query);
    },
    async timelineDensity(query) {
      return timelineDensity(db, query);
    },
  };
}
