// Paths come from the main process, never from the window: over the window's dispatch every input
// that names a place on disk is refused before the archive sees it, while the command line's dispatch
// passes the same input on. A rebuild kit asked for without a folder is the window's way; a folder
// leaves a list by its id.

import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveService } from '../../../src-main/core/archive-service.js';
import { openArchive } from '../../../src-main/core/open-archive.js';
import { inputParsers } from '../../../src-shared/contract/archive-contract.js';
import { dispatchArchiveCall, dispatchWindowCall } from '../../../src-shared/contract/archive-rpc.js';
import { PATHS_REFUSED_FROM_WINDOW } from '../../../src-shared/contract/window-paths.js';
import type { FolderList } from '../../../src-shared/model/settings.js';
import { useTempFolders } from '../../support/temp-folder.js';

const temp = useTempFolders('suite');
let dir: string;
let service: ArchiveService;

beforeAll(() => {
  dir = temp('archivist-window-paths');
  service = openArchive({ dataFolder: join(dir, 'data'), downloadsFolder: join(dir, 'Downloads') });
});
afterAll(async () => {
  await service?.close();
});

describe('a rebuild kit’s folder in the contract', () => {
  it('is optional, and when given, a non-empty string', () => {
    for (const method of ['writeRebuildKit', 'startRebuildKit'] as const) {
      expect(inputParsers[method]({ conversationId: 'c' })).toEqual({ conversationId: 'c' });
      expect(inputParsers[method]({ conversationId: 'c', folder: '/tmp/kit' })).toEqual({
        conversationId: 'c',
        folder: '/tmp/kit',
      });
      expect(() => inputParsers[method]({ conversationId: 'c', folder: '' })).toThrow(/must not be empty/);
      expect(() => inputParsers[method]({ conversationId: 'c', folder: 7 })).toThrow(
        /"folder" must be a string/,
      );
      expect(() => inputParsers[method]({ folder: '/tmp/kit' })).toThrow(/"conversationId"/);
    }
  });
});

describe('from the window', () => {
  const named: Record<string, unknown> = {
    writeRebuildKit: { conversationId: 'c', folder: 'KIT' },
    startRebuildKit: { conversationId: 'c', folder: 'KIT' },
    writeConversations: { all: true, format: 'md', folder: 'KIT' },
    startWriteConversations: { all: true, format: 'md', folder: 'KIT' },
    relink: { roots: ['KIT'] },
    startRelink: { roots: ['KIT'] },
    addScanRoot: { path: 'KIT' },
    addWatchedFolder: { path: 'KIT' },
    importExport: { path: 'KIT' },
    enqueueImport: { path: 'KIT' },
    acceptLink: { artifactId: 1, path: 'KIT' },
    rejectLink: { artifactId: 1, path: 'KIT' },
  };

  it('refuses every input naming a place on disk, and nothing happens there', async () => {
    expect(Object.keys(PATHS_REFUSED_FROM_WINDOW).sort()).toEqual(Object.keys(named).sort());
    const roots = await service.listScanRoots({});
    const watched = await service.listWatchedFolders({});
    for (const [method, input] of Object.entries(named)) {
      const place = join(dir, `${method}-place`);
      // A folder that exists: what the window names is refused, not merely found missing.
      if (method === 'addScanRoot' || method === 'addWatchedFolder') mkdirSync(place);
      const withPlace = JSON.parse(JSON.stringify(input).replaceAll('KIT', place)) as unknown;
      const answer = await dispatchWindowCall(service, method, withPlace);
      expect(answer, method).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', message: expect.stringMatching(/names a place on disk/) },
      });
      if (method !== 'addScanRoot' && method !== 'addWatchedFolder')
        expect(existsSync(place), method).toBe(false);
    }
    expect(await service.listScanRoots({})).toEqual(roots);
    expect(await service.listWatchedFolders({})).toEqual(watched);
  });

  it('takes no path at all for a method of a folder list: only an id, or nothing', async () => {
    for (const [method, input] of [
      ['addWatchedFolder', {}],
      ['addScanRoot', {}],
      ['removeWatchedFolder', { path: dir }],
      ['removeScanRoot', { path: dir }],
      ['removeWatchedFolder', { id: dir }],
      ['removeScanRoot', { id: '../../etc' }],
    ] as const) {
      expect(await dispatchWindowCall(service, method, input), method).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
    }
  });

  it('removes a folder of a list by the id it was listed with', async () => {
    const other = join(dir, 'other-downloads');
    mkdirSync(other);
    await dispatchArchiveCall(service, 'addWatchedFolder', { path: other });
    const listed = await dispatchWindowCall(service, 'listWatchedFolders', {});
    expect(listed).toMatchObject({ ok: true, value: { usual: false } });
    const entry = (listed as { value: FolderList }).value.folders.find((folder) => folder.path === other);
    const answer = await dispatchWindowCall(service, 'removeWatchedFolder', { id: entry?.id });
    expect(answer).toMatchObject({
      ok: true,
      value: { usual: true, folders: [{ path: join(dir, 'Downloads') }] },
    });
  });

  it('passes every other call on as the command line’s dispatch does', async () => {
    expect(await dispatchWindowCall(service, 'getStats', {})).toMatchObject({ ok: true });
    expect(await dispatchWindowCall(service, 'startRebuildKit', { conversationId: 'nope' })).toMatchObject({
      ok: true,
      value: { kind: 'rebuild-kit' },
    });
    expect(await dispatchWindowCall(service, 'noSuchMethod', { folder: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'unknown-method' },
    });
    // The command line names its folders: the same input goes through there.
    const out = join(dir, 'cli-kit');
    mkdirSync(out);
    const cli = await dispatchArchiveCall(service, 'addScanRoot', { path: out });
    expect(cli).toMatchObject({
      ok: true,
      value: { folders: expect.arrayContaining([{ id: expect.any(String), path: out }]) },
    });
  });
});
