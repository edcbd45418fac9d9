// The person's settings that every transport can read and change, and the folder lists among them:
// each folder carries an id, so that a window removes one by its id and never names a path.

export interface ArchiveSettings {
  /** Each imported export is kept in the data folder, so the archive can always be rebuilt from it. */
  readonly keepExports: boolean;
  /** Where Archivist looks for new exports: the person's choice, else the Downloads folder. */
  readonly watchedFolders: readonly string[];
  /** The desktop app starts with the computer, in the tray without a window (default: no). */
  readonly launchAtLogin: boolean;
}

export interface SettingsEdit {
  readonly keepExports?: boolean;
  readonly launchAtLogin?: boolean;
}

/** One folder of a list: `id` stays the same for the same path, so a removal by id is safe to repeat. */
export interface FolderEntry {
  readonly id: string;
  readonly path: string;
}

export interface FolderList {
  readonly folders: readonly FolderEntry[];
  /**
   * The list is Archivist's own default (Downloads for watching; Downloads, Documents, Desktop and
   * Pictures for originals): what it falls back to when the person removes every folder of theirs.
   */
  readonly usual: boolean;
}

export interface FolderRef {
  readonly id: string;
}

/** What a folder chosen with the system's folder picker (desktop app only) is for. */
export const FOLDER_PURPOSES = ['watched-folder', 'scan-root'] as const;
export type FolderPurpose = (typeof FOLDER_PURPOSES)[number];

export function isFolderPurpose(value: unknown): value is FolderPurpose {
  return (FOLDER_PURPOSES as readonly unknown[]).includes(value);
}

/** An id is 16 lowercase hex digits (the start of the path's SHA-256). */
export const FOLDER_ID = /^[0-9a-f]{16}$/;
