// Where each ArchiveApi method and event travels, for every transport: the HTTP bridge's routes and
// the Electron IPC channels are derived here from the contract, so no other file spells one.

import type { ArchiveMethod } from './archive-contract.js';

/** HTTP: POST, the method's input as a JSON body; the answer is the call's envelope as JSON. */
export function archiveRoute(method: ArchiveMethod): string {
  return `/api/${method}`;
}

/** HTTP: server-sent events, `event: <ArchiveEventName>` and `data: <payload as JSON>`. */
export const ARCHIVE_EVENTS_ROUTE = '/api/events';

/** HTTP: the bytes of an artifact the archive holds, by its id; never by a path. */
export function blobRoute(artifactId: number): string {
  return `/blobs/${artifactId}`;
}

/** HTTP: the page trades the secret from its URL for a cookie here, so `<img>` and SSE carry it too. */
export const SESSION_ROUTE = '/api/session';
/**
 * HTTP: POST one export ZIP's bytes as the body (a browser's dropped file has no path): the server
 * keeps it in the data folder and queues it; the answer is an envelope with the ImportJob. `modified`
 * is the file's own modification time, epoch milliseconds.
 */
export const UPLOAD_ROUTE = '/upload';
export function uploadRoute(fileName: string, modifiedMs?: number): string {
  const modified =
    modifiedMs !== undefined && Number.isFinite(modifiedMs) ? `&modified=${Math.round(modifiedMs)}` : '';
  return `${UPLOAD_ROUTE}?name=${encodeURIComponent(fileName)}${modified}`;
}

export const SECRET_HEADER = 'x-archivist-secret';
export const SESSION_COOKIE = 'archivist-session';

/** Electron IPC: one channel per method and one for every event. */
export function ipcChannel(method: ArchiveMethod): string {
  return `archive:${method}`;
}
export const ARCHIVE_EVENT_CHANNEL = 'archive:event';

/**
 * Electron IPC: the files dropped on the window, as the paths the preload read off their File objects;
 * answered with one DroppedFileOutcome per path. Not an ArchiveApi method: no other transport has paths.
 */
export const IMPORT_FILES_CHANNEL = 'window:importFiles';

/**
 * Electron IPC: the window's "Add folder…", with only what the folder is for (a FolderPurpose); main
 * shows the system's folder picker and answers the list the chosen folder joined, or null when the
 * person cancelled. Not an ArchiveApi method: no other transport has a folder picker.
 */
export const CHOOSE_FOLDER_CHANNEL = 'window:chooseFolder';
