// Where Archivist looks for new exports: the folders the person chose, else the OS Downloads folder.

import type { ArchiveDb } from '../db/archive-db.js';
import { WATCHED_FOLDERS } from '../db/settings-repository.js';
import { defaultDownloadsFolder } from '../os-folders/downloads-folder.js';
import { chosenFolders } from '../settings/chosen-folders.js';

export function watchedFolders(db: ArchiveDb, downloads: () => string = defaultDownloadsFolder): string[] {
  return chosenFolders(db, WATCHED_FOLDERS, () => [downloads()]);
}
