// Worker thread entry: reads the decisions of new and changed conversations on its own connection to
// the archive, so that the thread serving the window never stalls. Asked to stop, it stops between
// two transactions.

import { parentPort, workerData } from 'node:worker_threads';
import { openArchiveDb, type ArchiveDb } from '../db/archive-db.js';
import { refreshDecisionsInSteps } from './decision-refresh.js';

export interface DecisionRefreshData {
  readonly archiveFile: string;
}

export type DecisionRefreshMessage =
  | { readonly type: 'done'; readonly conversations: number }
  | { readonly type: 'failed'; readonly message: string };

const { archiveFile } = workerData as DecisionRefreshData;
const stop = new AbortController();
parentPort?.on('message', () => stop.abort());

let db: ArchiveDb | null = null;
try {
  db = openArchiveDb(archiveFile);
  const conversations = await refreshDecisionsInSteps(db, stop.signal);
  parentPort?.postMessage({ type: 'done', conversations } satisfies DecisionRefreshMessage);
} catch (error) {
  parentPort?.postMessage({
    type: 'failed',
    message: (error as Error).message,
  } satisfies DecisionRefreshMessage);
} finally {
  db?.close();
  parentPort?.close();
}
