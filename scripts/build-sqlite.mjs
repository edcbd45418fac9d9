// better-sqlite3's own install step is denied in package.json (allowScripts) and run here instead:
// it first asks GitHub for a prebuilt binary, and where that cannot be reached it compiles, which
// node-gyp only manages offline when told where Node's headers are. Here they are taken from the
// Node that runs the install (its include/node folder), so `npm install` works as typed both on an
// online Mac or Windows machine and on a machine that reaches only the npm registry.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { nodeGypBin } from './node-gyp-bin.mjs';

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('better-sqlite3/package.json'));

function loads() {
  const result = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], {
    cwd: dirname(packageDir),
    stdio: 'ignore',
  });
  return result.status === 0;
}

function run(command, args, options = {}) {
  return spawnSync(command, args, { cwd: packageDir, stdio: 'inherit', ...options }).status === 0;
}

if (existsSync(join(packageDir, 'build', 'Release', 'better_sqlite3.node')) && loads()) process.exit(0);

const prebuild = join(dirname(require.resolve('prebuild-install/package.json')), 'bin.js');
if (
  run(process.execPath, [prebuild], { stdio: ['ignore', 'ignore', 'ignore'], timeout: 60_000 }) &&
  loads()
) {
  process.exit(0);
}

const nodeGyp = nodeGypBin();
const prefix = dirname(dirname(process.execPath));
const headers = existsSync(join(prefix, 'include', 'node', 'node.h')) ? [`--nodedir=${prefix}`] : [];
console.log(
  `archivist: no prebuilt SQLite module could be fetched; compiling it${headers.length ? ` against ${prefix}/include/node` : ''} (about 90 s).`,
);
if (!run(process.execPath, [nodeGyp, 'rebuild', '--release', ...headers]) || !loads()) {
  console.error('archivist: the SQLite module could not be built; see the messages above.');
  process.exit(1);
}
