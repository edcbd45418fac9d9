// The window's one way to the archive: the typed ArchiveApi over HTTP here, over the preload in
// Electron. Calls wait for the session; a refused session becomes an error a person can act on.

import type { ArchiveApi } from '../../src-shared/contract/archive-contract.js';
import { createArchiveClient } from '../../src-shared/contract/archive-rpc.js';
import { createHttpTransport, type FetchLike } from '../../src-shared/contract/http-transport.js';
import { establishSession } from './session-handshake.js';

export const sessionReady: Promise<void> = establishSession().catch(() => undefined);

const NO_SESSION = {
  ok: false,
  error: {
    code: 'not-available',
    message:
      'This window has no session with Archivist. Open it again from the address `archivist serve` printed.',
  },
};

function sessionFetch(signal?: AbortSignal): FetchLike {
  return async (url, init) => {
    await sessionReady;
    const response = await window.fetch(url, { ...(init as RequestInit), ...(signal ? { signal } : {}) });
    if (response.status === 401 || response.status === 403) return { json: async () => NO_SESSION };
    return response;
  };
}

export const archive: ArchiveApi = createArchiveClient(createHttpTransport({ fetch: sessionFetch() }));

/** A client whose calls stop when `signal` aborts: search drops the request a newer keystroke outdated. */
export function abortableArchive(signal: AbortSignal): ArchiveApi {
  return createArchiveClient(createHttpTransport({ fetch: sessionFetch(signal) }));
}
