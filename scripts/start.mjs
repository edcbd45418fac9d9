// `npm start`: until the desktop window ships, this imports the newest ChatGPT export found in the
// Downloads folder into the archive and shows what the archive holds.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const cli = join(import.meta.dirname, '..', 'dist', 'src-main', 'cli', 'archivist.js');
const downloads = process.env.ARCHIVIST_DOWNLOADS ?? join(homedir(), 'Downloads');
const exportName = /^[0-9a-f]{64}-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}-[0-9a-f]+(?: \(\d+\))?\.zip$/i;

let newest = null;
try {
  for (const name of readdirSync(downloads)) {
    if (!exportName.test(name)) continue;
    const path = join(downloads, name);
    const mtime = statSync(path).mtimeMs;
    if (!newest || mtime > newest.mtime) newest = { path, mtime };
  }
} catch {
  // No Downloads folder: nothing to import.
}

const run = (args) => spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit' }).status ?? 1;
if (newest) {
  console.log(`Importing your newest ChatGPT export: ${newest.path}`);
  run(['import', newest.path]);
} else {
  console.log(`No ChatGPT export found in ${downloads}. Import one with: npx archivist import <export.zip>`);
}
process.exitCode = run(['stats']);
