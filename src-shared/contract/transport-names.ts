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
export const SECRET_HEADER = 'x-archivist-secret';
export const SESSION_COOKIE = 'archivist-session';

/** Electron IPC: one channel per method and one for every event. */
export function ipcChannel(method: ArchiveMethod): string {
  return `archive:${method}`;
}
export const ARCHIVE_EVENT_CHANNEL = 'archive:event';
