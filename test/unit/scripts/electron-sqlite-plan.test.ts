// What `npm install` and `npm run build:sqlite-electron` do about SQLite's Electron build: build it
// where it is missing, say in one sentence why it could not be, and put it where the app loads it.

import { describe, expect, it } from 'vitest';
import { electronSqliteBuildFile } from '../../../src-main/core/db/sqlite-binding.js';
import {
  buildFailureReason,
  electronSqliteFile,
  planElectronSqlite,
} from '../../../scripts/electron-sqlite-plan.mjs';

const projectRoot = '/home/ana/archivist';
const electron = {
  version: '40.8.5',
  binary: '/home/ana/archivist/node_modules/electron/dist/electron',
  abi: '143',
};

describe('the Electron build of SQLite', () => {
  it('is written where the app loads it from', () => {
    expect(electronSqliteFile(projectRoot, '143')).toBe(electronSqliteBuildFile(projectRoot, '143'));
    expect(electronSqliteFile(projectRoot, '143')).toBe(
      '/home/ana/archivist/native/electron-143/better_sqlite3.node',
    );
  });

  it('is built when missing, and left alone when it already loads', () => {
    expect(planElectronSqlite({ projectRoot, electron, builtLoads: false })).toEqual({
      kind: 'build',
      target: '/home/ana/archivist/native/electron-143/better_sqlite3.node',
    });
    expect(planElectronSqlite({ projectRoot, electron, builtLoads: true }).kind).toBe('ready');
  });

  it('is skipped with one sentence, and the browser named, when the Electron binary is not installed', () => {
    const plan = planElectronSqlite({
      projectRoot,
      electron: { ...electron, binary: null },
      builtLoads: false,
    });
    expect(plan).toEqual({
      kind: 'skip',
      sentence:
        'archivist: SQLite was not built for the desktop app because the Electron binary is not installed; ' +
        '`npm start` runs Archivist in the browser instead (`npm run build:sqlite-electron` tries again).',
    });
  });

  it('is skipped with a reason when there is no electron package or its ABI is unknown', () => {
    const none = planElectronSqlite({ projectRoot, electron: null, builtLoads: false });
    expect(none.kind === 'skip' && none.sentence).toContain('because the electron package is not installed;');
    const unknown = planElectronSqlite({
      projectRoot,
      electron: { ...electron, abi: null },
      builtLoads: false,
    });
    expect(unknown.kind === 'skip' && unknown.sentence).toContain(
      'because the ABI of Electron 40.8.5 could not be found out;',
    );
  });

  it('says that nothing could be downloaded when offline, and the compiler’s error otherwise', () => {
    const offline = [
      'gyp info it worked if it ends with ok',
      'gyp http GET https://electronjs.org/headers/v40.8.5/node-v40.8.5-headers.tar.gz',
      'gyp WARN install got an error, rolling back install',
      'gyp ERR! configure error',
      'gyp ERR! stack Error: This is most likely not a problem with node-gyp or the package itself and',
      'gyp ERR! stack is related to network connectivity. In most cases you are behind a proxy or have bad',
    ].join('\n');
    expect(buildFailureReason('40.8.5', offline)).toBe(
      "neither a prebuilt SQLite for Electron 40.8.5 could be downloaded from GitHub nor Electron's headers " +
        'from electronjs.org to compile one',
    );
    const compileError = [
      'gyp info spawn make',
      '../src/better_sqlite3.cpp:12:10: fatal error: node.h: No such file or directory',
      'gyp ERR! build error',
    ].join('\n');
    expect(buildFailureReason('40.8.5', compileError)).toBe(
      'compiling SQLite for Electron 40.8.5 failed ' +
        '(../src/better_sqlite3.cpp:12:10: fatal error: node.h: No such file or directory)',
    );
  });
});
