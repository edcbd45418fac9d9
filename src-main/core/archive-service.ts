// The one implementation of ArchiveApi: every transport (CLI, Electron IPC, HTTP bridge) calls into
// this, so behaviour lives here once. Each feature's methods live beside the feature
// (`<feature>/<feature>-handlers.ts`); this puts them together, and reports a failing disk or a
// damaged archive file as such, whichever method meets it.

import type { ArchiveApi } from '../../src-shared/contract/archive-contract.js';
import type { ImportJob } from '../../src-shared/model/import-job.js';
import type { RelinkSummary } from '../../src-shared/model/link.js';
import { artifactBlob, type ArtifactBlob } from './blobs/artifact-blob.js';
import { browseHandlers } from './browsing/browse-handlers.js';
import { decisionHandlers } from './decisions/decision-handlers.js';
import { isFirstRun } from './db/import-job-repository.js';
import { indexedRoots } from './db/local-file-repository.js';
import { storageFailure } from './db/storage-failure.js';
import { importHandlers } from './import/import-handlers.js';
import type { ImportQueue } from './import/import-queue.js';
import { receiveUpload, type Upload } from './import/uploaded-exports.js';
import { archiveFileIn } from './os-folders/data-folder.js';
import { outputHandlers } from './output/output-handlers.js';
import { readerHandlers } from './reader/reader-handlers.js';
import { linkHandlers } from './relink/link-handlers.js';
import { relink } from './relink/relinker.js';
import type { ServiceDeps } from './service-deps.js';
import { settingsHandlers } from './settings/settings-handlers.js';
import { guardStorage } from './storage-guard.js';
import { taskHandlers } from './tasks/task-handlers.js';
import { timelineHandlers } from './timeline/timeline-handlers.js';
import { watchedFolders } from './watch/watched-folders.js';

export interface ArchiveService extends ArchiveApi {
  /** The background import queue, for composition roots that watch folders or take drops. */
  readonly imports: ImportQueue;
  /** Whether Archivist has never imported nor offered anything: exports found now are offered. */
  isFirstRun(): boolean;
  /** The folders to watch for exports: the settings' choice, else the OS Downloads folder. */
  watchedFolders(): string[];
  /**
   * At start-up: the folders already indexed are rescanned (only what changed is read) and every link
   * re-checked, so files moved or deleted meanwhile are found again or marked missing. Null when no
   * index has been built yet.
   */
  refreshLinks(): Promise<RelinkSummary | null>;
  /**
   * Reads the decisions of conversations that are new or changed (off this thread where it can);
   * resolves once they are current. Imports start it themselves; shells call it at start.
   */
  refreshDecisions(): Promise<number>;
  /**
   * An export ZIP's bytes sent by a browser (`archivist serve`), written into the data folder and
   * queued as a drop; a cut-off upload leaves nothing and queues nothing.
   */
  receiveUpload(upload: Upload): Promise<ImportJob>;
  /** An artifact's stored bytes, by its id only, for a shell that shows them; null when not stored. */
  artifactBlob(artifactId: number): Promise<ArtifactBlob | null>;
  /** Stops the queue and the decision reader (each keeps what it finished), then closes. */
  close(): Promise<void>;
}

/** The service over an archive already opened (see open-archive.ts, the composition root). */
export function createArchiveService(deps: ServiceDeps): ArchiveService {
  const { db, imports, decisions } = deps;
  const api: Omit<ArchiveApi, keyof ReturnType<typeof taskHandlers>> = {
    ...importHandlers(deps),
    ...browseHandlers(deps),
    ...readerHandlers(deps),
    ...linkHandlers(deps),
    ...decisionHandlers(deps),
    ...timelineHandlers(deps),
    ...outputHandlers(deps),
    ...settingsHandlers(deps),
  };
  const guarded = guardStorage(api, archiveFileIn(deps.dataFolder));
  return {
    ...guarded,
    ...taskHandlers(guarded, deps.publish),
    imports,
    async refreshLinks() {
      const roots = indexedRoots(db);
      return roots.length > 0 ? relink(db, { roots }) : null;
    },
    refreshDecisions() {
      return decisions.refresh();
    },
    artifactBlob(artifactId) {
      return artifactBlob(db, deps.blobs, artifactId);
    },
    async receiveUpload(upload) {
      try {
        return await receiveUpload(db, deps.dataFolder, upload, (path) => imports.enqueue(path, 'drop'));
      } catch (error) {
        throw storageFailure(error, archiveFileIn(deps.dataFolder));
      }
    },
    isFirstRun() {
      return isFirstRun(db);
    },
    watchedFolders() {
      return watchedFolders(db, deps.downloadsFolder);
    },
    async close() {
      await imports.stop();
      await decisions.stop();
      db.close();
    },
  };
}
