// Where the archive lives: the folder Electron's app.getPath('userData') gives for product name
// "Archivist", so that the CLI and the desktop app share one archive. ARCHIVIST_DATA overrides it.

import { homedir } from 'node:os';
import { join } from 'node:path';

export function defaultDataFolder(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (env['ARCHIVIST_DATA']) return env['ARCHIVIST_DATA'];
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Archivist');
  if (platform === 'win32') return join(env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), 'Archivist');
  return join(env['XDG_CONFIG_HOME'] ?? join(home, '.config'), 'Archivist');
}

export function archiveFileIn(dataFolder: string): string {
  return join(dataFolder, 'archive.sqlite');
}

export function blobFolderIn(dataFolder: string): string {
  return join(dataFolder, 'blobs');
}

/** Where imported exports are kept, so the archive can be rebuilt from them. */
export function keptExportsFolderIn(dataFolder: string): string {
  return join(dataFolder, 'exports');
}

/** The person's own edits, one line each, replayed when the archive is rebuilt. */
export function journalFileIn(dataFolder: string): string {
  return join(dataFolder, 'journal.jsonl');
}

/**
 * Exports a browser uploaded to `archivist serve`, each in its own folder until its import ends; on
 * the archive's own disk, so that keeping the export is a hard link rather than a second copy.
 */
export function uploadsFolderIn(dataFolder: string): string {
  return join(dataFolder, 'incoming');
}
