// electron-builder run on electron-builder.yml with a stand-in Electron (a script carrying Electron's
// fuse wire) and no download: the config is valid, app.asar holds the window, the preload, the main
// process and SQLite's Electron build unpacked beside it, and nothing of tests, bench or sources; the
// fuses are flipped as the config says.

import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ELECTRON_BUILDER } from '../../scripts/electron-builder-package.mjs';
import { asarFiles, type AsarFile } from '../support/asar-listing.js';
import { useTempFolders } from '../support/temp-folder.js';

const ROOT = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
const ELECTRON_VERSION = (require('electron/package.json') as { version: string }).version;
/** Where @electron/fuses finds the wire: after this marker, a version byte, a length, one byte a fuse. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's own defaults: RunAsNode on, cookie encryption off, NODE_OPTIONS on, --inspect on, … */
const DEFAULT_WIRE = '10110001';
const FUSES = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
];
const temp = useTempFolders('suite');

interface Packaged {
  readonly files: readonly AsarFile[];
  readonly unpackedFolder: string;
  readonly fuses: Record<string, boolean>;
}

function standInElectron(): string {
  const folder = temp('electron-dist');
  const binary = join(folder, 'electron');
  writeFileSync(
    binary,
    Buffer.concat([
      Buffer.from('#!/bin/sh\n# Stands in for Electron: only its fuse wire is read.\nexit 0\n'),
      Buffer.from(SENTINEL),
      Buffer.from([1, DEFAULT_WIRE.length]),
      Buffer.from(`${DEFAULT_WIRE}\n`),
    ]),
  );
  chmodSync(binary, 0o755);
  return folder;
}

function fusesOf(binary: string): Record<string, boolean> {
  const bytes = readFileSync(binary);
  const wire = bytes.indexOf(SENTINEL) + SENTINEL.length + 2;
  return Object.fromEntries(FUSES.map((name, i) => [name, bytes[wire + i] === '1'.charCodeAt(0)]));
}

/** SQLite's Electron build, or (where none was built) Node's standing in for it during the run. */
function withNativeBuild(): () => void {
  const native = join(ROOT, 'native');
  const hadFolder = existsSync(native);
  if (hadFolder && readdirSync(native).some((name) => name.startsWith('electron-'))) return () => {};
  const standIn = join(native, 'electron-stand-in');
  mkdirSync(standIn, { recursive: true });
  copyFileSync(
    join(dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node'),
    join(standIn, 'better_sqlite3.node'),
  );
  return () => rmSync(hadFolder ? standIn : native, { recursive: true, force: true });
}

describe.runIf(process.platform === 'linux')('the packaged app (electron-builder --dir)', () => {
  let packaged: Packaged;

  beforeAll(() => {
    const output = temp('release');
    const removeStandIn = withNativeBuild();
    try {
      const run = spawnSync(
        'npm',
        [
          'exec',
          '--yes',
          `--package=${ELECTRON_BUILDER}`,
          '--',
          'electron-builder',
          '--linux',
          '--dir',
          `-c.electronDist=${standInElectron()}`,
          `-c.electronVersion=${ELECTRON_VERSION}`,
          `-c.directories.output=${output}`,
          '--publish',
          'never',
        ],
        { cwd: ROOT, encoding: 'utf8', timeout: 240_000 },
      );
      expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    } finally {
      removeStandIn();
    }
    const app = join(output, 'linux-unpacked');
    packaged = {
      files: asarFiles(join(app, 'resources', 'app.asar')),
      unpackedFolder: join(app, 'resources', 'app.asar.unpacked'),
      fuses: fusesOf(join(app, 'archivist')),
    };
  }, 300_000);

  it('ships the main process, the preload, the window and its icons', () => {
    const paths = packaged.files.map((file) => file.path);
    for (const needed of [
      'package.json',
      'dist/src-main/main.js',
      'dist/src-main/preload/preload.cjs',
      'dist/src-main/core/import/conversation-parse.worker.js',
      'dist-renderer/index.html',
      'assets/tray-icon.png',
      'node_modules/better-sqlite3/lib/index.js',
    ])
      expect(paths, needed).toContain(needed);
  });

  it("unpacks SQLite's Electron build beside the archive, and ships no other build of it", () => {
    const natives = packaged.files.filter((file) => file.path.endsWith('.node'));
    expect(natives.length).toBe(1);
    expect(natives[0]?.path).toMatch(/^native\/electron-[^/]+\/better_sqlite3\.node$/);
    expect(natives[0]?.unpacked).toBe(true);
    expect(existsSync(join(packaged.unpackedFolder, natives[0]?.path ?? ''))).toBe(true);
  });

  it('ships no tests, bench, sources, source maps or development tools', () => {
    const unwanted = packaged.files
      .map((file) => file.path)
      .filter(
        (path) =>
          /^(test|bench|src-main|src-renderer|src-shared|scripts|dist-tools)\//.test(path) ||
          /\.map$/.test(path) ||
          /^dist\/.*\.ts$/.test(path) ||
          /^node_modules\/(vitest|playwright-core|typescript|eslint|electron|vite|@axe-core)\//.test(path),
      );
    expect(unwanted).toEqual([]);
  });

  it('sets the fuses: no running as Node, no NODE_OPTIONS or --inspect, app only from its checked asar', () => {
    expect(packaged.fuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });
});
