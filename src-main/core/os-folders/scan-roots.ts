// Where originals are looked for: the person's choice, else the usual places a downloaded or uploaded
// file lives. And what is never walked into: hidden folders, dependency and version-control folders,
// the operating system's own, and Archivist's own rebuild kits: a kit holds an upload's bytes from the
// export under the upload's name, which relink would otherwise take for the original, and "Open
// original" would then open a file the export supplied.

import { homedir } from 'node:os';
import { join } from 'node:path';
import { defaultDownloadsFolder, REBUILD_KITS_FOLDER_NAME } from './downloads-folder.js';

export function defaultScanRoots(home: string = homedir()): string[] {
  return [defaultDownloadsFolder(), join(home, 'Documents'), join(home, 'Desktop'), join(home, 'Pictures')];
}

const SKIPPED_NAMES = new Set([
  'node_modules',
  '__pycache__',
  '$RECYCLE.BIN',
  'System Volume Information',
  REBUILD_KITS_FOLDER_NAME,
]);
const SYSTEM_PATHS = new Set(['/proc', '/sys', '/dev', '/run', '/System', '/private/var']);

export function isSkippedFolder(path: string, name: string): boolean {
  return name.startsWith('.') || SKIPPED_NAMES.has(name) || SYSTEM_PATHS.has(path);
}
