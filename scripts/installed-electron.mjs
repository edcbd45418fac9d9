// What the installed electron package says about the Electron that `npm start` runs: its version, its
// binary (absent where the download could not happen) and the ABI a native module must be built for.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** null when the electron package itself is not installed. */
export function installedElectron() {
  let dir;
  try {
    dir = dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const version = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
  const binary = electronBinary();
  return { version, binary, abi: electronAbi(dir, version, binary) };
}

/** The electron package exports the binary's path, and throws when the binary was never downloaded. */
function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** The package's own abi_version file, else node-abi's table, else the binary asked itself. */
function electronAbi(dir, version, binary) {
  const file = join(dir, 'abi_version');
  if (existsSync(file)) {
    const abi = readFileSync(file, 'utf8').trim();
    if (/^\d+$/.test(abi)) return abi;
  }
  try {
    return String(require('node-abi').getAbi(version, 'electron'));
  } catch {
    // node-abi is not installed, or its table predates this Electron.
  }
  if (!binary) return null;
  const asked = spawnSync(binary, ['-p', 'process.versions.modules'], {
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    encoding: 'utf8',
    timeout: 30_000,
  });
  const abi = (asked.stdout ?? '').trim();
  return asked.status === 0 && /^\d+$/.test(abi) ? abi : null;
}
