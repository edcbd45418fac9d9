// A second launch's command line: the exports on it are queued; the program, options and other files
// are not.

import { join } from 'node:path';
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

  it('takes nothing from a plain launch, nor an option that looks like a file', () => {
    expect(exportPathsIn(['/opt/Archivist/archivist'], '/')).toEqual([]);
    expect(exportPathsIn(['electron', 'dist/src-main/main.js', '--inspect=x.zip'], '/')).toEqual([]);
  });
});
