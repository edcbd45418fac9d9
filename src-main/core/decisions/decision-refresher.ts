// Keeps the archive's decisions current without making anyone wait: after each import, and when a
// shell starts (a newer extractor reads everything again), the conversations that are new or changed
// are read on worker threads, each with its own connection: one for a small import, one per core (up
// to four) when a whole archive is to be read. Reads of the archive never run the extractor.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ArchiveDb } from '../db/archive-db.js';
import type {
  DecisionRefreshData,
  DecisionRefreshMessage,
  DecisionRefreshOrder,
} from './decision-refresh.worker.js';

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
const MAX_THREADS = 4;
// Starting a thread (its connection, the extractor's weights) costs a fraction of a second: below
// this many conversations per thread, another one would not pay for itself.
const CONVERSATIONS_PER_THREAD = 500;
// Small enough that threads finish close together and a stop is heard soon; each is one transaction.
const CONVERSATIONS_PER_BATCH = 100;

/** How many threads a pass over this many stale conversations runs on. */
export function refreshThreadsFor(stale: number): number {
  const wanted = Math.ceil(stale / CONVERSATIONS_PER_THREAD);
  return Math.max(1, Math.min(availableParallelism(), MAX_THREADS, wanted));
}

interface Pass {
  readonly done: Promise<number>;
  readonly stop: () => Promise<void>;
}

/**
 * One pass on worker threads. The first lists what is stale; the refresher then starts the others and
 * hands out batches to whichever thread asks, so that a thread slowed by long conversations or a busy
 * core takes fewer. Writes are serialized by SQLite; each connection waits its turn (busy_timeout).
 */
function passOnThreads(archiveFile: string): Pass {
  let stale: readonly string[] = [];
  let next = 0;
  let ending = false;
  let failure: Error | null = null;
  let read = 0;
  let running = 0;
  let settle: { resolve: (read: number) => void; reject: (error: Error) => void } | null = null;
  const done = new Promise<number>((resolve, reject) => (settle = { resolve, reject }));

  const fail = (error: Error) => {
    failure ??= error;
    ending = true;
  };
  const orderNext = (worker: Worker) => {
    const ids = ending ? [] : stale.slice(next, next + CONVERSATIONS_PER_BATCH);
    next += ids.length;
    worker.postMessage(
      (ids.length > 0 ? { type: 'read', ids } : { type: 'end' }) satisfies DecisionRefreshOrder,
    );
  };
  const start = (listStale: boolean) => {
    const worker = new Worker(WORKER_FILE, {
      workerData: { archiveFile, listStale } satisfies DecisionRefreshData,
    });
    running += 1;
    worker.on('message', (message: DecisionRefreshMessage) => {
      if (message.type === 'failed') return fail(new Error(message.message));
      if (message.type === 'stale') {
        stale = message.ids;
        const threads = refreshThreadsFor(stale.length);
        for (let more = 1; more < threads && !ending; more += 1) start(false);
      } else {
        read += message.conversations;
      }
      orderNext(worker);
    });
    worker.on('error', fail);
    worker.on('exit', () => {
      running -= 1;
      if (running > 0) return;
      if (failure) settle?.reject(failure);
      else settle?.resolve(read);
    });
  };

  start(true);
  return {
    done,
    stop: async () => {
      ending = true;
      await done.catch(() => 0);
    },
  };
}

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
  const pass = (): Pass => {
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
    return passOnThreads(deps.archiveFile);
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
