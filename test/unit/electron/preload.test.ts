// The preload with stand-ins for Electron's ipcRenderer, contextBridge and webUtils (Electron cannot
// run here): the page gets one function per contract method plus subscribe, importFiles and
// chooseFolder (which sends only what the folder is for) and nothing of ipcRenderer; the built file runs as a sandbox runs it, requiring only 'electron'; and, joined to
// the IPC server over a real archive, the renderer's client answers as it does over HTTP, error codes
// included, and a dropped export is queued and imported.

import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveService } from '../../../src-main/core/archive-service.js';
import { openArchive } from '../../../src-main/core/open-archive.js';
import {
  forwardArchiveEvents,
  serveArchiveOverIpc,
  type IpcMainLike,
} from '../../../src-main/electron/ipc-server.js';
import {
  createArchiveBridge,
  exposeArchiveBridge,
  type PreloadIpc,
  type PreloadWebUtils,
} from '../../../src-main/preload/preload.js';
import { createBridgeTransport, type ArchiveBridge } from '../../../src-shared/contract/archive-bridge.js';
import { archiveEventNames, archiveMethods } from '../../../src-shared/contract/archive-contract.js';
import { createArchiveClient } from '../../../src-shared/contract/archive-rpc.js';
import {
  ARCHIVE_EVENT_CHANNEL,
  CHOOSE_FOLDER_CHANNEL,
  IMPORT_FILES_CHANNEL,
  ipcChannel,
} from '../../../src-shared/contract/transport-names.js';
import type { DroppedFileOutcome } from '../../../src-shared/model/dropped-export.js';
import type { ImportJob } from '../../../src-shared/model/import-job.js';
import { makeConversation, USER_JSON } from '../../support/conversation-factory.js';
import { useTempFolders } from '../../support/temp-folder.js';
import { writeZip } from '../../support/zip-writer.js';

type Handler = (...args: unknown[]) => unknown;

/** Stands in for ipcRenderer: records invocations and listeners; `deliver` is main sending an event. */
class StandInIpcRenderer {
  readonly invoked: [string, unknown][] = [];
  readonly listeners = new Map<string, Set<Handler>>();
  answer: (channel: string, input: unknown) => Promise<unknown> = async () => ({ ok: true, value: null });
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invoked.push([channel, args[0]]);
    return this.answer(channel, args[0]);
  }
  on(channel: string, listener: Handler): this {
    if (!this.listeners.has(channel)) this.listeners.set(channel, new Set());
    this.listeners.get(channel)!.add(listener);
    return this;
  }
  removeListener(channel: string, listener: Handler): this {
    this.listeners.get(channel)?.delete(listener);
    return this;
  }
  deliver(channel: string, ...args: unknown[]): void {
    const event = { sender: this, senderId: 0 };
    for (const listener of this.listeners.get(channel) ?? []) listener(event, ...args);
  }
}

const asPreloadIpc = (ipc: StandInIpcRenderer) => ipc as unknown as PreloadIpc;

/**
 * Stands in for webUtils: a File read from disk knows its path ('' for one a script made); anything
 * else is no File and throws, as Electron's does.
 */
class StandInFile {
  constructor(
    readonly name: string,
    readonly diskPath = '',
  ) {}
}
const webUtils: PreloadWebUtils = {
  getPathForFile(file) {
    if (!(file instanceof StandInFile)) throw new TypeError('Expected a File');
    return file.diskPath;
  },
};

describe('the preload’s window.archivist', () => {
  it('is exposed under one name, with one function per contract method plus subscribe, importFiles and chooseFolder', () => {
    const exposed: [string, unknown][] = [];
    exposeArchiveBridge(
      { exposeInMainWorld: (key, api) => void exposed.push([key, api]) },
      asPreloadIpc(new StandInIpcRenderer()),
      webUtils,
    );
    expect(exposed.map(([key]) => key)).toEqual(['archivist']);
    const api = exposed[0]![1] as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(
      [...archiveMethods, 'chooseFolder', 'importFiles', 'subscribe'].sort(),
    );
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('sends each call on the channel transport-names.ts derives, with the input alone', async () => {
    const ipc = new StandInIpcRenderer();
    const bridge = createArchiveBridge(asPreloadIpc(ipc), webUtils) as unknown as Record<
      string,
      (input: unknown) => Promise<unknown>
    >;
    for (const method of archiveMethods) await bridge[method]!({ probe: method });
    expect(ipc.invoked).toEqual(archiveMethods.map((method) => [ipcChannel(method), { probe: method }]));
  });

  it('hands a subscriber only the payloads of its event, on the event channel, until it stops', () => {
    const ipc = new StandInIpcRenderer();
    const bridge = createArchiveBridge(asPreloadIpc(ipc), webUtils);
    const seen: unknown[] = [];
    const stop = bridge.subscribe('archiveChanged', (payload) => seen.push(payload));
    expect([...ipc.listeners.keys()]).toEqual([ARCHIVE_EVENT_CHANNEL]);
    ipc.deliver(ARCHIVE_EVENT_CHANNEL, 'importJobChanged', { id: 1 });
    ipc.deliver(ARCHIVE_EVENT_CHANNEL, 'archiveChanged', { changed: ['links'] });
    stop();
    ipc.deliver(ARCHIVE_EVENT_CHANNEL, 'archiveChanged', { changed: ['decisions'] });
    // The handler got the payload only: never Electron's event object (which carries `sender`).
    expect(seen).toEqual([{ changed: ['links'] }]);
  });

  it('subscribes to every contract event, and to nothing it does not know', () => {
    const ipc = new StandInIpcRenderer();
    const bridge = createArchiveBridge(asPreloadIpc(ipc), webUtils);
    for (const name of archiveEventNames) bridge.subscribe(name, () => {});
    expect(ipc.listeners.get(ARCHIVE_EVENT_CHANNEL)?.size).toBe(archiveEventNames.length);
    (bridge.subscribe as (event: string, handler: () => void) => () => void)('constructor', () => {});
    (bridge.subscribe as (event: string, handler: unknown) => () => void)('archiveChanged', 'not a function');
    expect(ipc.listeners.get(ARCHIVE_EVENT_CHANNEL)?.size).toBe(archiveEventNames.length);
  });
});

describe('the preload’s importFiles', () => {
  it('sends the paths it reads off the files, never a path the page names', async () => {
    const ipc = new StandInIpcRenderer();
    const bridge = createArchiveBridge(asPreloadIpc(ipc), webUtils);
    await bridge.importFiles([
      new StandInFile('export.zip', '/home/ada/Downloads/export.zip'),
      new StandInFile('made-by-a-script.zip'),
      { name: 'fake.zip', path: '/etc/passwd' },
    ]);
    expect(ipc.invoked).toEqual([[IMPORT_FILES_CHANNEL, ['/home/ada/Downloads/export.zip', '', '']]]);
  });

  it('answers anything but a list with an error, sending nothing', async () => {
    const ipc = new StandInIpcRenderer();
    const bridge = createArchiveBridge(asPreloadIpc(ipc), webUtils);
    const answer = await (bridge.importFiles as (files: unknown) => Promise<unknown>)('/etc/passwd');
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(ipc.invoked).toEqual([]);
  });
});

describe('the built preload', () => {
  const tempFolder = useTempFolders('suite');

  it('is one CommonJS file that requires only electron and exposes the bridge when run as a sandbox runs it', () => {
    const out = join(tempFolder('archivist-preload'), 'preload.cjs');
    const build = spawnSync(process.execPath, ['scripts/build-preload.mjs', '--out', out], {
      encoding: 'utf8',
    });
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
    const source = readFileSync(out, 'utf8');
    const asked: string[] = [];
    const exposed: Record<string, unknown> = {};
    const ipc = new StandInIpcRenderer();
    const module = { exports: {} };
    // What Electron's sandboxed preload wrapper provides: require limited to a few modules.
    runInNewContext(`(function (exports, require, module, process) {${source}\n})`, {})(
      module.exports,
      (name: string) => {
        asked.push(name);
        if (name !== 'electron') throw new Error(`module not found: ${name}`);
        return {
          contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
          ipcRenderer: ipc,
          webUtils,
        };
      },
      module,
      { type: 'renderer' },
    );
    expect(asked).toEqual(['electron']);
    expect(Object.keys(exposed)).toEqual(['archivist']);
    expect(Object.keys(exposed['archivist'] as object).sort()).toEqual(
      [...archiveMethods, 'chooseFolder', 'importFiles', 'subscribe'].sort(),
    );
    // Its channels for dropped files and the folder picker are the ones transport-names.ts names.
    void (exposed['archivist'] as ArchiveBridge).importFiles([new StandInFile('e.zip', '/tmp/e.zip')]);
    void (exposed['archivist'] as ArchiveBridge).chooseFolder({ purpose: 'scan-root' });
    expect(ipc.invoked).toEqual([
      [IMPORT_FILES_CHANNEL, ['/tmp/e.zip']],
      [CHOOSE_FOLDER_CHANNEL, 'scan-root'],
    ]);
  });
});

describe('the preload’s chooseFolder', () => {
  it('sends what the folder is for and nothing else the page put beside it', async () => {
    const ipc = new StandInIpcRenderer();
    const bridge = createArchiveBridge(asPreloadIpc(ipc), webUtils);
    await bridge.chooseFolder({ purpose: 'watched-folder' });
    await bridge.chooseFolder({ purpose: 'scan-root', path: '/etc' } as never);
    await bridge.chooseFolder(null as never);
    expect(ipc.invoked).toEqual([
      [CHOOSE_FOLDER_CHANNEL, 'watched-folder'],
      [CHOOSE_FOLDER_CHANNEL, 'scan-root'],
      [CHOOSE_FOLDER_CHANNEL, undefined],
    ]);
  });
});

describe('the renderer’s client over the preload and the IPC server', () => {
  const tempFolder = useTempFolders('suite');
  let service: ArchiveService;
  let publish: ReturnType<typeof forwardArchiveEvents>;
  let bridge: ArchiveBridge;

  beforeAll(() => {
    const handlers = new Map<string, Parameters<IpcMainLike['handle']>[1]>();
    const renderer = new StandInIpcRenderer();
    // ipcRenderer.invoke reaches ipcMain's handler from the app's main frame; main's send reaches on().
    renderer.answer = async (channel, input) =>
      handlers.get(channel)!({ senderFrame: { url: 'app://archive/', parent: null } }, input);
    publish = forwardArchiveEvents(() => ({
      isDestroyed: () => false,
      send: (channel, ...args) => renderer.deliver(channel, ...args),
    }));
    service = openArchive({
      dataFolder: join(tempFolder('archivist-bridge'), 'data'),
      publish: (name, payload) => publish(name, payload),
    });
    serveArchiveOverIpc(
      {
        handle: (channel, listener) => void handlers.set(channel, listener),
        removeHandler: (channel) => void handlers.delete(channel),
      },
      service,
      'app://archive',
    );
    bridge = createArchiveBridge(asPreloadIpc(renderer), webUtils);
  });

  afterAll(async () => {
    await service?.close();
  });

  it('answers calls as the archive does, and a refusal as an error with its code', async () => {
    const client = createArchiveClient(createBridgeTransport(bridge));
    expect(await client.getStats({})).toMatchObject({ conversations: 0, exports: 0 });
    await expect(client.getConversation({ id: 'nope' })).rejects.toMatchObject({
      name: 'AppError',
      code: 'not-found',
    });
    await expect(client.search({ text: 'queue', limit: -3 })).rejects.toMatchObject({
      code: 'invalid-input',
    });
  });

  it('queues a dropped export and imports it; a dropped file that is no export is refused by name', async () => {
    const dir = tempFolder('archivist-drop');
    const zip = join(dir, 'chatgpt-export.zip');
    await writeZip(zip, [
      {
        name: 'conversations.json',
        data: JSON.stringify([
          makeConversation('dropped', [
            { role: 'user', text: 'Which lighthouse?' },
            { role: 'assistant', text: 'Cabo da Roca.' },
          ]),
        ]),
      },
      { name: 'user.json', data: USER_JSON },
    ]);
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'not an export');
    service.imports.start();
    const answer = await bridge.importFiles([
      new StandInFile('chatgpt-export.zip', zip),
      new StandInFile('notes.txt', notes),
      new StandInFile('from-a-web-page.zip'),
    ]);
    expect(answer.ok).toBe(true);
    const [queued, text, unsaved] = (answer as { value: DroppedFileOutcome[] }).value;
    expect(queued).toMatchObject({ ok: true, job: { path: zip, origin: 'drop' } });
    expect(text).toEqual({ ok: false, message: expect.stringContaining('“notes.txt” is not a ZIP file') });
    expect(unsaved).toEqual({ ok: false, message: expect.stringContaining('not a file on this computer') });
    const report = await service.imports.whenFinished((queued as { job: ImportJob }).job.id);
    expect(report).toMatchObject({ status: 'imported', conversations: { added: 1 } });
    // The export the person dropped stays where it was: nothing but uploads is ever removed.
    expect(readFileSync(zip).length).toBeGreaterThan(0);
  });

  it('delivers the archive’s events to a subscriber', async () => {
    const client = createArchiveClient(createBridgeTransport(bridge));
    const changed: unknown[] = [];
    const stop = bridge.subscribe('archiveChanged', (payload) => changed.push(payload));
    await client.updateSettings({ keepExports: false });
    stop();
    expect(changed).toContainEqual({ changed: ['settings'] });
  });
});
