// `npm start`: until the desktop window ships, this shows what the archive holds, then imports every
// ChatGPT export in the Downloads folder and keeps watching it for new ones until Ctrl+C.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const cli = join(import.meta.dirname, '..', 'dist', 'src-main', 'cli', 'archivist.js');
const run = (args) => spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit' }).status ?? 1;

run(['stats']);
console.log('');
process.exitCode = run(['watch', ...process.argv.slice(2)]);
