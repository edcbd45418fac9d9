// `npm run build:sqlite-electron`, also the last step of `npm install`: builds SQLite's native module a
// second time, for the installed Electron, into native/electron-<abi>/, leaving Node's build in
// node_modules as it is, so `npm test` and `npm start` each load their own. It never fails the install.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import {
  buildFailureReason,
  electronSqliteFile,
  notBuiltSentence,
  planElectronSqlite,
} from './electron-sqlite-plan.mjs';
import { installedElectron } from './installed-electron.mjs';
import { nodeGypBin } from './node-gyp-bin.mjs';

const projectRoot = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

/** Opens an in-memory database under Electron-as-Node through the given build. */
function loadsUnderElectron(binary, file) {
  const result = spawnSync(
    binary,
    [
      '-e',
      "new (require('better-sqlite3'))(':memory:', { nativeBinding: process.env.ARCHIVIST_SQLITE_BINDING }).close()",
    ],
    {
      cwd: projectRoot,
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', ARCHIVIST_SQLITE_BINDING: file },
      stdio: 'ignore',
      timeout: 60_000,
    },
  );
  return result.status === 0;
}

/**
 * Builds in a copy of the package, so that Node's build/ in node_modules is never touched: a prebuilt
 * module where GitHub answers, else a compile against Electron's headers. Returns the file or why not.
 */
function buildFor(version, scratch) {
  const packageDir = dirname(require.resolve('better-sqlite3/package.json'));
  cpSync(packageDir, scratch, {
    recursive: true,
    filter: (source) => {
      const inside = relative(packageDir, source);
      return inside !== 'build' && !inside.startsWith(`build${sep}`);
    },
  });
  const built = join(scratch, 'build', 'Release', 'better_sqlite3.node');
  const prebuild = join(dirname(require.resolve('prebuild-install/package.json')), 'bin.js');
  const downloaded = spawnSync(
    process.execPath,
    [prebuild, '--runtime', 'electron', '--target', version, '--arch', process.arch],
    { cwd: scratch, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], timeout: 120_000 },
  );
  if (downloaded.status === 0 && existsSync(built)) return { built };
  console.log(`archivist: compiling SQLite for Electron ${version}, as no prebuilt module could be fetched.`);
  const compiled = spawnSync(
    process.execPath,
    [
      nodeGypBin(),
      'rebuild',
      '--release',
      `--target=${version}`,
      `--arch=${process.arch}`,
      '--dist-url=https://electronjs.org/headers',
      // Electron's headers are kept apart from Node's, which node-gyp caches under the same names.
      `--devdir=${join(homedir(), '.electron-gyp')}`,
    ],
    { cwd: scratch, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], timeout: 15 * 60_000 },
  );
  if (compiled.status === 0 && existsSync(built)) return { built };
  return { reason: buildFailureReason(version, `${compiled.stderr ?? ''}${compiled.error?.message ?? ''}`) };
}

function main() {
  const electron = installedElectron();
  const target = electron?.abi ? electronSqliteFile(projectRoot, electron.abi) : null;
  const builtLoads = Boolean(
    electron?.binary && target && existsSync(target) && loadsUnderElectron(electron.binary, target),
  );
  const plan = planElectronSqlite({ projectRoot, electron, builtLoads });
  if (plan.kind === 'skip') return console.log(plan.sentence);
  if (plan.kind === 'ready') return;
  const scratch = mkdtempSync(join(tmpdir(), 'archivist-sqlite-electron-'));
  try {
    const result = buildFor(electron.version, scratch);
    if (result.built) {
      mkdirSync(dirname(plan.target), { recursive: true });
      copyFileSync(result.built, plan.target);
      if (loadsUnderElectron(electron.binary, plan.target)) {
        console.log(
          `archivist: SQLite is built for Electron ${electron.version} in ${relative(projectRoot, plan.target)}.`,
        );
        return;
      }
      // A build that does not load would only trade the app's clear message for a cryptic one.
      rmSync(plan.target, { force: true });
      return console.log(
        notBuiltSentence(`the module built for Electron ${electron.version} does not load in it`),
      );
    }
    console.log(notBuiltSentence(result.reason));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  console.log(
    notBuiltSentence(`of an unexpected error (${error instanceof Error ? error.message : String(error)})`),
  );
}
process.exitCode = 0;
