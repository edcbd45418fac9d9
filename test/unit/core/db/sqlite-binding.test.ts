// SQLite's native module is loaded from Node's build under Node and from Electron's own build under
// Electron; when Electron's build is missing, opening the archive says which file and how to build it.

import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../src-shared/contract/app-error.js';
import { openArchiveDb } from '../../../../src-main/core/db/archive-db.js';
import {
  appRootOf,
  checkedSqliteNativeBinding,
  electronSqliteBuildFile,
  outsideAsar,
  sqliteNativeBinding,
  sqliteNativeBindingFor,
} from '../../../../src-main/core/db/sqlite-binding.js';
import { useTempFolders } from '../../../support/temp-folder.js';

const temp = useTempFolders();
const nodeBuild = join(
  dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')),
  'build',
  'Release',
  'better_sqlite3.node',
);

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('nothing was thrown');
}

describe('which SQLite build a connection loads', () => {
  it("is the package's own under Node", () => {
    expect(sqliteNativeBindingFor({ modules: '115' }, '/home/ana/archivist')).toBeUndefined();
    expect(sqliteNativeBinding()).toBeUndefined();
  });

  it("is native/electron-<abi>/ under Electron, so another Electron's build is never loaded", () => {
    expect(sqliteNativeBindingFor({ electron: '33.2.0', modules: '130' }, '/home/ana/archivist')).toBe(
      '/home/ana/archivist/native/electron-130/better_sqlite3.node',
    );
    expect(sqliteNativeBindingFor({ electron: '40.8.5', modules: '143' }, '/home/ana/archivist')).toBe(
      '/home/ana/archivist/native/electron-143/better_sqlite3.node',
    );
  });

  it('finds the app root from the built module, and from the source when the tests run it', () => {
    expect(appRootOf('/home/ana/archivist/dist/src-main/core/db/sqlite-binding.js')).toBe(
      '/home/ana/archivist',
    );
    expect(appRootOf('/home/ana/archivist/src-main/core/db/sqlite-binding.ts')).toBe('/home/ana/archivist');
  });

  it('is read from app.asar.unpacked in a packaged app, where native code can be loaded', () => {
    const resources = '/Applications/Archivist.app/Contents/Resources';
    const root = appRootOf(`${resources}/app.asar/dist/src-main/core/db/sqlite-binding.js`);
    expect(root).toBe(`${resources}/app.asar`);
    expect(sqliteNativeBindingFor({ electron: '33.2.0', modules: '130' }, root)).toBe(
      `${resources}/app.asar.unpacked/native/electron-130/better_sqlite3.node`,
    );
    expect(
      outsideAsar('C:\\Program Files\\Archivist\\resources\\app.asar\\native\\electron-130\\x.node'),
    ).toBe('C:\\Program Files\\Archivist\\resources\\app.asar.unpacked\\native\\electron-130\\x.node');
    expect(outsideAsar(`${resources}/app.asar.unpacked/native/x.node`)).toBe(
      `${resources}/app.asar.unpacked/native/x.node`,
    );
  });

  it('is refused with the missing file and the command that builds it when it is not there', () => {
    const root = temp();
    const error = thrown(() => checkedSqliteNativeBinding({ electron: '33.2.0', modules: '130' }, root));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('not-available');
    expect((error as AppError).message).toBe(
      'The desktop app cannot open the archive: SQLite built for Electron 33.2.0 (ABI 130) is missing ' +
        `(${join(root, 'native', 'electron-130', 'better_sqlite3.node')}). ` +
        `Build it with \`npm run build:sqlite-electron\` in ${root}, then start the app again.`,
    );
  });

  it('is refused as an incomplete installation when a packaged app lacks it', () => {
    const root = join(temp(), 'app.asar');
    const error = thrown(() => checkedSqliteNativeBinding({ electron: '33.2.0', modules: '130' }, root));
    expect((error as AppError).message).toBe(
      'This installation of Archivist is incomplete: SQLite built for Electron 33.2.0 (ABI 130) is missing ' +
        `(${root}.unpacked/native/electron-130/better_sqlite3.node). Install Archivist again.`,
    );
  });

  it('is loaded through nativeBinding when it is there', () => {
    const root = temp();
    // Node's own build stands in for Electron's: it is what this process can load under the same ABI.
    const file = electronSqliteBuildFile(root, process.versions.modules);
    mkdirSync(dirname(file), { recursive: true });
    copyFileSync(nodeBuild, file);
    const binding = checkedSqliteNativeBinding(
      { electron: '40.8.5', modules: process.versions.modules },
      root,
    );
    expect(binding).toBe(file);
    const db = new Database(':memory:', { nativeBinding: binding });
    expect(db.prepare('SELECT 6 * 7').pluck().get()).toBe(42);
    db.close();
  });
});

describe('opening the archive', () => {
  it('works under Node with Node’s build', () => {
    const db = openArchiveDb(join(temp(), 'archive.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('says which file is missing, not NODE_MODULE_VERSION, when run by an Electron without its build', () => {
    const file = join(temp(), 'archive.sqlite');
    Object.defineProperty(process.versions, 'electron', { value: '40.8.5', configurable: true });
    let error: unknown;
    try {
      error = thrown(() => openArchiveDb(file));
    } finally {
      delete (process.versions as Record<string, string | undefined>)['electron'];
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toContain(
      `SQLite built for Electron 40.8.5 (ABI ${process.versions.modules}) is missing`,
    );
    expect((error as AppError).message).toContain(
      join('native', `electron-${process.versions.modules}`, 'better_sqlite3.node'),
    );
    expect((error as AppError).message).toContain('`npm run build:sqlite-electron`');
    expect(existsSync(file)).toBe(false);
  });
});
