// Where Archivist looks for new exports: the folders the person chose, else the OS Downloads folder.

import type { ArchiveDb } from '../db/archive-db.js';
import { readSetting, WATCHED_FOLDERS } from '../db/settings-repository.js';
import { defaultDownloadsFolder } from '../os-folders/downloads-folder.js';

export function watchedFolders(db: ArchiveDb): string[] {
  const chosen = readSetting<string[]>(db, WATCHED_FOLDERS);
  return chosen && chosen.length > 0 ? chosen : [defaultDownloadsFolder()];
}
