// Electron's own postinstall is denied in package.json (allowScripts) because it downloads a binary
// and fails the whole `npm install` offline. Here we try that download ourselves and, when it cannot
// happen, say what works without it instead of failing the install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

function electronDir() {
  try {
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

const dir = electronDir();
if (!dir) process.exit(0);
if (existsSync(join(dir, 'path.txt'))) process.exit(0);
if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  console.log('archivist: ELECTRON_SKIP_BINARY_DOWNLOAD is set; the desktop window is unavailable.');
  process.exit(0);
}

const result = spawnSync(process.execPath, [join(dir, 'install.js')], {
  stdio: ['ignore', 'ignore', 'pipe'],
  timeout: 120_000,
  encoding: 'utf8',
});
if (result.status === 0 && existsSync(join(dir, 'path.txt'))) {
  console.log('archivist: Electron is installed; `npm start` opens the desktop app.');
} else {
  const reason = (result.stderr || result.error?.message || 'unknown reason').trim().split('\n')[0];
  console.log(
    [
      'archivist: the Electron binary could not be downloaded on this machine',
      `  (${reason}).`,
      '  Everything else is installed: the `archivist` command line works, and `npm start` runs',
      '  without the desktop window. Run `node node_modules/electron/install.js` once online.',
    ].join('\n'),
  );
}
