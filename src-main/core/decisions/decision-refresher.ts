// Keeps the archive's decisions current without making anyone wait: after each import, and when a
// shell starts (a newer extractor reads everything again), the conversations that are new or changed
// are read on a worker thread with its own connection. Reads of the archive never run the extractor.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ArchiveDb } from '../db/archive-db.js';
import type { DecisionRefreshData, DecisionRefreshMessage } from './decision-refresh.worker.js';

export interface DecisionRefresher {
  /**
   * Reads whatever is stale; a call while a pass runs is folded into one more pass after it.
   * Resolves with how many conversations were read, once nothing is left (or the refresher stopped).
   */
  refresh(): Promise<number>;
  /** Stops between two transactions: what was read stays, the rest is read next time. */
  stop(): Promise<void>;
}

const WORKER_FILE = fileURLToPath(new URL('./decision-refresh.worker.js', import.meta.url));

export function createDecisionRefresher(deps: {
  readonly archiveFile: string;
  readonly db: ArchiveDb;
  /** Told after a pass that read anything, so that open views read decisions again. */
  readonly onRefreshed: (conversations: number) => void;
}): DecisionRefresher {
  let running: Promise<number> | null = null;
  let again = false;
  let stopped = false;
  let stopRunning: (() => Promise<void>) | null = null;

  // Tests run from the TypeScript sources, where there is no compiled worker: the same steps then
  // run on this thread, yielding between transactions.
  const pass = (): { done: Promise<number>; stop: () => Promise<void> } => {
    if (!existsSync(WORKER_FILE)) {
      const cancel = new AbortController();
      // Loaded on first use: the extractor and its weights are not needed to open the archive.
      const done = import('./decision-refresh.js').then(({ refreshDecisionsInSteps }) =>
        refreshDecisionsInSteps(deps.db, cancel.signal),
      );
      return {
        done,
        stop: async () => {
          cancel.abort();
          await done.catch(() => 0);
        },
      };
    }
    const worker = new Worker(WORKER_FILE, {
      workerData: { archiveFile: deps.archiveFile } satisfies DecisionRefreshData,
    });
    const done = new Promise<number>((resolve, reject) => {
      let read = 0;
      worker.on('message', (message: DecisionRefreshMessage) => {
        if (message.type === 'done') read = message.conversations;
        else reject(new Error(message.message));
      });
      worker.on('error', reject);
      worker.on('exit', () => resolve(read));
    });
    return {
      done,
      stop: async () => {
        worker.postMessage('stop');
        await done.catch(() => 0);
      },
    };
  };

  const loop = async (): Promise<number> => {
    let total = 0;
    do {
      again = false;
      const current = pass();
      stopRunning = current.stop;
      const read = await current.done;
      total += read;
      if (read > 0) deps.onRefreshed(read);
    } while (again && !stopped);
    return total;
  };

  return {
    refresh() {
      if (stopped) return Promise.resolve(0);
      if (running) {
        again = true;
        return running;
      }
      running = loop().finally(() => {
        running = null;
        stopRunning = null;
      });
      return running;
    },
    async stop() {
      stopped = true;
      await stopRunning?.();
      await running?.catch(() => 0);
    },
  };
}
