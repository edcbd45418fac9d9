// Reads the decisions of every conversation that is new, changed since it was read, or read by an
// older extractor, in small transactions: a pass cut short keeps what it read (decision_runs).

import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ArchiveDb } from '../db/archive-db.js';
import {
  conversationsToExtract,
  replaceExtractedDecisions,
  visibleThreadOf,
} from '../db/decision-repository.js';
import { DECISION_EXTRACTOR_VERSION, extractDecisions } from './decision-extractor.js';

const CONVERSATIONS_PER_WRITE = 200;

function readBatch(db: ArchiveDb, ids: readonly string[]): void {
  // Immediate: an import may be writing on another connection, and a transaction that read before it
  // wrote would fail at once ("database is locked") instead of waiting its turn.
  db.transaction(() => {
    for (const id of ids) {
      replaceExtractedDecisions(
        db,
        id,
        extractDecisions(visibleThreadOf(db, id)),
        DECISION_EXTRACTOR_VERSION,
      );
    }
  }).immediate();
}

/** All at once, for callers that own the archive alone (a rebuild). Returns how many were read. */
export function refreshDecisions(db: ArchiveDb): number {
  const ids = conversationsToExtract(db, DECISION_EXTRACTOR_VERSION);
  for (let start = 0; start < ids.length; start += CONVERSATIONS_PER_WRITE) {
    readBatch(db, ids.slice(start, start + CONVERSATIONS_PER_WRITE));
  }
  return ids.length;
}

/** The same, yielding between transactions so that a stop request is heard. */
export async function refreshDecisionsInSteps(db: ArchiveDb, signal: AbortSignal): Promise<number> {
  const ids = conversationsToExtract(db, DECISION_EXTRACTOR_VERSION);
  let read = 0;
  for (let start = 0; start < ids.length && !signal.aborted; start += CONVERSATIONS_PER_WRITE) {
    const batch = ids.slice(start, start + CONVERSATIONS_PER_WRITE);
    readBatch(db, batch);
    read += batch.length;
    await nextTurn();
  }
  return read;
}
