// Worker thread entry: runs one import on its own connection to the archive, so that the thread that
// serves the window and IPC never stalls, even through a 1 GB export. Reports progress as it goes,
// stops cleanly (the current batch committed) when asked to cancel.

import { parentPort, workerData } from 'node:worker_threads';
import { openArchiveDb, type ArchiveDb } from '../db/archive-db.js';
import {
  archiveFileIn,
  blobFolderIn,
  keptExportsFolderIn,
  uploadsFolderIn,
} from '../os-folders/data-folder.js';
import { KeptExports } from '../safekeeping/kept-exports.js';
import { BlobStore } from '../blobs/blob-store.js';
import { importExport } from './importer.js';
import { failedReport } from './import-reports.js';
import type { ImportProgress, ImportReport } from '../../../src-shared/model/import-report.js';

export interface ImportWorkerData {
  readonly dataFolder: string;
  readonly path: string;
  readonly verify: boolean;
}

export type ImportWorkerMessage =
  | { readonly type: 'progress'; readonly progress: ImportProgress }
  | { readonly type: 'finished'; readonly report: ImportReport };

export type ImportWorkerCommand = { readonly type: 'cancel' };

const { dataFolder, path, verify } = workerData as ImportWorkerData;
const cancel = new AbortController();
parentPort?.on('message', (command: ImportWorkerCommand) => {
  if (command.type === 'cancel') cancel.abort();
});

let db: ArchiveDb | null = null;
try {
  db = openArchiveDb(archiveFileIn(dataFolder));
  const report = await importExport(db, new BlobStore(blobFolderIn(dataFolder)), path, {
    signal: cancel.signal,
    verify,
    keptExports: new KeptExports(keptExportsFolderIn(dataFolder), uploadsFolderIn(dataFolder)),
    onProgress: (progress) =>
      parentPort?.postMessage({ type: 'progress', progress } satisfies ImportWorkerMessage),
  });
  parentPort?.postMessage({ type: 'finished', report } satisfies ImportWorkerMessage);
} catch (error) {
  // The archive could not even be opened (damaged, or the disk full): said with its own code.
  parentPort?.postMessage({
    type: 'finished',
    report: failedReport(path, error),
  } satisfies ImportWorkerMessage);
} finally {
  db?.close();
  parentPort?.close();
}
