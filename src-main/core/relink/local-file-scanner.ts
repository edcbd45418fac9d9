// Walks the scan roots and keeps the index of local files up to date. A folder whose mtime has not
// moved since it was last listed is not listed again (adding, removing or renaming a file changes
// it), so a rescan of an unchanged tree costs one stat per folder. Symlink loops, unreadable folders
// and other devices (unless asked) never stop or derail the walk; nothing is ever written to disk.

import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { ArchiveDb } from '../db/archive-db.js';
import {
  forgetFolderTree,
  knownFolderMtime,
  knownSubfolders,
  recordFolderListing,
  type FolderListing,
} from '../db/local-file-repository.js';
import { baseKey, matchKey } from './file-name-key.js';
import { isSkippedFolder } from '../os-folders/scan-roots.js';

export interface ScanProgress {
  readonly foldersSeen: number;
  readonly filesListed: number;
  readonly folder: string;
}

export interface ScanOptions {
  readonly crossDevices?: boolean;
  readonly onProgress?: (progress: ScanProgress) => void;
  readonly platform?: NodeJS.Platform;
}

export interface ScanOutcome {
  readonly foldersSeen: number;
  /** Folders whose contents were read because they were new or had changed. */
  readonly foldersListed: number;
  readonly filesListed: number;
  readonly problems: readonly string[];
}

// Listings are written in small transactions so an import running meanwhile is never kept waiting.
const FOLDERS_PER_WRITE = 200;
const PROGRESS_INTERVAL_MS = 250;

export async function scanLocalFiles(
  db: ArchiveDb,
  roots: readonly string[],
  options: ScanOptions = {},
): Promise<ScanOutcome> {
  const platform = options.platform ?? process.platform;
  const visited = new Set<string>();
  const problems: string[] = [];
  const pending: (FolderListing | { readonly forget: string })[] = [];
  let foldersSeen = 0;
  let foldersListed = 0;
  let filesListed = 0;
  let lastProgress = 0;

  const flush = () => {
    if (pending.length === 0) return;
    db.transaction(() => {
      for (const item of pending) {
        if ('forget' in item) forgetFolderTree(db, item.forget);
        else recordFolderListing(db, item);
      }
    }).immediate();
    pending.length = 0;
  };

  const visit = async (path: string, root: string, rootDevice: number): Promise<void> => {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') pending.push({ forget: path });
      else problems.push(folderProblem(path, error));
      return;
    }
    if (!info.isDirectory()) return;
    const identity = `${info.dev}:${info.ino}`;
    if (visited.has(identity)) return; // a symlink loop, or the same folder reached twice
    visited.add(identity);
    if (info.dev !== rootDevice && !options.crossDevices) return;
    foldersSeen += 1;
    if (options.onProgress && Date.now() - lastProgress >= PROGRESS_INTERVAL_MS) {
      lastProgress = Date.now();
      options.onProgress({ foldersSeen, filesListed, folder: path });
    }

    let subfolders: readonly string[];
    if (knownFolderMtime(db, path) === info.mtimeMs) {
      subfolders = knownSubfolders(db, path);
    } else {
      let entries: Dirent[];
      try {
        entries = await readdir(path, { withFileTypes: true });
      } catch (error) {
        problems.push(folderProblem(path, error));
        return;
      }
      const listing = await listFolder(path, entries, platform);
      subfolders = listing.folders;
      filesListed += listing.files.length;
      foldersListed += 1;
      pending.push({ ...listing, parent: path === root ? null : dirname(path), root, mtimeMs: info.mtimeMs });
      if (pending.length >= FOLDERS_PER_WRITE) flush();
    }
    for (const child of subfolders) await visit(child, root, rootDevice);
  };

  for (const root of roots.map((folder) => resolve(folder))) {
    let device: number;
    try {
      device = (await stat(root)).dev;
    } catch (error) {
      problems.push(folderProblem(root, error));
      continue;
    }
    await visit(root, root, device);
    flush();
  }
  flush();
  return { foldersSeen, foldersListed, filesListed, problems };
}

async function listFolder(
  path: string,
  entries: readonly Dirent[],
  platform: NodeJS.Platform,
): Promise<Pick<FolderListing, 'path' | 'files' | 'folders'>> {
  const folders: string[] = [];
  const files: FolderListing['files'][number][] = [];
  await Promise.all(
    entries.map(async (entry) => {
      const full = join(path, entry.name);
      let isFolder = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = await stat(full).catch(() => null);
        isFolder = target?.isDirectory() ?? false;
        isFile = target?.isFile() ?? false;
      }
      if (isFolder) {
        if (!isSkippedFolder(full, entry.name)) folders.push(full);
        return;
      }
      if (!isFile || entry.name.startsWith('.')) return;
      const info = await stat(full).catch(() => null);
      if (!info) return;
      files.push({
        name: entry.name,
        matchKey: matchKey(entry.name, platform),
        baseKey: baseKey(entry.name, platform),
        size: info.size,
        mtimeMs: info.mtimeMs,
      });
    }),
  );
  return { path, files, folders: folders.sort() };
}

/** Why a folder could not be looked through, in the words a person uses. */
function folderProblem(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return `${path} does not exist; skipped.`;
    case 'ENOTDIR':
      return `${path} is not a folder; skipped.`;
    case 'EACCES':
    case 'EPERM':
      return `${path} may not be read (no permission); skipped.`;
    default:
      return `${path} could not be read (${code ?? (error as Error).message}); skipped.`;
  }
}
