// Runs one import either on a worker thread (the app and the CLI's watch mode: the calling thread
// stays free) or, where the compiled worker is not there (tests run from the TypeScript sources), on
// the calling thread with the same importer. Either way it takes a progress listener and a signal.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { toTransferableError } from '../../../src-shared/contract/app-error.js';
import type { ImportProgress, ImportReport } from '../../../src-shared/model/import-report.js';
import type { ArchiveDb } from '../db/archive-db.js';
import type { KeptExports } from '../safekeeping/kept-exports.js';
import type { BlobStore } from '../blobs/blob-store.js';
import { importExport } from './importer.js';
import { failedReport } from './import-reports.js';
import type { ImportWorkerCommand, ImportWorkerData, ImportWorkerMessage } from './import.worker.js';

export interface ImportRun {
  readonly path: string;
  readonly verify: boolean;
  readonly onProgress: (progress: ImportProgress) => void;
  readonly signal: AbortSignal;
}

export type ImportRunner = (run: ImportRun) => Promise<ImportReport>;

const WORKER_FILE = fileURLToPath(new URL('./import.worker.js', import.meta.url));

export function createImportRunner(deps: {
  readonly dataFolder: string;
  readonly db: ArchiveDb;
  readonly blobs: BlobStore;
  readonly keptExports: KeptExports;
}): ImportRunner {
  if (!existsSync(WORKER_FILE)) {
    return ({ path, verify, onProgress, signal }) =>
      importExport(deps.db, deps.blobs, path, { onProgress, signal, verify, keptExports: deps.keptExports });
  }
  return (run) => runOnWorker(deps.dataFolder, run);
}

function crashReport(path: string, message: string): ImportReport {
  return failedReport(path, new Error(message));
}

function runOnWorker(
  dataFolder: string,
  { path, verify, onProgress, signal }: ImportRun,
): Promise<ImportReport> {
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_FILE, {
      workerData: { dataFolder, path, verify } satisfies ImportWorkerData,
      // Writing a large export makes much short-lived garbage; a young generation left to grow to
      // V8's default keeps it all at once (peak RSS 319 MB against 275 MB with this, on the 1 GB bench
      // export, at the same speed).
      resourceLimits: { maxYoungGenerationSizeMb: 8 },
    });
    let report: ImportReport | null = null;
    const cancel = () => worker.postMessage({ type: 'cancel' } satisfies ImportWorkerCommand);
    signal.addEventListener('abort', cancel, { once: true });
    worker.on('message', (message: ImportWorkerMessage) => {
      if (message.type === 'progress') {
        onProgress(message.progress);
        return;
      }
      report = message.report;
      signal.removeEventListener('abort', cancel);
      resolve(report);
    });
    worker.on('error', (error) => {
      report ??= crashReport(path, toTransferableError(error).message);
    });
    worker.on('exit', (code) => {
      signal.removeEventListener('abort', cancel);
      resolve(report ?? crashReport(path, `the import stopped unexpectedly (exit code ${code}).`));
    });
  });
}
