// The archive opened only to read it, for a short-lived command (`archivist stats`): the file is
// opened read-only and nothing else starts (no migration, no journal, no import queue, no decision
// reader), so a read costs its query and writes nothing. It leaves no in-use marker either: the
// marker keeps rebuild-archive from swapping the file under a process that would go on writing into
// the old one, and a reader only finishes reading the file it opened.

import type { ArchiveApi, ArchiveMethod } from '../../src-shared/contract/archive-contract.js';
import { statsHandlers } from './browsing/stats-handlers.js';
import { openArchiveDb, type ArchiveDb } from './db/archive-db.js';
import { latestSchemaVersion } from './db/migrate.js';
import { archiveFileIn, keptExportsFolderIn } from './os-folders/data-folder.js';
import { KeptExports } from './safekeeping/kept-exports.js';
import { guardStorage } from './storage-guard.js';

/** The methods a read-only archive answers: each reads the archive file and changes nothing. */
export const READ_ONLY_METHODS = ['getStats'] as const satisfies readonly ArchiveMethod[];

export type ReadOnlyMethod = (typeof READ_ONLY_METHODS)[number];

export interface ReadOnlyArchive extends Pick<ArchiveApi, ReadOnlyMethod> {
  close(): void;
}

export function isReadOnlyMethod(method: ArchiveMethod): method is ReadOnlyMethod {
  return (READ_ONLY_METHODS as readonly ArchiveMethod[]).includes(method);
}

/**
 * Null when the archive must be opened whole first: there is none yet (opening creates it), it was
 * written by another version (opening migrates it, or refuses a newer one), or it cannot be opened
 * read-only (opening whole says why, in the same words as every other command).
 */
export function openReadOnlyArchive(dataFolder: string): ReadOnlyArchive | null {
  const archiveFile = archiveFileIn(dataFolder);
  let db: ArchiveDb;
  try {
    db = openArchiveDb(archiveFile, { readonly: true });
  } catch {
    return null;
  }
  try {
    if (db.pragma('user_version', { simple: true }) !== latestSchemaVersion()) {
      db.close();
      return null;
    }
  } catch {
    db.close();
    return null;
  }
  const keptExports = new KeptExports(keptExportsFolderIn(dataFolder));
  return {
    ...guardStorage(statsHandlers({ db, keptExports }), archiveFile),
    close() {
      db.close();
    },
  };
}
