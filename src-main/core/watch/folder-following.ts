// The folders watched follow the person's settings while Archivist runs: at once when this process
// changed them (its archiveChanged event), and within seconds when another did (`archivist settings
// watch-folder` in a terminal cannot tell a running `serve` or desktop app).

import { resolve } from 'node:path';
import type { FolderWatch } from './watch-policy.js';

export interface FolderFollowing {
  /** Compares the folders chosen now with those watched, and follows a change. */
  check(): Promise<void>;
  stop(): void;
}

export interface FolderFollowingOptions {
  /** The folders the settings name now. */
  readonly chosen: () => readonly string[];
  /** The watch running now; null while none runs (paused, or not yet started): nothing to follow. */
  readonly watching: () => Pick<FolderWatch, 'folders' | 'follow'> | null;
  /** The folders now watched, once they changed. */
  readonly onFollowed: (folders: readonly string[]) => void;
  readonly onProblem: (message: string) => void;
  /** How often the settings are read again for a change made by another process. */
  readonly everyMs?: number;
}

export function followWatchedFolders(options: FolderFollowingOptions): FolderFollowing {
  const checkOnce = async () => {
    const watch = options.watching();
    if (!watch) return;
    let chosen: readonly string[];
    try {
      chosen = options.chosen();
    } catch (error) {
      options.onProblem(`The watched folders could not be read: ${(error as Error).message}`);
      return;
    }
    if (sameFolders(watch.folders, chosen)) return;
    try {
      await watch.follow(chosen);
      options.onFollowed(watch.folders);
    } catch (error) {
      options.onProblem(`The watched folders could not be changed: ${(error as Error).message}`);
    }
  };
  // One check at a time (an event and the timer may coincide), each seeing what the one before did.
  let checking: Promise<void> = Promise.resolve();
  const check = () => (checking = checking.then(checkOnce));
  // Not unref'd, as the watcher's own timer: stop() clears it.
  const timer = setInterval(() => void check(), options.everyMs ?? 5000);
  return {
    check,
    stop() {
      clearInterval(timer);
    },
  };
}

function sameFolders(watched: readonly string[], chosen: readonly string[]): boolean {
  const set = new Set(watched);
  const wanted = new Set(chosen.map((folder) => resolve(folder)));
  return set.size === wanted.size && [...wanted].every((folder) => set.has(folder));
}
