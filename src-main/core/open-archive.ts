// The composition root of a headless Archivist: opens the archive file (a damaged one or a full disk
// is said as such), the blob store, the kept exports and the journal, the import queue with its
// runner, and the service over them. The command line uses it now, `serve` and the desktop app next.

import type { PublishArchiveEvent } from '../../src-shared/contract/archive-contract.js';
import { createArchiveService, type ArchiveService } from './archive-service.js';
import { createDecisionRefresher } from './decisions/decision-refresher.js';
import type { FileShell } from './service-deps.js';
import type { ArchiveChange } from '../../src-shared/model/archive-change.js';
import { BlobStore } from './blobs/blob-store.js';
import { openArchiveDb } from './db/archive-db.js';
import type { OnUpgrade } from './db/migrate.js';
import { countIndexedFiles } from './db/local-file-repository.js';
import { storageFailure } from './db/storage-failure.js';
import { ImportQueue } from './import/import-queue.js';
import { createImportRunner } from './import/import-runner.js';
import { removeEndedUpload } from './import/uploaded-exports.js';
import {
  archiveFileIn,
  blobFolderIn,
  journalFileIn,
  keptExportsFolderIn,
  uploadsFolderIn,
} from './os-folders/data-folder.js';
import { defaultDownloadsFolder } from './os-folders/downloads-folder.js';
import { relink } from './relink/relinker.js';
import { markArchiveInUse } from './safekeeping/archive-users.js';
import { startJournal } from './safekeeping/journal-replay.js';
import { KeptExports } from './safekeeping/kept-exports.js';
import { PersonJournal } from './safekeeping/person-journal.js';

export interface OpenArchiveOptions {
  readonly dataFolder: string;
  readonly publish?: PublishArchiveEvent;
  readonly shell?: FileShell;
  /** Where rebuild kits a window asks for go; default: the operating system's Downloads folder. */
  readonly downloadsFolder?: string;
  /** Told before an archive made by an older Archivist is brought up to date (a minute on a large one). */
  readonly onUpgrade?: OnUpgrade;
}

export function openArchive(options: OpenArchiveOptions): ArchiveService {
  const { dataFolder } = options;
  const archiveFile = archiveFileIn(dataFolder);
  const db = openArchiveDb(archiveFile, options.onUpgrade ? { onUpgrade: options.onUpgrade } : {});
  const unmark = markArchiveInUse(dataFolder);
  const blobs = new BlobStore(blobFolderIn(dataFolder));
  const keptExports = new KeptExports(keptExportsFolderIn(dataFolder), uploadsFolderIn(dataFolder));
  const journal = new PersonJournal(journalFileIn(dataFolder));
  try {
    // An archive from before the journal existed writes the person's edits there once.
    startJournal(db, journal);
  } catch (error) {
    db.close();
    unmark();
    throw storageFailure(error, archiveFile);
  }
  const publish: PublishArchiveEvent = options.publish ?? (() => {});
  const changed = (...what: ArchiveChange[]) => publish('archiveChanged', { changed: what });
  const decisions = createDecisionRefresher({
    archiveFile,
    db,
    onRefreshed: () => changed('decisions'),
  });
  // After an import: new uploads are matched against the local file index at once (once the person
  // has built one), and the decisions of what changed are read in the background.
  const afterImport = async () => {
    changed('conversations');
    if (countIndexedFiles(db) > 0) {
      await relink(db, { roots: [] });
      changed('links');
    }
    void decisions.refresh().catch(() => {});
  };
  const imports = new ImportQueue(db, createImportRunner({ dataFolder, db, blobs, keptExports }), publish, {
    afterImport,
    afterJob: (job) => removeEndedUpload(dataFolder, job),
  });
  const service = createArchiveService({
    dataFolder,
    db,
    blobs,
    keptExports,
    imports,
    decisions,
    publish,
    note: (...entries) => journal.append(entries),
    changed,
    downloadsFolder: () => options.downloadsFolder ?? defaultDownloadsFolder(),
    ...(options.shell ? { shell: options.shell } : {}),
  });
  return {
    ...service,
    async close() {
      await service.close();
      unmark();
    },
  };
}
