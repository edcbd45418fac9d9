// Reads the decisions of every conversation that is new, changed since it was read, or read by an
// older extractor, in small transactions: a pass cut short keeps what it read (decision_runs).

import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ArchiveDb } from '../db/archive-db.js';
import {
  contentHashOf,
  conversationsToExtract,
  replaceExtractedDecisions,
  visibleThreadOf,
} from '../db/decision-repository.js';
import {
  DECISION_EXTRACTOR_VERSION,
  extractDecisions,
  type ExtractedDecision,
} from './decision-extractor.js';

const CONVERSATIONS_PER_WRITE = 200;

/** Conversations this extractor has still to read, in a stable order. */
export function staleConversations(db: ArchiveDb): string[] {
  return conversationsToExtract(db, DECISION_EXTRACTOR_VERSION);
}

interface Extracted {
  readonly id: string;
  readonly contentHash: string | null;
  readonly found: readonly ExtractedDecision[];
}

/**
 * Reads and extracts a batch, then writes it in one immediate transaction. The extractor runs outside
 * the write lock, so that other connections (an import, another refresher thread) write meanwhile;
 * a conversation changed since its thread was read is left stale for the next pass. Returns how many
 * were written.
 */
export function readDecisionBatch(db: ArchiveDb, ids: readonly string[]): number {
  // Each thread is read with its hash in one snapshot, so the hash written names what was read.
  const snapshot = db.transaction((id: string) => {
    const contentHash = contentHashOf(db, id);
    return contentHash === undefined ? null : { contentHash, thread: visibleThreadOf(db, id) };
  });
  const extracted: Extracted[] = [];
  for (const id of ids) {
    const read = snapshot(id);
    if (read) extracted.push({ id, contentHash: read.contentHash, found: extractDecisions(read.thread) });
  }
  // Immediate: a transaction that read before it wrote would fail at once ("database is locked")
  // when another connection writes, instead of waiting its turn (busy_timeout).
  return db
    .transaction(() => {
      let written = 0;
      for (const { id, contentHash, found } of extracted) {
        if (contentHashOf(db, id) !== contentHash) continue;
        replaceExtractedDecisions(db, id, found, DECISION_EXTRACTOR_VERSION);
        written += 1;
      }
      return written;
    })
    .immediate();
}

/** All at once, for callers that own the archive alone (a rebuild). Returns how many were read. */
export function refreshDecisions(db: ArchiveDb): number {
  const ids = staleConversations(db);
  let read = 0;
  for (let start = 0; start < ids.length; start += CONVERSATIONS_PER_WRITE) {
    read += readDecisionBatch(db, ids.slice(start, start + CONVERSATIONS_PER_WRITE));
  }
  return read;
}

/** The same, yielding between transactions so that a stop request is heard. */
export async function refreshDecisionsInSteps(db: ArchiveDb, signal: AbortSignal): Promise<number> {
  const ids = staleConversations(db);
  let read = 0;
  for (let start = 0; start < ids.length && !signal.aborted; start += CONVERSATIONS_PER_WRITE) {
    read += readDecisionBatch(db, ids.slice(start, start + CONVERSATIONS_PER_WRITE));
    await nextTurn();
  }
  return read;
}
