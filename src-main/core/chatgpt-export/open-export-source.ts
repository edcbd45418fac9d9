// Opens whatever the user pointed at (a ZIP, a Privacy Portal container of ZIPs, an unzipped folder, a
// bare conversations.json) as an ExportSource, with an error that names the file and the reason when
// it is none of those.

import { stat } from 'node:fs/promises';
import { AppError } from '../../../src-shared/contract/app-error.js';
import { isContainerListing, openContainerExportSource } from './container-export-source.js';
import type { ExportSource } from './export-source.js';
import { openFolderExportSource, openJsonFileExportSource } from './file-system-export-source.js';
import { looksLikeZip, openZipExportSource } from './zip-export-source.js';

export interface OpenOptions {
  /**
   * Where a Privacy Portal container's inner ZIPs may be copied to be read (inside the data folder).
   * Without it, a container is opened as the plain ZIP it is (enough to look at its listing).
   */
  readonly scratchFolder?: string;
}

export async function openExportSource(path: string, options: OpenOptions = {}): Promise<ExportSource> {
  let stats;
  try {
    stats = await stat(path);
  } catch {
    throw new AppError('file-not-found', `${path}: no such file or folder.`);
  }
  if (stats.isDirectory()) return openFolderExportSource(path);
  if (!stats.isFile()) throw new AppError('file-unreadable', `${path}: not a regular file.`);
  if (stats.size === 0) throw new AppError('not-a-zip', `${path}: the file is empty.`);
  if (/\.json$/i.test(path) && !(await looksLikeZip(path))) return openJsonFileExportSource(path);
  const zip = await openZipExportSource(path);
  if (options.scratchFolder && isContainerListing(zip.entries)) {
    return openContainerExportSource(zip, options.scratchFolder);
  }
  return zip;
}
