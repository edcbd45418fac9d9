// The window's only door to the main process: `window.archivist`, one function per ArchiveApi method
// plus subscribe, importFiles and chooseFolder, and nothing else of ipcRenderer (checklist item 3:
// context isolation). importFiles reads the paths of dropped File objects itself (webUtils), so the
// window can hand over files a person dropped but never name a path of its own choosing; chooseFolder
// sends only what the folder is for, and main shows the folder picker. A sandboxed
// preload may require only 'electron', so this file imports nothing else at run time and the compiler
// emits it alone as CommonJS (scripts/build-preload.mjs); the method and event lists below are checked
// against the contract by the compiler, and their channels against transport-names.ts by a unit test.

import type { ContextBridge, IpcRenderer, IpcRendererEvent, WebUtils } from 'electron';
import type { ArchiveBridge } from '../../src-shared/contract/archive-bridge.js';
import type {
  ArchiveEventName,
  ArchiveEvents,
  ArchiveMethod,
} from '../../src-shared/contract/archive-contract.js';
import type { Envelope } from '../../src-shared/contract/archive-rpc.js';
import type { FolderPurpose } from '../../src-shared/model/settings.js';

/** Every ArchiveApi method, once: a missing or unknown name is a compile error. */
const METHODS = {
  importExport: true,
  getStats: true,
  listConversations: true,
  getConversation: true,
  readConversation: true,
  search: true,
  listArtifacts: true,
  enqueueImport: true,
  listImportJobs: true,
  cancelImport: true,
  retryImport: true,
  acceptImport: true,
  relink: true,
  listLinks: true,
  acceptLink: true,
  rejectLink: true,
  unlinkUpload: true,
  listDecisions: true,
  updateDecision: true,
  addDecision: true,
  listSources: true,
  listGeneratedFiles: true,
  listProjects: true,
  listAccounts: true,
  nameProject: true,
  writeConversations: true,
  writeRebuildKit: true,
  revealRebuildKit: true,
  startRelink: true,
  startWriteConversations: true,
  startRebuildKit: true,
  timeline: true,
  timelineDensity: true,
  openOriginal: true,
  revealOriginal: true,
  listScanRoots: true,
  addScanRoot: true,
  removeScanRoot: true,
  getSettings: true,
  updateSettings: true,
  listWatchedFolders: true,
  addWatchedFolder: true,
  removeWatchedFolder: true,
} as const satisfies { readonly [M in ArchiveMethod]: true };

/** Every event the archive announces, once. */
const EVENTS = {
  importProgressed: true,
  importFinished: true,
  importJobChanged: true,
  relinkProgressed: true,
  archiveChanged: true,
  taskFinished: true,
} as const satisfies { readonly [E in ArchiveEventName]: true };

/**
 * transport-names.ts `ipcChannel`, `ARCHIVE_EVENT_CHANNEL`, `IMPORT_FILES_CHANNEL`,
 * `CHOOSE_FOLDER_CHANNEL`: this file may not import it.
 */
const channelOf = (method: ArchiveMethod): string => `archive:${method}`;
const EVENT_CHANNEL = 'archive:event';
const IMPORT_FILES_CHANNEL = 'window:importFiles';
const CHOOSE_FOLDER_CHANNEL = 'window:chooseFolder';

export type PreloadIpc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;
export type PreloadWebUtils = Pick<WebUtils, 'getPathForFile'>;

/** The object exposed as `window.archivist`. */
export function createArchiveBridge(ipc: PreloadIpc, webUtils: PreloadWebUtils): ArchiveBridge {
  const calls: Record<string, (input: unknown) => Promise<Envelope>> = {};
  for (const method of Object.keys(METHODS) as ArchiveMethod[]) {
    // Only the input crosses: the page never gets ipcRenderer, an event object or a channel name.
    calls[method] = (input: unknown) => ipc.invoke(channelOf(method), input) as Promise<Envelope>;
  }
  const subscribe = <E extends ArchiveEventName>(
    event: E,
    handler: (payload: ArchiveEvents[E]) => void,
  ): (() => void) => {
    if (!Object.hasOwn(EVENTS, event) || typeof handler !== 'function') return () => {};
    const listener = (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (name === event) handler(payload as ArchiveEvents[E]);
    };
    ipc.on(EVENT_CHANNEL, listener);
    return () => {
      ipc.removeListener(EVENT_CHANNEL, listener);
    };
  };
  const importFiles = (files: readonly object[]): Promise<Envelope> => {
    if (!Array.isArray(files)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'invalid-input', message: 'importFiles takes a list of files.' },
      });
    }
    // A File not read from disk (made by a script, dragged from a web page) has no path: '' says so.
    const paths = files.map((file: object) => {
      try {
        return webUtils.getPathForFile(file as Parameters<PreloadWebUtils['getPathForFile']>[0]);
      } catch {
        return '';
      }
    });
    return ipc.invoke(IMPORT_FILES_CHANNEL, paths) as Promise<Envelope>;
  };
  // Only the purpose crosses, as a bare value: main checks it and never reads anything else sent.
  const chooseFolder = (request: { readonly purpose: FolderPurpose }): Promise<Envelope> =>
    ipc.invoke(
      CHOOSE_FOLDER_CHANNEL,
      (request as { purpose?: unknown } | null)?.purpose,
    ) as Promise<Envelope>;
  return {
    ...(calls as unknown as Omit<ArchiveBridge, 'subscribe' | 'importFiles' | 'chooseFolder'>),
    subscribe,
    importFiles,
    chooseFolder,
  };
}

export function exposeArchiveBridge(
  bridge: Pick<ContextBridge, 'exposeInMainWorld'>,
  ipc: PreloadIpc,
  webUtils: PreloadWebUtils,
): void {
  bridge.exposeInMainWorld('archivist', createArchiveBridge(ipc, webUtils));
}

// Electron runs this file as the window's preload (process.type 'renderer'); a test imports it under
// Node for the functions above, where 'electron' must not be loaded.
if (typeof process !== 'undefined' && process.type === 'renderer') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS output, sandboxed preload
  const electron = require('electron') as {
    contextBridge: ContextBridge;
    ipcRenderer: IpcRenderer;
    webUtils: WebUtils;
  };
  exposeArchiveBridge(electron.contextBridge, electron.ipcRenderer, electron.webUtils);
}
