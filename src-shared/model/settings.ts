// The person's settings that every transport can read and change.

export interface ArchiveSettings {
  /** Each imported export is kept in the data folder, so the archive can always be rebuilt from it. */
  readonly keepExports: boolean;
}

export type SettingsEdit = Partial<ArchiveSettings>;
