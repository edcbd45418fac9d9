// What the desktop app's preload puts on `window.archivist`: one function per ArchiveApi method that
// answers with the call's envelope (the context bridge would strip a thrown error's code), subscribe,
// importFiles for files dropped on the window, and chooseFolder for the system's folder picker. The
// renderer turns the calls into the same ArchiveApi client it uses over HTTP.

import { toTransferableError } from './app-error.js';
import type { ArchiveEventName, ArchiveEvents, ArchiveInput, ArchiveMethod } from './archive-contract.js';
import type { Envelope, Transport } from './archive-rpc.js';
import type { FolderPurpose } from '../model/settings.js';

export type ArchiveBridgeCalls = {
  readonly [M in ArchiveMethod]: (input: ArchiveInput<M>) => Promise<Envelope>;
};

export interface ArchiveBridge extends ArchiveBridgeCalls {
  /** Calls `handler` with each `event` the archive announces; returns the way to stop. */
  subscribe<E extends ArchiveEventName>(event: E, handler: (payload: ArchiveEvents[E]) => void): () => void;
  /**
   * Queues the File objects of a drop (or a file input) for import: the preload reads their paths
   * itself, so the window never names a path. The envelope's value: one DroppedFileOutcome per file.
   */
  importFiles(files: readonly object[]): Promise<Envelope>;
  /**
   * Shows the system's folder picker (main does, not the window) and adds the folder chosen to the
   * list the purpose names. The envelope's value: that FolderList, or null when the person cancelled.
   */
  chooseFolder(request: { readonly purpose: FolderPurpose }): Promise<Envelope>;
}

/** The transport over the preload, for createArchiveClient. */
export function createBridgeTransport(bridge: ArchiveBridgeCalls): Transport {
  return async (method, input) => {
    try {
      return await (bridge[method] as (input: unknown) => Promise<Envelope>)(input);
    } catch (error) {
      return { ok: false, error: toTransferableError(error) };
    }
  };
}
