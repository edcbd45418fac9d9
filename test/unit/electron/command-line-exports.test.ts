// A second launch's command line: the exports on it are queued; the program, options and other files
// are not.

import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportPathsIn } from '../../../src-main/electron/command-line-exports.js';

describe('exportPathsIn', () => {
  it('takes the ZIPs and conversations.json files, made absolute against the launch’s folder', () => {
    const home = join('/', 'home', 'ada');
    expect(
      exportPathsIn(
        [
          '/opt/Archivist/archivist',
          '--no-sandbox',
          'Downloads/export.ZIP',
          '/tmp/conversations.json',
          'notes.txt',
        ],
        home,
      ),
    ).toEqual([join(home, 'Downloads', 'export.ZIP'), '/tmp/conversations.json']);
  });

  it('takes a file:// URL, as a Linux file manager passes it to "Open with", as its local path', () => {
    const zip = join('/', 'home', 'ada', 'Downloads', 'My export.zip');
    const notes = join('/', 'home', 'ada', 'notes.txt');
    expect(
      exportPathsIn(['/opt/Archivist/archivist', pathToFileURL(zip).href, pathToFileURL(notes).href], '/'),
    ).toEqual([zip]);
  });

  it('takes nothing from a plain launch, nor an option that looks like a file', () => {
    expect(exportPathsIn(['/opt/Archivist/archivist'], '/')).toEqual([]);
    expect(exportPathsIn(['electron', 'dist/src-main/main.js', '--inspect=x.zip'], '/')).toEqual([]);
  });
});
