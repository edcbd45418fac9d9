// "Add folder…" in the desktop window, with a stand-in for Electron's dialog (Electron cannot run here)
// over a real archive and real folders: the window sends only a purpose main knows; main shows the
// folder picker for it and takes its answer only as one existing folder by an absolute path, adding it
// to the list the purpose names; a cancel changes nothing, and one picker is open at a time.

import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveService } from '../../../src-main/core/archive-service.js';
import { openArchive } from '../../../src-main/core/open-archive.js';
import {
  chosenFolderOf,
  createFolderChooser,
  folderPickerOptions,
  folderPurposeOf,
  type FolderPickerOptions,
  type FolderPickerResult,
} from '../../../src-main/electron/folder-choice.js';
import { useTempFolders } from '../../support/temp-folder.js';

const temp = useTempFolders('suite');
let dir: string;
let service: ArchiveService;

beforeAll(() => {
  dir = temp('archivist-folder-choice');
  service = openArchive({ dataFolder: join(dir, 'data'), downloadsFolder: join(dir, 'Downloads') });
});
afterAll(async () => {
  await service?.close();
});

function folder(name: string): string {
  const path = join(dir, name);
  mkdirSync(path, { recursive: true });
  return path;
}

describe('folderPurposeOf', () => {
  it('takes the two purposes and refuses anything else, a path above all', () => {
    expect(folderPurposeOf('watched-folder')).toBe('watched-folder');
    expect(folderPurposeOf('scan-root')).toBe('scan-root');
    for (const sent of ['/home/ada', 'Watched-Folder', '', undefined, null, 7, { purpose: 'scan-root' }]) {
      expect(() => folderPurposeOf(sent), JSON.stringify(sent)).toThrow(/watched folder or a scan root/);
    }
  });
});

describe('folderPickerOptions', () => {
  it('asks for one folder, which may be made there, in words saying what it is for', () => {
    expect(folderPickerOptions('watched-folder')).toEqual({
      title: 'Choose a folder to watch for ChatGPT exports',
      buttonLabel: 'Watch this folder',
      properties: ['openDirectory', 'createDirectory'],
    });
    expect(folderPickerOptions('scan-root').title).toMatch(/originals of your uploads/);
    expect(folderPickerOptions('scan-root').properties).not.toContain('multiSelections');
  });
});

describe('chosenFolderOf', () => {
  it('takes one existing folder, or a link to one, by its absolute path', () => {
    const chosen = folder('Chosen');
    const linked = join(dir, 'linked-folder');
    symlinkSync(chosen, linked);
    expect(chosenFolderOf({ canceled: false, filePaths: [chosen] })).toBe(chosen);
    expect(chosenFolderOf({ canceled: false, filePaths: [linked] })).toBe(linked);
  });

  it('answers null for a cancel', () => {
    expect(chosenFolderOf({ canceled: true, filePaths: [] })).toBeNull();
    expect(chosenFolderOf({ canceled: true, filePaths: [folder('Ignored')] })).toBeNull();
    expect(chosenFolderOf({ canceled: false, filePaths: [] })).toBeNull();
  });

  it('refuses a file, a folder that is gone, a relative path, and more than one folder', () => {
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'notes');
    expect(() => chosenFolderOf({ canceled: false, filePaths: [file] })).toThrow(/a file, not a folder/);
    expect(() => chosenFolderOf({ canceled: false, filePaths: [join(dir, 'gone')] })).toThrow(/is not there/);
    expect(() => chosenFolderOf({ canceled: false, filePaths: ['Downloads'] })).toThrow(/no folder on this/);
    expect(() => chosenFolderOf({ canceled: false, filePaths: [`${dir}\0/x`] })).toThrow(/no folder on this/);
    expect(() => chosenFolderOf({ canceled: false, filePaths: [folder('A'), folder('B')] })).toThrow(
      /one folder at a time/,
    );
  });
});

describe('createFolderChooser', () => {
  it('adds the folder chosen to the list the purpose names, and answers that list', async () => {
    const exports = folder('Exports');
    const originals = folder('Originals');
    const asked: FolderPickerOptions[] = [];
    const answers = [exports, originals];
    const choose = createFolderChooser(service, async (options) => {
      asked.push(options);
      return { canceled: false, filePaths: [answers.shift()!] };
    });

    const watched = await choose('watched-folder');
    expect(watched?.folders.map((entry) => entry.path)).toEqual([join(dir, 'Downloads'), exports]);
    expect(await service.listWatchedFolders({})).toEqual(watched);
    expect(service.watchedFolders()).toContain(exports);

    const roots = await choose('scan-root');
    expect(roots?.folders.map((entry) => entry.path)).toContain(originals);
    expect((await service.listWatchedFolders({})).folders.map((entry) => entry.path)).not.toContain(
      originals,
    );
    expect(asked.map((options) => options.buttonLabel)).toEqual(['Watch this folder', 'Look in this folder']);
  });

  it('changes nothing when the person cancels, or the picker answers no folder', async () => {
    const before = [await service.listWatchedFolders({}), await service.listScanRoots({})];
    const cancelled = createFolderChooser(service, async () => ({ canceled: true, filePaths: [] }));
    expect(await cancelled('watched-folder')).toBeNull();
    const odd = createFolderChooser(service, async () => ({ canceled: false, filePaths: ['relative'] }));
    await expect(odd('scan-root')).rejects.toMatchObject({ code: 'invalid-input' });
    expect([await service.listWatchedFolders({}), await service.listScanRoots({})]).toEqual(before);
  });

  it('shows no picker for a purpose it does not know, and one picker at a time', async () => {
    let shown = 0;
    let answer: (result: FolderPickerResult) => void = () => {};
    const choose = createFolderChooser(service, () => {
      shown += 1;
      return new Promise((resolve) => (answer = resolve));
    });
    await expect(choose('/etc')).rejects.toMatchObject({ code: 'invalid-input' });
    expect(shown).toBe(0);
    const first = choose('scan-root');
    await expect(choose('scan-root')).rejects.toMatchObject({ code: 'not-available' });
    expect(shown).toBe(1);
    answer({ canceled: true, filePaths: [] });
    expect(await first).toBeNull();
    // Once it is closed, the next one opens.
    const next = choose('watched-folder');
    expect(shown).toBe(2);
    answer({ canceled: true, filePaths: [] });
    expect(await next).toBeNull();
  });
});
