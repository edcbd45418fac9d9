// Worker thread entry: reads the decisions of new and changed conversations on its own connection to
// the archive, so that the thread serving the window never stalls. It reads the batches the refresher
// hands it, one transaction each, until told to end; the first thread also lists what is stale, so
// that the extractor is never loaded on the window's thread.

import { parentPort, workerData } from 'node:worker_threads';
import { openArchiveDb, type ArchiveDb } from '../db/archive-db.js';
import { readDecisionBatch, staleConversations } from './decision-refresh.js';

export interface DecisionRefreshData {
  readonly archiveFile: string;
  readonly listStale: boolean;
}

/** From a thread to the refresher: each one but a failure asks for the next batch. */
export type DecisionRefreshMessage =
  | { readonly type: 'stale'; readonly ids: readonly string[] }
  | { readonly type: 'read'; readonly conversations: number }
  | { readonly type: 'failed'; readonly message: string };

/** From the refresher to a thread. */
export type DecisionRefreshOrder =
  { readonly type: 'read'; readonly ids: readonly string[] } | { readonly type: 'end' };

const { archiveFile, listStale } = workerData as DecisionRefreshData;
let db: ArchiveDb | null = null;

const post = (message: DecisionRefreshMessage) => parentPort?.postMessage(message);
const end = () => {
  db?.close();
  db = null;
  parentPort?.close();
};
const fail = (error: unknown) => {
  post({ type: 'failed', message: (error as Error).message });
  end();
};

parentPort?.on('message', (order: DecisionRefreshOrder) => {
  if (order.type === 'end' || !db) return end();
  try {
    post({ type: 'read', conversations: readDecisionBatch(db, order.ids) });
  } catch (error) {
    fail(error);
  }
});

try {
  db = openArchiveDb(archiveFile);
  post(listStale ? { type: 'stale', ids: staleConversations(db) } : { type: 'read', conversations: 0 });
} catch (error) {
  fail(error);
}
