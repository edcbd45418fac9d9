// What scripts/build-sqlite-electron.mjs does, decided from what is installed, apart from the doing so
// that it can be tested: where Electron's SQLite build goes, whether to build it, and what to say.
import { join } from 'node:path';

export const ELECTRON_SQLITE_BUILD_COMMAND = 'npm run build:sqlite-electron';

/** The same place src-main/core/db/sqlite-binding.ts loads it from (the ABI in the folder's name). */
export function electronSqliteFile(projectRoot, abi) {
  return join(projectRoot, 'native', `electron-${abi}`, 'better_sqlite3.node');
}

/** The one sentence printed when there is no Electron build of SQLite after this script. */
export function notBuiltSentence(reason) {
  return (
    `archivist: SQLite was not built for the desktop app because ${reason}; ` +
    `\`npm start\` runs Archivist in the browser instead (\`${ELECTRON_SQLITE_BUILD_COMMAND}\` tries again).`
  );
}

/**
 * electron: what installedElectron() found (null without the electron package); builtLoads: whether
 * a build already in place loads under that Electron.
 */
export function planElectronSqlite({ projectRoot, electron, builtLoads }) {
  if (!electron) return { kind: 'skip', sentence: notBuiltSentence('the electron package is not installed') };
  if (!electron.binary) {
    return { kind: 'skip', sentence: notBuiltSentence('the Electron binary is not installed') };
  }
  if (!electron.abi) {
    return {
      kind: 'skip',
      sentence: notBuiltSentence(`the ABI of Electron ${electron.version} could not be found out`),
    };
  }
  const target = electronSqliteFile(projectRoot, electron.abi);
  return builtLoads ? { kind: 'ready', target } : { kind: 'build', target };
}

/** Why neither prebuild-install nor node-gyp gave a module, from node-gyp's stderr, for notBuiltSentence. */
export function buildFailureReason(version, gypStderr) {
  if (/network connectivity|ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN/.test(gypStderr)) {
    return (
      `neither a prebuilt SQLite for Electron ${version} could be downloaded from GitHub ` +
      "nor Electron's headers from electronjs.org to compile one"
    );
  }
  const lines = gypStderr.split('\n').map((line) => line.trim());
  const error =
    lines.find((line) => /\berror\b/i.test(line) && !line.startsWith('gyp')) ??
    lines.find((line) => line.startsWith('gyp ERR!')) ??
    'node-gyp said nothing';
  return `compiling SQLite for Electron ${version} failed (${error})`;
}
