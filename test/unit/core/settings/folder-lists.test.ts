// The folders watched for exports and looked through for originals, as lists a window can change
// without naming a path: each folder listed with an id that stays the same, removed by that id; only
// an existing folder is added; an emptied list is Archivist's usual folders again; and the watcher's
// folders and a rebuilt archive follow.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../../../src-main/core/open-archive.js';
import { defaultScanRoots } from '../../../../src-main/core/os-folders/scan-roots.js';
import { rebuildArchive } from '../../../../src-main/core/safekeeping/archive-rebuild.js';
import { inputParsers } from '../../../../src-shared/contract/archive-contract.js';
import type { ArchiveEvents } from '../../../../src-shared/contract/archive-contract.js';
import { makeConversation, USER_JSON } from '../../../support/conversation-factory.js';
import { useTempFolders } from '../../../support/temp-folder.js';
import { writeZip } from '../../../support/zip-writer.js';

const temp = useTempFolders();

function folders(dir: string, ...names: string[]): string[] {
  return names.map((name) => {
    const folder = join(dir, name);
    mkdirSync(folder, { recursive: true });
    return folder;
  });
}

describe('the watched folders', () => {
  it('are Downloads until the person adds one, then what they chose, and Downloads once emptied', async () => {
    const dir = temp();
    const [downloads, exports, other] = folders(dir, 'Downloads', 'Exports', 'Other');
    const changes: ArchiveEvents['archiveChanged'][] = [];
    const service = openArchive({
      dataFolder: join(dir, 'data'),
      downloadsFolder: downloads,
      publish: (name, payload) => {
        if (name === 'archiveChanged') changes.push(payload as ArchiveEvents['archiveChanged']);
      },
    });
    try {
      const usual = await service.listWatchedFolders({});
      expect(usual).toEqual({
        usual: true,
        folders: [{ id: expect.stringMatching(/^[0-9a-f]{16}$/), path: downloads }],
      });

      // Added to the list as shown: Downloads stays until removed.
      const added = await service.addWatchedFolder({ path: exports! });
      expect(added.usual).toBe(false);
      expect(added.folders.map((folder) => folder.path)).toEqual([downloads, exports]);
      expect(changes).toContainEqual({ changed: ['settings'] });
      expect(service.watchedFolders()).toEqual([downloads, exports]);
      // Once only, however often it is added.
      expect((await service.addWatchedFolder({ path: exports! })).folders).toHaveLength(2);
      await service.addWatchedFolder({ path: other! });

      // Ids stay the same for the same folder, so a window's removal sent twice removes one folder.
      const listed = await service.listWatchedFolders({});
      expect(listed.folders.map((folder) => folder.id)).toEqual([
        usual.folders[0]!.id,
        added.folders[1]!.id,
        expect.any(String),
      ]);
      const downloadsId = usual.folders[0]!.id;
      const afterRemoval = await service.removeWatchedFolder({ id: downloadsId });
      expect(afterRemoval.folders.map((folder) => folder.path)).toEqual([exports, other]);
      await expect(service.removeWatchedFolder({ id: downloadsId })).rejects.toMatchObject({
        code: 'not-found',
      });
      expect(service.watchedFolders()).toEqual([exports, other]);
      expect((await service.getSettings({})).watchedFolders).toEqual([exports, other]);

      // The last folder of theirs removed: Archivist watches Downloads again.
      for (const folder of afterRemoval.folders) await service.removeWatchedFolder({ id: folder.id });
      expect(await service.listWatchedFolders({})).toEqual(usual);
      expect(service.watchedFolders()).toEqual([downloads]);
    } finally {
      await service.close();
    }
  });

  it('take only a folder that is there: not a file, not a folder that is missing', async () => {
    const dir = temp();
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'notes');
    const service = openArchive({ dataFolder: join(dir, 'data'), downloadsFolder: dir });
    try {
      await expect(service.addWatchedFolder({ path: file })).rejects.toMatchObject({
        code: 'invalid-input',
        message: `${file} is a file, not a folder.`,
      });
      await expect(service.addScanRoot({ path: join(dir, 'gone') })).rejects.toMatchObject({
        code: 'file-not-found',
      });
      expect((await service.listWatchedFolders({})).usual).toBe(true);
      expect((await service.listScanRoots({})).usual).toBe(true);
    } finally {
      await service.close();
    }
  });

  it('are kept after a restart and after the archive is rebuilt from the kept exports', async () => {
    const dir = temp();
    const dataFolder = join(dir, 'data');
    const [downloads, exports, originals] = folders(dir, 'Downloads', 'Exports', 'Originals');
    const zip = join(dir, 'export.zip');
    await writeZip(zip, [
      {
        name: 'conversations.json',
        data: JSON.stringify([makeConversation('c1', [{ role: 'user', text: 'hello' }])]),
      },
      { name: 'user.json', data: USER_JSON },
    ]);
    const first = openArchive({ dataFolder, downloadsFolder: downloads });
    await first.importExport({ path: zip });
    const [downloadsEntry] = (await first.addWatchedFolder({ path: exports! })).folders;
    await first.removeWatchedFolder({ id: downloadsEntry!.id });
    await first.addScanRoot({ path: originals! });
    await first.close();

    await rebuildArchive(dataFolder);
    const rebuilt = openArchive({ dataFolder, downloadsFolder: downloads });
    try {
      expect((await rebuilt.listWatchedFolders({})).folders.map((folder) => folder.path)).toEqual([exports]);
      expect((await rebuilt.listScanRoots({})).folders.map((folder) => folder.path)).toEqual([
        ...defaultScanRoots(),
        originals,
      ]);
    } finally {
      await rebuilt.close();
    }
  });
});

describe('the folders looked through for originals', () => {
  it('are the usual places until changed, lose one by its id, and are the usual places once emptied', async () => {
    const dir = temp();
    const service = openArchive({ dataFolder: join(dir, 'data'), downloadsFolder: join(dir, 'Downloads') });
    try {
      const usual = await service.listScanRoots({});
      expect(usual.usual).toBe(true);
      expect(usual.folders.map((folder) => folder.path)).toEqual(defaultScanRoots());
      const [first, ...rest] = usual.folders;
      const fewer = await service.removeScanRoot({ id: first!.id });
      expect(fewer).toEqual({ usual: false, folders: rest });
      for (const folder of rest) await service.removeScanRoot({ id: folder.id });
      expect(await service.listScanRoots({})).toEqual(usual);
    } finally {
      await service.close();
    }
  });

  it('are removed from a window by an id, never a path', () => {
    expect(inputParsers.removeScanRoot({ id: '0123456789abcdef' })).toEqual({ id: '0123456789abcdef' });
    expect(() => inputParsers.removeScanRoot({ path: '/home/ada' })).toThrow(/"id"/);
    expect(() => inputParsers.removeWatchedFolder({ id: '/home/ada' })).toThrow(/no folder id/);
    expect(() => inputParsers.removeWatchedFolder({ id: '0123456789ABCDEF' })).toThrow(/no folder id/);
  });
});
