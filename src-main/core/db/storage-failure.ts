// Turns what the disk and SQLite say when storage fails into errors a person can act on: a full disk
// names the data folder and the space needed, a damaged archive names its file and the way back
// (rebuild-archive). Everything else passes through unchanged.

import { statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError, isAppError } from '../../../src-shared/contract/app-error.js';
import { formatBytes } from '../../../src-shared/model/byte-size.js';

const DISK_FULL_CODES = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT']);
const DAMAGED_CODES = new Set([
  'SQLITE_CORRUPT',
  'SQLITE_NOTADB',
  'SQLITE_CORRUPT_VTAB',
  'SQLITE_CORRUPT_INDEX',
]);

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

export function isDiskFull(error: unknown): boolean {
  return DISK_FULL_CODES.has(codeOf(error)) || (isAppError(error) && error.code === 'disk-full');
}

export function isArchiveDamaged(error: unknown): boolean {
  const code = codeOf(error);
  return DAMAGED_CODES.has(code) || code.startsWith('SQLITE_CORRUPT');
}

/**
 * Bytes free for this user in the folder's file system; Infinity when that cannot be told, so that
 * no import is refused on a guess (a disk that does fill up is still met safely).
 */
export function freeBytesIn(folder: string): number {
  try {
    const stats = statfsSync(folder);
    return stats.bavail * stats.bsize;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/**
 * The disk is full. With the bytes an import needs, the sentence is about that import (it carries on
 * once there is room); without, about whatever was being saved.
 */
export function diskFullError(dataFolder: string, neededBytes: number | null): AppError {
  const free = freeBytesIn(dataFolder);
  const known = Number.isFinite(free);
  const full = `The disk holding the data folder ${dataFolder} is full${known ? `: ${formatBytes(free)} free` : ''}.`;
  if (neededBytes === null) {
    return new AppError(
      'disk-full',
      `${full} Nothing was lost: what was saved before is kept whole. Free some space and try again.`,
    );
  }
  const more = known ? ` (${formatBytes(Math.max(0, neededBytes - free))} more than is free)` : '';
  return new AppError(
    'disk-full',
    `${full} The import needs about ${formatBytes(neededBytes)}${more}. ` +
      'Nothing was lost: what was written is kept whole, and the import carries on where it stopped once space is free.',
  );
}

export function archiveDamagedError(archiveFile: string, detail?: string): AppError {
  return new AppError(
    'archive-damaged',
    `The archive file ${archiveFile} is damaged${detail ? ` (${detail})` : ''}. It has been left exactly as it is. ` +
      '`archivist check` tells what is wrong; `archivist rebuild-archive` builds a new archive from the kept ' +
      'exports and your edits, and keeps the damaged file beside it.',
  );
}

/**
 * The error a person should see for a failure touching the archive file: disk-full and damage are
 * named; a low-level I/O error is said to be one; anything else (AppErrors included) is returned as is.
 */
export function storageFailure(
  error: unknown,
  archiveFile: string,
  neededBytes: number | null = null,
): unknown {
  if (isAppError(error)) return error;
  if (isDiskFull(error)) return diskFullError(dirname(archiveFile), neededBytes);
  if (isArchiveDamaged(error)) return archiveDamagedError(archiveFile, (error as Error).message);
  const code = codeOf(error);
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') {
    return new AppError(
      'disk-error',
      `The disk holding ${archiveFile} failed to read or write (${(error as Error).message}). ` +
        'Nothing was lost: what was written is kept whole; check the disk and try again.',
    );
  }
  return error;
}
