// ArchiveApi over Electron IPC: one `ipcMain.handle` per contract method, on the channel the contract
// derives, plus one for files dropped on the window and one for the folder picker, each answering only
// the app's own window (checklist item 17) and always with an envelope, because the context bridge
// would strip an error's code; paths the window names are refused (window-paths.ts). Events go to the
// window on one channel.

import type {
  ArchiveApi,
  ArchiveEventName,
  ArchiveEvents,
  PublishArchiveEvent,
} from '../../src-shared/contract/archive-contract.js';
import { archiveMethods } from '../../src-shared/contract/archive-contract.js';
import { AppError, toTransferableError } from '../../src-shared/contract/app-error.js';
import { dispatchWindowCall, type Envelope } from '../../src-shared/contract/archive-rpc.js';
import {
  ARCHIVE_EVENT_CHANNEL,
  CHOOSE_FOLDER_CHANNEL,
  IMPORT_FILES_CHANNEL,
  ipcChannel,
} from '../../src-shared/contract/transport-names.js';
import { queueDroppedExports } from './dropped-exports.js';
import { createFolderChooser, type ShowFolderPicker } from './folder-choice.js';
import { isTrustedSenderFrame, type SenderFrame } from './security/trusted-sender.js';

/** The part of Electron's ipcMain used; a test hands in a stand-in. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: { readonly senderFrame: SenderFrame | null }, ...args: unknown[]) => unknown,
  ): void;
  removeHandler(channel: string): void;
}

/** The part of a window's webContents events are sent to. */
export interface EventTarget {
  isDestroyed(): boolean;
  send(channel: string, ...args: unknown[]): void;
}

const REFUSED: Envelope = {
  ok: false,
  error: { code: 'not-available', message: 'The archive answers only Archivist’s own window.' },
};

export interface IpcServerOptions {
  /** The system's folder picker over the app's window; without it no folder can be chosen. */
  readonly showFolderPicker?: ShowFolderPicker;
}

/** Serves every method, the drop and the folder picker; returns the function that removes the handlers. */
export function serveArchiveOverIpc(
  ipcMain: IpcMainLike,
  api: ArchiveApi,
  appOrigin: string,
  options: IpcServerOptions = {},
): () => void {
  for (const method of archiveMethods) {
    ipcMain.handle(ipcChannel(method), (event, input) =>
      isTrustedSenderFrame(event.senderFrame, appOrigin)
        ? dispatchWindowCall(api, method, input)
        : Promise.resolve(REFUSED),
    );
  }
  ipcMain.handle(IMPORT_FILES_CHANNEL, (event, paths) =>
    isTrustedSenderFrame(event.senderFrame, appOrigin)
      ? envelopeOf(() => queueDroppedExports(api, paths))
      : Promise.resolve(REFUSED),
  );
  const chooseFolder = options.showFolderPicker
    ? createFolderChooser(api, options.showFolderPicker)
    : () => Promise.reject(new AppError('not-available', 'No folder picker is open to this window.'));
  ipcMain.handle(CHOOSE_FOLDER_CHANNEL, (event, purpose) =>
    isTrustedSenderFrame(event.senderFrame, appOrigin)
      ? envelopeOf(() => chooseFolder(purpose))
      : Promise.resolve(REFUSED),
  );
  return () => {
    for (const method of archiveMethods) ipcMain.removeHandler(ipcChannel(method));
    ipcMain.removeHandler(IMPORT_FILES_CHANNEL);
    ipcMain.removeHandler(CHOOSE_FOLDER_CHANNEL);
  };
}

async function envelopeOf(answer: () => Promise<unknown>): Promise<Envelope> {
  try {
    return { ok: true, value: await answer() };
  } catch (error) {
    return { ok: false, error: toTransferableError(error) };
  }
}

/** A publish function that sends each event to whichever window is open now (none: dropped). */
export function forwardArchiveEvents(currentTarget: () => EventTarget | null): PublishArchiveEvent {
  return <E extends ArchiveEventName>(name: E, payload: ArchiveEvents[E]) => {
    const target = currentTarget();
    if (target && !target.isDestroyed()) target.send(ARCHIVE_EVENT_CHANNEL, name, payload);
  };
}
