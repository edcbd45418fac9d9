// What main takes from a drop on the desktop window, with real files on disk: existing regular files
// named *.zip, each other item refused in a sentence naming it, and nothing at all from anything but a
// short list.

import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDroppedPaths } from '../../../src-main/electron/dropped-exports.js';
import { useTempFolders } from '../../support/temp-folder.js';

const temp = useTempFolders();

describe('checkDroppedPaths', () => {
  it('takes existing regular files named .zip, in any case, and a link to one', () => {
    const dir = temp('archivist-dropped');
    const upper = join(dir, 'Export.ZIP');
    const plain = join(dir, 'chatgpt-export.zip');
    const linked = join(dir, 'linked.zip');
    writeFileSync(upper, 'PK');
    writeFileSync(plain, 'PK');
    symlinkSync(plain, linked);
    expect(checkDroppedPaths([upper, plain, linked])).toEqual([
      { ok: true, path: upper },
      { ok: true, path: plain },
      { ok: true, path: linked },
    ]);
  });

  it('refuses, by name, a file that is no ZIP, a folder named .zip, and a ZIP that is gone', () => {
    const dir = temp('archivist-dropped');
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'hello');
    const folder = join(dir, 'unzipped.zip');
    mkdirSync(folder);
    const gone = join(dir, 'moved-away.zip');
    const [text, asFolder, missing] = checkDroppedPaths([notes, folder, gone]);
    expect(text).toEqual({ ok: false, message: expect.stringMatching(/^“notes\.txt” is not a ZIP file/) });
    expect(asFolder).toEqual({ ok: false, message: '“unzipped.zip” is a folder, not a ZIP file.' });
    expect(missing).toEqual({
      ok: false,
      message: expect.stringContaining('“moved-away.zip” cannot be read'),
    });
  });

  it('refuses what is no path of a file on this computer: empty, relative, not a string', () => {
    const verdicts = checkDroppedPaths(['', 'export.zip', '../export.zip', 42, null, { path: '/x.zip' }]);
    expect(verdicts).toHaveLength(6);
    for (const verdict of verdicts) {
      expect(verdict).toEqual({ ok: false, message: expect.stringContaining('not a file on this computer') });
    }
  });

  it('refuses whole anything but a list of at most 100', () => {
    expect(() => checkDroppedPaths('/home/ada/export.zip')).toThrow(/as a list/);
    expect(() => checkDroppedPaths({ length: 1, 0: '/x.zip' })).toThrow(/as a list/);
    expect(() => checkDroppedPaths(Array.from({ length: 101 }, (_, i) => `/e${i}.zip`))).toThrow(
      /At most 100 files/,
    );
    expect(checkDroppedPaths([])).toEqual([]);
  });
});
