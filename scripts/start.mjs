// `npm start`: the desktop window where it can run; elsewhere (no Electron binary on this machine, or
// the desktop shell not built yet) Archivist in the browser through `archivist serve --open`, which
// also keeps importing what lands in Downloads. It says which, and why, in its first line.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const project = join(import.meta.dirname, '..');
const cli = join(project, 'dist', 'src-main', 'cli', 'archivist.js');
const desktopMain = join(project, 'dist', 'src-main', 'main.js');

/** The Electron binary's path, or null when it was never downloaded (offline installs). */
function electronBinary() {
  try {
    // The electron package exports the binary's path, and throws when the binary is missing.
    const path = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

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
  const electron = electronBinary();
  if (electron && existsSync(desktopMain)) {
    runInForeground(electron, [desktopMain, ...process.argv.slice(2)]);
  } else {
    console.log(
      electron
        ? 'The desktop window is not part of this build yet; opening Archivist in your browser instead.'
        : 'The desktop window needs Electron, which is not installed here; opening Archivist in your browser instead.',
    );
    runInForeground(process.execPath, [cli, 'serve', '--open', ...process.argv.slice(2)]);
  }
}
