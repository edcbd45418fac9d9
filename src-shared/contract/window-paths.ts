// Paths come from the main process, never from the window: a page that fell to hostile conversation
// text must not be able to make Archivist write into, scan or forget a folder of its choosing. Both
// window transports (IPC, the HTTP bridge) refuse these inputs; the command line, which the person
// types themselves, passes them as before. A window removes a folder from a list by its id, and the
// desktop app adds one only through the system's folder picker, in main (electron/folder-choice.ts).

import { AppError } from './app-error.js';
import type { ArchiveMethod } from './archive-contract.js';

/** The inputs of each method that name a place on disk, which a window may not pass. */
export const PATHS_REFUSED_FROM_WINDOW: { readonly [M in ArchiveMethod]?: readonly string[] } = {
  writeRebuildKit: ['folder'],
  startRebuildKit: ['folder'],
  writeConversations: ['folder'],
  startWriteConversations: ['folder'],
  relink: ['roots'],
  startRelink: ['roots'],
  addScanRoot: ['path'],
  addWatchedFolder: ['path'],
  // A window imports by handing over bytes (serve's upload) or a dropped file main checks itself
  // (electron/dropped-exports.ts), and links only what relink proposed: never a path of its choosing,
  // which could pull any file into the archive or make "Open original" run it.
  importExport: ['path'],
  enqueueImport: ['path'],
  acceptLink: ['path'],
  rejectLink: ['path'],
};

/** Throws AppError('invalid-input') when a window's call names a place on disk it may not. */
export function refusePathsFromWindow(method: string, rawInput: unknown): void {
  if (!Object.hasOwn(PATHS_REFUSED_FROM_WINDOW, method)) return;
  if (rawInput === null || typeof rawInput !== 'object') return;
  const keys = PATHS_REFUSED_FROM_WINDOW[method as ArchiveMethod] ?? [];
  const named = keys.find((key) => (rawInput as Record<string, unknown>)[key] !== undefined);
  if (named === undefined) return;
  throw new AppError(
    'invalid-input',
    `${method} input: "${named}" names a place on disk, which only Archivist itself chooses from the window; the command line can name one.`,
  );
}
