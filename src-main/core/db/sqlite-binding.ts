// better-sqlite3 is native code built for one runtime's ABI. Node's build (inside node_modules) serves
// the tests, the CLI and serve; the desktop app loads a second build, made for Electron's ABI into
// native/electron-<abi>/ (scripts/build-sqlite-electron.mjs), so neither needs a rebuild for the other.

import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../../src-shared/contract/app-error.js';

export const ELECTRON_SQLITE_BUILD_COMMAND = 'npm run build:sqlite-electron';

/** The two facts of process.versions the choice depends on. */
export interface SqliteRuntime {
  /** Electron's version; absent under plain Node. */
  readonly electron?: string | undefined;
  /** The ABI (NODE_MODULE_VERSION) native modules must be built for. */
  readonly modules: string;
}

/**
 * The app's root folder, from this module's own file: <root>/dist/src-main/core/db/ when built (inside
 * a packaged app <root> is its app.asar), <root>/src-main/core/db/ when run from source by the tests.
 */
export function appRootOf(moduleFile: string): string {
  const root = dirname(dirname(dirname(dirname(moduleFile))));
  return basename(root) === 'dist' ? dirname(root) : root;
}

/**
 * Native code cannot be loaded from inside an asar archive: the packaging unpacks native/ next to it
 * (asarUnpack), and the path is pointed there here rather than trusting Electron's fs patch to redirect
 * it, which worker threads and existsSync would each have to honour too.
 */
export function outsideAsar(path: string): string {
  return path.replace(/\.asar(?=[\\/])/, '.asar.unpacked');
}

/** Where Electron's build for an ABI lives; the ABI is in the folder name so a stale one never loads. */
export function electronSqliteBuildFile(appRoot: string, abi: string): string {
  return outsideAsar(join(appRoot, 'native', `electron-${abi}`, 'better_sqlite3.node'));
}

/** better-sqlite3's nativeBinding: undefined under Node (the package's own build), else Electron's build. */
export function sqliteNativeBindingFor(runtime: SqliteRuntime, appRoot: string): string | undefined {
  if (!runtime.electron) return undefined;
  return electronSqliteBuildFile(appRoot, runtime.modules);
}

/** Said instead of better-sqlite3's NODE_MODULE_VERSION error when Electron's build is not there. */
export function electronSqliteMissingError(file: string, runtime: SqliteRuntime): AppError {
  const what = `SQLite built for Electron ${runtime.electron ?? ''} (ABI ${runtime.modules})`;
  if (file.includes('.asar.unpacked')) {
    return new AppError(
      'not-available',
      `This installation of Archivist is incomplete: ${what} is missing (${file}). Install Archivist again.`,
    );
  }
  return new AppError(
    'not-available',
    `The desktop app cannot open the archive: ${what} is missing (${file}). ` +
      `Build it with \`${ELECTRON_SQLITE_BUILD_COMMAND}\` in ${appRootOfBuild(file)}, then start the app again.`,
  );
}

function appRootOfBuild(file: string): string {
  return dirname(dirname(dirname(file)));
}

/** The nativeBinding for a runtime, or the clear error when it needs a build that is not there. */
export function checkedSqliteNativeBinding(runtime: SqliteRuntime, appRoot: string): string | undefined {
  const file = sqliteNativeBindingFor(runtime, appRoot);
  if (file !== undefined && !existsSync(file)) throw electronSqliteMissingError(file, runtime);
  return file;
}

const APP_ROOT = appRootOf(fileURLToPath(import.meta.url));

/** The nativeBinding every connection in this process (main or worker thread) is opened with. */
export function sqliteNativeBinding(): string | undefined {
  return checkedSqliteNativeBinding(
    { electron: process.versions['electron'], modules: process.versions.modules },
    APP_ROOT,
  );
}
