// Keeps the archive's decisions current: every conversation that is new, changed since it was read,
// or read by an older extractor is read again, in small transactions.

import type { ArchiveDb } from '../db/archive-db.js';
import {
  conversationsToExtract,
  replaceExtractedDecisions,
  visibleThreadOf,
} from '../db/decision-repository.js';
import { DECISION_EXTRACTOR_VERSION, extractDecisions } from './decision-extractor.js';

const CONVERSATIONS_PER_WRITE = 200;

/** Returns how many conversations were read. */
export function refreshDecisions(db: ArchiveDb): number {
  const ids = conversationsToExtract(db, DECISION_EXTRACTOR_VERSION);
  for (let start = 0; start < ids.length; start += CONVERSATIONS_PER_WRITE) {
    // Immediate: the import worker reads decisions too, right after an import, and a transaction that
    // read before it wrote would fail at once ("database is locked") instead of waiting its turn.
    db.transaction(() => {
      for (const id of ids.slice(start, start + CONVERSATIONS_PER_WRITE)) {
        replaceExtractedDecisions(
          db,
          id,
          extractDecisions(visibleThreadOf(db, id)),
          DECISION_EXTRACTOR_VERSION,
        );
      }
    }).immediate();
  }
  return ids.length;
}
