// The node-gyp that compiles SQLite's native module when no prebuilt one can be fetched: the one npm
// names while it runs an install script, else the one bundled with the npm beside this Node.
import { dirname, join } from 'node:path';

export function nodeGypBin() {
  return (
    process.env.npm_config_node_gyp ??
    join(
      dirname(process.execPath),
      '..',
      'lib',
      'node_modules',
      'npm',
      'node_modules',
      'node-gyp',
      'bin',
      'node-gyp.js',
    )
  );
}
