// `npm run dist`: Archivist's installers for the platform it runs on (Linux: AppImage and .deb, macOS:
// dmg, Windows: NSIS setup), made by electron-builder from electron-builder.yml into release/.
// electron-builder is fetched when this runs (scripts/electron-builder-package.mjs). SQLite ships as
// its Electron build from native/ (npm run build:sqlite-electron). Where Electron, that build or the
// tools cannot be had, it stops with one sentence.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ELECTRON_BUILDER } from './electron-builder-package.mjs';
import { packagingBlocker } from './packaging-blocker.mjs';

const project = join(import.meta.dirname, '..');
const release = join(project, 'release');
const LOG = 'release/dist.log';
const PLATFORM = { linux: '--linux', darwin: '--mac', win32: '--win' }[process.platform];
const INSTALLER = /\.(AppImage|deb|dmg|exe)$/;

/** Whether node_modules/electron holds its binary: the package exports its path and throws without. */
function hasElectronBinary() {
  try {
    const path = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path);
  } catch {
    return false;
  }
}

/** npm itself, the one that runs this script where there is one (no shell, so on Windows too). */
function npm(args, options) {
  const cli = process.env.npm_execpath;
  return cli && /\.[cm]?js$/.test(cli)
    ? [process.execPath, [cli, ...args], options]
    : ['npm', args, { ...options, shell: process.platform === 'win32' }];
}

function stop(message) {
  console.error(message);
  process.exit(1);
}

/** Runs electron-builder; its progress lines reach the terminal, everything it prints the log. */
function runElectronBuilder() {
  mkdirSync(release, { recursive: true });
  const log = createWriteStream(join(project, LOG));
  const args = ['exec', '--yes', `--package=${ELECTRON_BUILDER}`, '--', 'electron-builder'];
  const child = spawn(
    ...npm([...args, PLATFORM, '--publish', 'never'], {
      cwd: project,
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  let output = '';
  let shown = 0; // how much of the output has been looked at for whole progress lines
  const take = (text) => {
    output += text;
    log.write(text);
    const end = output.lastIndexOf('\n') + 1;
    for (const line of output.slice(shown, end).split('\n')) if (/^\s+•/.test(line)) console.log(line);
    shown = Math.max(shown, end);
  };
  child.stdout.setEncoding('utf8').on('data', take);
  child.stderr.setEncoding('utf8').on('data', take);
  return new Promise((resolve) => {
    child.on('error', (error) => take(`${error.message}\n`));
    child.on('close', (status) => log.end(() => resolve({ status, output })));
  });
}

if (!PLATFORM)
  stop(`Archivist's installers are made on Linux, macOS or Windows, not on ${process.platform}.`);
const early = packagingBlocker({ electronBinary: hasElectronBinary() });
if (early) stop(early);

const build = spawnSync(...npm(['run', 'build'], { cwd: project, stdio: 'inherit' }));
if (build.status !== 0) stop('Archivist did not build (see the messages above), so nothing was packaged.');

// SQLite for Electron's ABI, beside Node's (the script says why when it cannot be built).
spawnSync(process.execPath, [join(project, 'scripts', 'build-sqlite-electron.mjs')], { stdio: 'inherit' });
const native = join(project, 'native');
if (!existsSync(native) || !readdirSync(native).some((name) => name.startsWith('electron-')))
  stop(
    'Packaging needs SQLite built for Electron in native/, which could not be made here (see above). ' +
      '`npm start` runs Archivist in your browser instead.',
  );

const builder = await runElectronBuilder();

const blocker = packagingBlocker({ electronBinary: true, builder, log: LOG });
if (blocker) stop(blocker);
const made = readdirSync(release).filter((name) => INSTALLER.test(name));
console.log(`Made ${made.map((name) => `release/${name}`).join(', ')}.`);
