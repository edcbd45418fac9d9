// Launching at login is a setting like keeping exports: off until the person turns it on, kept in the
// archive (so the app sees what the CLI or a window chose), announced to open views, journalled so a
// rebuilt archive keeps it, and refused when it is not true or false.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputParsers } from '../../../../src-shared/contract/archive-contract.js';
import type { ArchiveEvents } from '../../../../src-shared/contract/archive-contract.js';
import { openArchive } from '../../../../src-main/core/open-archive.js';
import { rebuildArchive } from '../../../../src-main/core/safekeeping/archive-rebuild.js';
import { makeConversation, USER_JSON } from '../../../support/conversation-factory.js';
import { useTempFolders } from '../../../support/temp-folder.js';
import { writeZip } from '../../../support/zip-writer.js';

const temp = useTempFolders();

describe('the launchAtLogin setting', () => {
  it('is off at first, turns on without touching the other settings, and says so to open views', async () => {
    const changes: ArchiveEvents['archiveChanged'][] = [];
    const service = openArchive({
      dataFolder: temp(),
      publish: (name, payload) => {
        if (name === 'archiveChanged') changes.push(payload as ArchiveEvents['archiveChanged']);
      },
    });
    try {
      const before = await service.getSettings({});
      expect(before.launchAtLogin).toBe(false);
      const after = await service.updateSettings({ launchAtLogin: true });
      expect(after).toEqual({ ...before, launchAtLogin: true });
      expect(changes).toContainEqual({ changed: ['settings'] });
      // Changing another setting leaves this one as it is.
      expect((await service.updateSettings({ keepExports: false })).launchAtLogin).toBe(true);
      expect((await service.updateSettings({ launchAtLogin: false })).launchAtLogin).toBe(false);
    } finally {
      await service.close();
    }
  });

  it('is still on after a restart and after the archive is rebuilt from the kept exports', async () => {
    const dataFolder = temp();
    const zip = join(temp('exports'), 'export.zip');
    await writeZip(zip, [
      {
        name: 'conversations.json',
        data: JSON.stringify([makeConversation('c1', [{ role: 'user', text: 'hello' }])]),
      },
      { name: 'user.json', data: USER_JSON },
    ]);
    const first = openArchive({ dataFolder });
    await first.importExport({ path: zip });
    await first.updateSettings({ launchAtLogin: true });
    await first.close();

    const reopened = openArchive({ dataFolder });
    expect((await reopened.getSettings({})).launchAtLogin).toBe(true);
    await reopened.close();

    await rebuildArchive(dataFolder);
    const rebuilt = openArchive({ dataFolder });
    try {
      expect((await rebuilt.getSettings({})).launchAtLogin).toBe(true);
    } finally {
      await rebuilt.close();
    }
  });

  it('is accepted from a window or tool only as true or false', () => {
    expect(inputParsers.updateSettings({ launchAtLogin: true })).toEqual({ launchAtLogin: true });
    expect(inputParsers.updateSettings({ keepExports: false })).toEqual({ keepExports: false });
    expect(inputParsers.updateSettings({})).toEqual({});
    expect(() => inputParsers.updateSettings({ launchAtLogin: 'yes' })).toThrow(/launchAtLogin/);
    expect(() => inputParsers.updateSettings({ launchAtLogin: 1 })).toThrow(/true or false/);
  });
});
