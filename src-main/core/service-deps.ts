// What each feature's handlers are given by the composition root (open-archive.ts): the opened
// archive and the parts around it. A leaf module, so that handlers and the service never import
// each other.

import type { PublishArchiveEvent } from '../../src-shared/contract/archive-contract.js';
import type { ArchiveChange } from '../../src-shared/model/archive-change.js';
import type { BlobStore } from './blobs/blob-store.js';
import type { ArchiveDb } from './db/archive-db.js';
import type { DecisionRefresher } from './decisions/decision-refresher.js';
import type { ImportQueue } from './import/import-queue.js';
import type { KeptExports } from './safekeeping/kept-exports.js';
import type { JournalEntry } from './safekeeping/person-journal.js';

/** What the desktop shell can do with a person's file; absent where nothing may be opened (CLI, serve). */
export interface FileShell {
  openPath(path: string): Promise<void>;
  showItemInFolder(path: string): void;
}

export interface ServiceDeps {
  readonly dataFolder: string;
  readonly db: ArchiveDb;
  readonly blobs: BlobStore;
  readonly keptExports: KeptExports;
  readonly imports: ImportQueue;
  readonly decisions: DecisionRefresher;
  readonly publish: PublishArchiveEvent;
  /** Writes the person's own edits to the journal, so that a rebuilt archive keeps them. */
  readonly note: (...entries: JournalEntry[]) => void;
  /** Tells open views what changed, so that they read it again. */
  readonly changed: (...what: ArchiveChange[]) => void;
  /** The person's Downloads folder, looked up when needed: rebuild kits asked for by a window go there. */
  readonly downloadsFolder: () => string;
  readonly shell?: FileShell;
}
