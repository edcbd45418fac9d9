// The one implementation of ArchiveApi: every transport (CLI, Electron IPC, HTTP bridge) calls into
// this, so behaviour lives here once. Composition roots create it with a data folder.

import { resolve } from 'node:path';
import type { ArchiveApi, PublishArchiveEvent } from '../../src-shared/contract/archive-contract.js';
import { AppError } from '../../src-shared/contract/app-error.js';
import { openArchiveDb, type ArchiveDb } from './db/archive-db.js';
import { listArtifacts } from './db/artifact-repository.js';
import { getConversationDetail, listConversations } from './db/conversation-repository.js';
import { searchArchive } from './db/search-repository.js';
import { archiveStats } from './db/stats-repository.js';
import { archiveFileIn, blobFolderIn } from './data-folder.js';
import { BlobStore } from './import/blob-store.js';
import { importExport } from './import/importer.js';

export interface ArchiveService extends ArchiveApi {
  close(): void;
}

export interface ArchiveServiceDeps {
  readonly dataFolder: string;
  readonly publish?: PublishArchiveEvent;
}

export function createArchiveService(deps: ArchiveServiceDeps): ArchiveService {
  const db: ArchiveDb = openArchiveDb(archiveFileIn(deps.dataFolder));
  const blobs = new BlobStore(blobFolderIn(deps.dataFolder));
  const publish: PublishArchiveEvent = deps.publish ?? (() => {});

  return {
    async importExport({ path }) {
      const report = await importExport(db, blobs, resolve(path), {
        onProgress: (progress) => publish('importProgressed', progress),
      });
      publish('importFinished', report);
      return report;
    },
    async getStats() {
      return archiveStats(db);
    },
    async listConversations(query) {
      return listConversations(db, query);
    },
    async getConversation({ id }) {
      const detail = getConversationDetail(db, id);
      if (!detail) throw new AppError('not-found', `No conversation with id "${id}" in the archive.`);
      return detail;
    },
    async search(query) {
      return searchArchive(db, query);
    },
    async listArtifacts(query) {
      return listArtifacts(db, query);
    },
    close() {
      db.close();
    },
  };
}
