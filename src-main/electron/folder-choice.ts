// Adding a folder from the desktop window: the window says only what the folder is for; main shows the
// system's folder picker and adds what the person chose there. The window never sends a path, and the
// picker's answer is taken only as one existing folder named by an absolute path.

import { statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { AppError } from '../../src-shared/contract/app-error.js';
import type { ArchiveApi } from '../../src-shared/contract/archive-contract.js';
import { isFolderPurpose, type FolderList, type FolderPurpose } from '../../src-shared/model/settings.js';

/** The part of Electron's OpenDialogOptions used. */
export interface FolderPickerOptions {
  readonly title: string;
  readonly buttonLabel: string;
  readonly properties: ('openDirectory' | 'createDirectory')[];
}

/** The part of Electron's OpenDialogReturnValue read. */
export interface FolderPickerResult {
  readonly canceled: boolean;
  readonly filePaths: readonly string[];
}

export type ShowFolderPicker = (options: FolderPickerOptions) => Promise<FolderPickerResult>;

/** What the window sent, if it is a purpose main knows; anything else is refused. */
export function folderPurposeOf(sent: unknown): FolderPurpose {
  if (!isFolderPurpose(sent)) {
    throw new AppError('invalid-input', 'A folder can be chosen as a watched folder or a scan root only.');
  }
  return sent;
}

export function folderPickerOptions(purpose: FolderPurpose): FolderPickerOptions {
  return {
    title:
      purpose === 'watched-folder'
        ? 'Choose a folder to watch for ChatGPT exports'
        : 'Choose a folder to look through for the originals of your uploads',
    buttonLabel: purpose === 'watched-folder' ? 'Watch this folder' : 'Look in this folder',
    properties: ['openDirectory', 'createDirectory'],
  };
}

/** The folder the person chose, or null when they cancelled; anything but one existing folder throws. */
export function chosenFolderOf(result: FolderPickerResult): string | null {
  if (result.canceled || result.filePaths.length === 0) return null;
  const [path, ...others] = result.filePaths;
  if (others.length > 0) throw new AppError('invalid-input', 'Choose one folder at a time.');
  if (typeof path !== 'string' || !isAbsolute(path) || path.includes('\0')) {
    throw new AppError('invalid-input', 'The folder picker answered with no folder on this computer.');
  }
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    throw new AppError('file-not-found', `${path} is not there.`);
  }
  if (!isFolder) throw new AppError('invalid-input', `${path} is a file, not a folder.`);
  return path;
}

/** Which list a chosen folder joins. */
export function addChosenFolder(
  api: Pick<ArchiveApi, 'addWatchedFolder' | 'addScanRoot'>,
  purpose: FolderPurpose,
  path: string,
): Promise<FolderList> {
  return purpose === 'watched-folder' ? api.addWatchedFolder({ path }) : api.addScanRoot({ path });
}

/**
 * The window's "Add folder…": shows the picker for the purpose sent and answers the list the chosen
 * folder joined, or null when the person cancelled. One picker at a time: a second request while one
 * is open is refused rather than stacking dialogs.
 */
export function createFolderChooser(
  api: Pick<ArchiveApi, 'addWatchedFolder' | 'addScanRoot'>,
  showPicker: ShowFolderPicker,
): (sent: unknown) => Promise<FolderList | null> {
  let open = false;
  return async (sent) => {
    const purpose = folderPurposeOf(sent);
    if (open) throw new AppError('not-available', 'A folder picker is open already.');
    open = true;
    let chosen: string | null;
    try {
      chosen = chosenFolderOf(await showPicker(folderPickerOptions(purpose)));
    } finally {
      open = false;
    }
    return chosen === null ? null : addChosenFolder(api, purpose, chosen);
  };
}
