// The window's one way to the archive: the typed ArchiveApi over HTTP here, over the preload in
// Electron. Calls wait for the session; a refused session becomes an error a person can act on.

import type { ArchiveApi } from '../../src-shared/contract/archive-contract.js';
import { createBridgeTransport } from '../../src-shared/contract/archive-bridge.js';
import { createArchiveClient } from '../../src-shared/contract/archive-rpc.js';
import { createHttpTransport, type FetchLike } from '../../src-shared/contract/http-transport.js';
import { desktopBridge } from './desktop-bridge.js';
import { establishSession } from './session-handshake.js';

const bridge = desktopBridge();

export const sessionReady: Promise<void> = bridge
  ? Promise.resolve()
  : establishSession().catch(() => undefined);

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

export const archive: ArchiveApi = createArchiveClient(
  bridge ? createBridgeTransport(bridge) : createHttpTransport({ fetch: sessionFetch() }),
);

/**
 * A client whose calls stop when `signal` aborts: search drops the request a newer keystroke outdated.
 * (IPC calls cannot be aborted; in the desktop app an outdated answer is dropped by the query cache.)
 */
export function abortableArchive(signal: AbortSignal): ArchiveApi {
  return bridge ? archive : createArchiveClient(createHttpTransport({ fetch: sessionFetch(signal) }));
}
