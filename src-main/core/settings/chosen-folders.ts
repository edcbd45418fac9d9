// A list of folders the person chose (the folders watched for exports, the places originals are looked
// for), else Archivist's usual ones. Each folder is named by an id drawn from its path, so a window
// removes one without ever sending a path; an emptied list falls back to the usual folders.

import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../../src-shared/contract/app-error.js';
import type { FolderList } from '../../../src-shared/model/settings.js';
import type { ArchiveDb } from '../db/archive-db.js';
import { readSetting } from '../db/settings-repository.js';
import type { ServiceDeps } from '../service-deps.js';
import { saveSetting } from './saved-setting.js';

/** The same path always has the same id: a removal sent twice, or from two windows, removes one folder. */
export function folderId(path: string): string {
  return createHash('sha256').update(path).digest('hex').slice(0, 16);
}

/** The folders in use: the saved list when it holds any, else the usual ones. */
export function chosenFolders(db: ArchiveDb, key: string, usual: () => readonly string[]): string[] {
  const saved = readSetting<unknown>(db, key);
  const paths = Array.isArray(saved) ? saved.filter((path): path is string => typeof path === 'string') : [];
  return paths.length > 0 ? paths : [...usual()];
}

export function folderListOf(paths: readonly string[], usual: readonly string[]): FolderList {
  return {
    folders: paths.map((path) => ({ id: folderId(path), path })),
    usual: paths.length === usual.length && paths.every((path, index) => path === usual[index]),
  };
}

/** Reads, adds to and removes from one saved list of folders; each change is saved as a setting. */
export function folderListSetting(
  deps: Pick<ServiceDeps, 'db' | 'note' | 'changed'>,
  key: string,
  usual: () => readonly string[],
) {
  const current = () => chosenFolders(deps.db, key, usual);
  const list = () => folderListOf(current(), usual());
  return {
    list,
    /** Appends an existing folder to the list as shown (the usual folders, when nothing is chosen). */
    add(path: string): FolderList {
      const folder = resolve(path);
      let isFolder = false;
      try {
        isFolder = statSync(folder).isDirectory();
      } catch {
        throw new AppError('file-not-found', `${folder} is not there.`);
      }
      if (!isFolder) throw new AppError('invalid-input', `${folder} is a file, not a folder.`);
      const paths = current();
      if (!paths.includes(folder)) saveSetting(deps, key, [...paths, folder]);
      return list();
    },
    /** Removes the folder with this id; answers the list and the path removed. */
    remove(id: string): { readonly list: FolderList; readonly removed: string } {
      const paths = current();
      const removed = paths.find((path) => folderId(path) === id);
      if (removed === undefined) {
        throw new AppError('not-found', 'That folder is not in the list (it may have been removed already).');
      }
      saveSetting(
        deps,
        key,
        paths.filter((path) => path !== removed),
      );
      return { list: list(), removed };
    },
  };
}
