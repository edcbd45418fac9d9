// `npm start`: the desktop window where it can run; elsewhere (no Electron binary on this machine, no
// SQLite built for it, or the desktop shell not built yet) Archivist in the browser through
// `archivist serve --open`, which also keeps importing what lands in Downloads. It says which, and why.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { electronSqliteFile } from './electron-sqlite-plan.mjs';
import { installedElectron } from './installed-electron.mjs';

const project = join(import.meta.dirname, '..');
const cli = join(project, 'dist', 'src-main', 'cli', 'archivist.js');
const desktopMain = join(project, 'dist', 'src-main', 'main.js');

/** Runs a program in the foreground; Ctrl+C reaches it from the terminal, SIGTERM is passed on. */
function runInForeground(command, args) {
  const child = spawn(command, args, { stdio: 'inherit' });
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}

if (!existsSync(cli)) {
  console.error('Archivist is not built yet: run `npm run build`, then `npm start` again.');
  process.exitCode = 1;
} else {
  const electron = installedElectron();
  const sqliteBuilt = Boolean(electron?.abi && existsSync(electronSqliteFile(project, electron.abi)));
  if (electron?.binary && existsSync(desktopMain) && sqliteBuilt) {
    runInForeground(electron.binary, [desktopMain, ...process.argv.slice(2)]);
  } else {
    console.log(
      !electron?.binary
        ? 'The desktop window needs Electron, which is not installed here; opening Archivist in your browser instead.'
        : !existsSync(desktopMain)
          ? 'The desktop window is not part of this build yet; opening Archivist in your browser instead.'
          : 'The desktop window needs SQLite built for Electron (`npm run build:sqlite-electron`); opening Archivist in your browser instead.',
    );
    runInForeground(process.execPath, [cli, 'serve', '--open', ...process.argv.slice(2)]);
  }
}
