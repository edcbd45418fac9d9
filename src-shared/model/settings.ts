// The person's settings that every transport can read and change.

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
