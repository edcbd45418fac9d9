// What Archivist does with the folders it watches, whichever shell runs it (the command line, `serve`,
// the desktop app): links are re-checked at start, exports already there on the very first look are
// offered rather than imported unasked, every later one is queued, and `--once` imports what is there.
// The folders watched can change while watching goes on (the person's settings, see folder-following.ts).

import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ImportQueue } from '../import/import-queue.js';
import { DownloadsWatcher } from './downloads-watcher.js';
import { isPartialDownload } from './export-file-name.js';
import { probeExport } from './export-probe.js';

/** The part of the archive the watch policy works with. */
export interface WatchedArchive {
  readonly imports: Pick<ImportQueue, 'enqueue' | 'offer' | 'start' | 'stop' | 'idle'>;
  refreshLinks(): Promise<unknown>;
  refreshDecisions(): Promise<unknown>;
  isFirstRun(): boolean;
}

export interface WatchListener {
  onDetected(path: string, initial: boolean): void;
  onOffered(path: string, job: number): void;
  onSkipped(path: string, reason: string): void;
  onProblem(message: string): void;
}

/** At start-up: files moved or deleted while nothing was watching are found again or marked missing. */
export async function recheckLinksAtStart(archive: WatchedArchive, listener: WatchListener): Promise<void> {
  try {
    await archive.refreshLinks();
  } catch (error) {
    listener.onProblem(`Checking linked originals failed: ${(error as Error).message}`);
  }
}

/** Imports every export lying in the folders now, without watching, and waits until all are in. */
export async function importWhatIsThere(
  archive: WatchedArchive,
  folders: readonly string[],
  listener: WatchListener,
): Promise<void> {
  archive.imports.start();
  for (const folder of folders) {
    let names: string[];
    try {
      names = await readdir(folder);
    } catch (error) {
      listener.onProblem(`${folder} cannot be read (${(error as NodeJS.ErrnoException).code}).`);
      continue;
    }
    for (const name of names.sort()) {
      if (name.startsWith('.') || isPartialDownload(name)) continue;
      const path = join(folder, name);
      const result = await probeExport(path);
      if (!result.export) {
        if (/\.zip$/i.test(name)) listener.onSkipped(path, result.reason);
        continue;
      }
      listener.onDetected(path, true);
      archive.imports.enqueue(path, 'watcher');
    }
  }
  await archive.imports.idle();
}

/** The folders being watched, which can change while watching goes on. */
export interface FolderWatch {
  /** The folders watched now, resolved. */
  readonly folders: readonly string[];
  /**
   * Watches exactly these folders from now on: one no longer named is let go, one newly named is
   * looked at as at a start (the exports lying there are queued, or offered on the very first look);
   * the others, and the import queue, carry on untouched.
   */
  follow(folders: readonly string[]): Promise<void>;
  /** Stops watching and the queue, keeping every batch. */
  close(): Promise<void>;
}

/** Watches the folders and imports each export that lands there; close() stops, keeping every batch. */
export async function watchFolders(
  archive: WatchedArchive,
  options: { readonly folders: readonly string[]; readonly recursive: boolean },
  listener: WatchListener,
): Promise<FolderWatch> {
  const watchers = new Map<string, DownloadsWatcher>();
  const startWatching = async (folders: readonly string[]) => {
    // Asked once per change: what the first folder offers must not make the next one's exports queued.
    const firstRun = archive.isFirstRun();
    for (const folder of folders) {
      const watcher = new DownloadsWatcher(
        [folder],
        {
          onExport: (path, initial) => {
            listener.onDetected(path, initial);
            if (initial && firstRun) listener.onOffered(path, archive.imports.offer(path, 'watcher').id);
            else archive.imports.enqueue(path, 'watcher');
          },
          onSkipped: (path, reason) => listener.onSkipped(path, reason),
          onProblem: (message) => listener.onProblem(message),
        },
        { recursive: options.recursive },
      );
      watchers.set(folder, watcher);
      await watcher.start();
    }
  };
  archive.imports.start();
  // Decisions left unread (a newer extractor, a pass cut short) are read while watching.
  archive
    .refreshDecisions()
    .catch((error: unknown) => listener.onProblem(`Reading decisions failed: ${(error as Error).message}`));
  await startWatching(distinctFolders(options.folders));
  // Changes run one after another, each on the folders the one before left.
  let changing: Promise<void> = Promise.resolve();
  let closed = false;
  return {
    get folders() {
      return [...watchers.keys()];
    },
    follow(folders) {
      const next = distinctFolders(folders);
      // A change that failed is told to its caller; the next one still runs.
      changing = changing
        .catch(() => {})
        .then(async () => {
          if (closed) return;
          for (const [folder, watcher] of [...watchers]) {
            if (next.includes(folder)) continue;
            watchers.delete(folder);
            await watcher.close();
          }
          await startWatching(next.filter((folder) => !watchers.has(folder)));
        });
      return changing;
    },
    async close() {
      closed = true;
      await changing.catch(() => {});
      await Promise.all([...watchers.values()].map((watcher) => watcher.close()));
      watchers.clear();
      await archive.imports.stop();
    },
  };
}

function distinctFolders(folders: readonly string[]): string[] {
  return [...new Set(folders.map((folder) => resolve(folder)))];
}
