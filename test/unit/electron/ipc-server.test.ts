// The IPC server with a stand-in for Electron's ipcMain (Electron cannot run here) over a real archive:
// one channel per contract method, every call answered only for the app's main frame, always as an
// envelope, the folder picker shown only for it, and events sent to the open window.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveService } from '../../../src-main/core/archive-service.js';
import { openArchive } from '../../../src-main/core/open-archive.js';
import {
  forwardArchiveEvents,
  serveArchiveOverIpc,
  type IpcMainLike,
} from '../../../src-main/electron/ipc-server.js';
import { APP_ORIGIN } from '../../../src-main/electron/security/app-origin.js';
import { archiveMethods } from '../../../src-shared/contract/archive-contract.js';
import type { Envelope } from '../../../src-shared/contract/archive-rpc.js';
import {
  ARCHIVE_EVENT_CHANNEL,
  CHOOSE_FOLDER_CHANNEL,
  IMPORT_FILES_CHANNEL,
  ipcChannel,
} from '../../../src-shared/contract/transport-names.js';
import { makeConversation, USER_JSON } from '../../support/conversation-factory.js';
import { useTempFolders } from '../../support/temp-folder.js';
import { writeZip } from '../../support/zip-writer.js';

type Listener = Parameters<IpcMainLike['handle']>[1];

/** Stands in for Electron's ipcMain: records handlers and lets a test invoke them as a frame would. */
class StandInIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  invoke(channel: string, frame: { url: string; parent: unknown } | null, input: unknown): Promise<Envelope> {
    const listener = this.handlers.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return Promise.resolve(listener({ senderFrame: frame }, input)) as Promise<Envelope>;
  }
}

const APP_FRAME = { url: 'app://archive/timeline', parent: null };
const tempFolder = useTempFolders('suite');
let service: ArchiveService;
let zip: string;

beforeAll(async () => {
  const dir = tempFolder('archivist-ipc');
  zip = join(dir, 'export.zip');
  await writeZip(zip, [
    {
      name: 'conversations.json',
      data: JSON.stringify([
        makeConversation('queue', [
          { role: 'user', text: 'Which queue should we use?' },
          { role: 'assistant', text: 'RabbitMQ.' },
        ]),
      ]),
    },
    { name: 'user.json', data: USER_JSON },
  ]);
  service = openArchive({ dataFolder: join(dir, 'data'), downloadsFolder: join(dir, 'Downloads') });
});

afterAll(async () => {
  await service?.close();
});

describe('serveArchiveOverIpc', () => {
  it('registers exactly one handler per contract method, one for drops and one for the folder picker, and removes them all', () => {
    const ipc = new StandInIpcMain();
    const stop = serveArchiveOverIpc(ipc, service, APP_ORIGIN);
    expect([...ipc.handlers.keys()].sort()).toEqual(
      [...archiveMethods.map(ipcChannel), IMPORT_FILES_CHANNEL, CHOOSE_FOLDER_CHANNEL].sort(),
    );
    stop();
    expect(ipc.handlers.size).toBe(0);
  });

  it('answers the app’s window through dispatchArchiveCall, errors as envelopes with their code', async () => {
    const ipc = new StandInIpcMain();
    const stop = serveArchiveOverIpc(ipc, service, APP_ORIGIN);
    // Even the app's own window names no path to import: it drops files (main checks them) instead.
    expect(await ipc.invoke(ipcChannel('importExport'), APP_FRAME, { path: zip })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    await service.importExport({ path: zip });
    const listed = await ipc.invoke(ipcChannel('listConversations'), APP_FRAME, {});
    expect(listed).toMatchObject({ ok: true, value: [{ title: 'Conversation queue' }] });
    expect(await ipc.invoke(ipcChannel('getConversation'), APP_FRAME, { id: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await ipc.invoke(ipcChannel('search'), APP_FRAME, { text: 'queue', limit: -3 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    stop();
  });

  it('refuses a folder the window names, and takes the same call without one', async () => {
    const ipc = new StandInIpcMain();
    const stop = serveArchiveOverIpc(ipc, service, APP_ORIGIN);
    const named = await ipc.invoke(ipcChannel('startRebuildKit'), APP_FRAME, {
      conversationId: 'queue',
      folder: '/tmp/somewhere',
    });
    expect(named).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await ipc.invoke(ipcChannel('addScanRoot'), APP_FRAME, { path: '/' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(
      await ipc.invoke(ipcChannel('startRebuildKit'), APP_FRAME, { conversationId: 'queue' }),
    ).toMatchObject({ ok: true, value: { kind: 'rebuild-kit' } });
    stop();
  });

  it('refuses every method to a frame not on the app origin, a sub-frame, or a frame gone', async () => {
    const ipc = new StandInIpcMain();
    const stop = serveArchiveOverIpc(ipc, service, APP_ORIGIN);
    const strangers = [
      { url: 'https://attacker.example/', parent: null },
      { url: 'app://archive.attacker.example/', parent: null },
      { url: 'file:///tmp/page.html', parent: null },
      { url: 'app://archive/', parent: { url: 'app://archive/' } },
      null,
    ];
    for (const frame of strangers) {
      for (const method of archiveMethods) {
        const answer = await ipc.invoke(ipcChannel(method), frame, { path: zip });
        expect(answer, `${method} from ${JSON.stringify(frame)}`).toMatchObject({
          ok: false,
          error: { code: 'not-available' },
        });
      }
      expect(await ipc.invoke(IMPORT_FILES_CHANNEL, frame, [zip])).toMatchObject({
        ok: false,
        error: { code: 'not-available' },
      });
      expect(await ipc.invoke(CHOOSE_FOLDER_CHANNEL, frame, 'watched-folder')).toMatchObject({
        ok: false,
        error: { code: 'not-available' },
      });
    }
    expect(await service.listImportJobs({})).toHaveLength(1);
    // Nothing a stranger asked for happened: the archive still holds what the window imported.
    const stats = await ipc.invoke(ipcChannel('getStats'), APP_FRAME, {});
    expect(stats).toMatchObject({ ok: true, value: { exports: 1 } });
    stop();
  });
});

describe('the folder picker over IPC', () => {
  it('shows main’s picker for the app’s window only, and adds the folder chosen there', async () => {
    const chosen = join(tempFolder('archivist-ipc-chosen'), 'Exports');
    mkdirSync(chosen);
    const ipc = new StandInIpcMain();
    let shown = 0;
    const stop = serveArchiveOverIpc(ipc, service, APP_ORIGIN, {
      showFolderPicker: async () => {
        shown += 1;
        return { canceled: false, filePaths: [chosen] };
      },
    });
    const stranger = { url: 'https://attacker.example/', parent: null };
    expect(await ipc.invoke(CHOOSE_FOLDER_CHANNEL, stranger, 'watched-folder')).toMatchObject({ ok: false });
    expect(await ipc.invoke(CHOOSE_FOLDER_CHANNEL, APP_FRAME, chosen)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(shown).toBe(0);
    const answer = await ipc.invoke(CHOOSE_FOLDER_CHANNEL, APP_FRAME, 'watched-folder');
    expect(answer).toMatchObject({ ok: true, value: { usual: false } });
    expect(service.watchedFolders()).toContain(chosen);
    stop();
  });

  it('says no folder can be chosen when main gave it no picker', async () => {
    const ipc = new StandInIpcMain();
    const stop = serveArchiveOverIpc(ipc, service, APP_ORIGIN);
    expect(await ipc.invoke(CHOOSE_FOLDER_CHANNEL, APP_FRAME, 'scan-root')).toMatchObject({
      ok: false,
      error: { code: 'not-available' },
    });
    stop();
  });
});

describe('forwardArchiveEvents', () => {
  it('sends each event to the open window on the event channel, and drops it with no window', () => {
    const sent: unknown[][] = [];
    let window: { destroyed: boolean } | null = null;
    const publish = forwardArchiveEvents(() =>
      window
        ? { isDestroyed: () => window!.destroyed, send: (...args: unknown[]) => void sent.push(args) }
        : null,
    );
    publish('archiveChanged', { changed: ['conversations'] });
    window = { destroyed: false };
    publish('archiveChanged', { changed: ['links'] });
    window.destroyed = true;
    publish('archiveChanged', { changed: ['decisions'] });
    expect(sent).toEqual([[ARCHIVE_EVENT_CHANNEL, 'archiveChanged', { changed: ['links'] }]]);
  });
});
