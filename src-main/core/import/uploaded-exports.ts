// Exports a browser uploads to `archivist serve` (a page's dropped file has bytes but no path): each is
// streamed to a temporary name in its own folder under the data folder's incoming/, renamed once whole
// and queued like any dropped export. A cut-off upload leaves nothing behind and queues nothing; once
// its import has ended the upload is removed (the kept export, a hard link to it, stays).

import { randomBytes } from 'node:crypto';
import { createWriteStream, readdirSync, rmSync } from 'node:fs';
import { mkdir, rename, rm, utimes } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../../src-shared/contract/app-error.js';
import { formatBytes } from '../../../src-shared/model/byte-size.js';
import type { ImportJob } from '../../../src-shared/model/import-job.js';
import type { ArchiveDb } from '../db/archive-db.js';
import { pendingJobPaths } from '../db/import-job-repository.js';
import { freeBytesIn } from '../db/storage-failure.js';
import { uploadsFolderIn } from '../os-folders/data-folder.js';
import { isProcessAlive } from '../process-alive.js';

export interface Upload {
  /** Already a plain file name (upload-file-name.ts). */
  readonly name: string;
  readonly body: Readable;
  /** The length the sender declared, when it did. */
  readonly declaredBytes?: number;
  /** The file's own modification time, epoch milliseconds, kept on the copy. */
  readonly modifiedMs?: number;
}

/** Upload folders this process is writing or about to queue: never taken for abandoned. */
const receiving = new Set<string>();

/** Writes the upload into the data folder and queues it with `queue`; nothing is left if it fails. */
export async function receiveUpload(
  db: ArchiveDb,
  dataFolder: string,
  upload: Upload,
  queue: (path: string) => ImportJob,
): Promise<ImportJob> {
  removeAbandonedUploads(db, dataFolder);
  const root = resolve(uploadsFolderIn(dataFolder));
  const declared = upload.declaredBytes;
  if (declared !== undefined) {
    const free = freeBytesIn(dataFolder);
    if (declared > free) {
      throw new AppError(
        'disk-full',
        `“${upload.name}” is ${formatBytes(declared)}, but the disk holding the data folder ${dataFolder} has ${formatBytes(free)} free. Free some space and drop it again.`,
      );
    }
  }
  const folder = join(root, `${process.pid}-${randomBytes(8).toString('hex')}`);
  const partial = join(folder, `${upload.name}.part`);
  const whole = join(folder, upload.name);
  receiving.add(folder);
  try {
    await mkdir(folder, { recursive: true });
    const file = createWriteStream(partial, { flags: 'wx' });
    await pipeline(upload.body, file);
    if (declared !== undefined && file.bytesWritten !== declared) {
      throw new AppError(
        'file-unreadable',
        `The upload of “${upload.name}” ended after ${file.bytesWritten} of ${declared} bytes.`,
      );
    }
    if (upload.modifiedMs !== undefined) {
      const modified = new Date(upload.modifiedMs);
      await utimes(partial, modified, modified);
    }
    await rename(partial, whole);
    return queue(whole);
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  } finally {
    receiving.delete(folder);
  }
}

/** The folder an uploaded export was written to, when `path` is one; null for any other path. */
export function uploadFolderOf(dataFolder: string, path: string): string | null {
  const root = resolve(uploadsFolderIn(dataFolder));
  const inside = relative(root, resolve(path));
  const parts = inside.split(sep);
  if (isAbsolute(inside) || parts.length !== 2 || parts[0] === '..' || parts[0] === '') return null;
  return join(root, parts[0] as string);
}

/**
 * Once a job has ended, its upload goes: the export is in the archive (and kept, if the person keeps
 * exports) or it was refused. A job stopped by a full disk keeps it: the queue takes it up again.
 */
export async function removeEndedUpload(dataFolder: string, job: ImportJob): Promise<void> {
  const ended = job.status === 'done' || job.status === 'failed' || job.status === 'cancelled';
  if (!ended || job.error?.code === 'disk-full') return;
  const folder = uploadFolderOf(dataFolder, job.path);
  if (folder) await rm(folder, { recursive: true, force: true });
}

/**
 * Uploads a killed process left behind (cut off, or written but never queued): every upload folder no
 * waiting job needs, unless a live process is still writing it.
 */
export function removeAbandonedUploads(db: ArchiveDb, dataFolder: string): void {
  const root = resolve(uploadsFolderIn(dataFolder));
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return;
  }
  const needed = new Set(
    [...pendingJobPaths(db)].map((path) => uploadFolderOf(dataFolder, path)).filter((f) => f !== null),
  );
  for (const name of names) {
    const folder = join(root, name);
    if (receiving.has(folder) || needed.has(folder)) continue;
    const writer = Number(/^([0-9]+)-/.exec(name)?.[1]);
    if (writer > 0 && writer !== process.pid && isProcessAlive(writer)) continue;
    rmSync(folder, { recursive: true, force: true });
  }
}
