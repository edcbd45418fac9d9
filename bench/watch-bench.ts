// `npm run bench:watch` (also part of `npm run bench`): how soon a finished download starts importing,
// and what watching a Downloads folder of 10,000 files costs while nothing happens. The baseline is
// the operating system's own notification (fs.watch) for the same rename, measured in the same run.

import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { generateExport, writeExportZip } from '../test/support/export-generator/generate-export.js';

const out = join(import.meta.dirname, '..', '..', 'bench', 'out', 'watch');
const downloads = join(out, 'Downloads');
const data = join(out, 'data');
const cli = join(import.meta.dirname, '..', 'src-main', 'cli', 'archivist.js');
const FILES = 10_000;
const ROUNDS = 5;
const TICKS_PER_SECOND = 100;

rmSync(out, { recursive: true, force: true });
mkdirSync(downloads, { recursive: true });
for (let i = 0; i < FILES; i++) writeFileSync(join(downloads, `document-${i}.pdf`), `%PDF-1.4 ${i}`);

const exports: { name: string; bytes: Buffer }[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const generated = generateExport({ era: '2025', conversations: 5, seed: 100 + round });
  const staged = join(out, `staged-${round}.zip`);
  await writeExportZip(generated, staged);
  exports.push({ name: generated.zipFileName, bytes: readFileSync(staged) });
}

const child = spawn(process.execPath, [cli, '--data', data, 'watch', '--json', '--dir', downloads], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const started = new Map<string, number>();
createInterface({ input: child.stdout }).on('line', (line) => {
  const event = JSON.parse(line) as { event: string; file?: string };
  if (event.event === 'import-started' && event.file) started.set(event.file, performance.now());
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
function cpuTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return Number(fields[11]) + Number(fields[12]);
}

// Let the initial scan of the folder finish, then measure the CPU of ten quiet seconds.
await sleep(5000);
const idleSeconds = 10;
const before = cpuTicks(child.pid as number);
await sleep(idleSeconds * 1000);
const idleCpu = (cpuTicks(child.pid as number) - before) / TICKS_PER_SECOND / idleSeconds;

const latencies: number[] = [];
const baselines: number[] = [];
for (const { name, bytes } of exports) {
  const partial = join(downloads, `${name}.crdownload`);
  writeFileSync(partial, bytes);
  await sleep(1500);
  const final = join(downloads, name);
  const notified = new Promise<number>((resolve) => {
    const watcher = watch(downloads, (_, file) => {
      if (file === name) {
        watcher.close();
        resolve(performance.now());
      }
    });
  });
  const renamedAt = performance.now();
  renameSync(partial, final);
  baselines.push((await notified) - renamedAt);
  const deadline = Date.now() + 30_000;
  while (!started.has(final) && Date.now() < deadline) await sleep(10);
  latencies.push((started.get(final) ?? Number.NaN) - renamedAt);
  await sleep(1500);
}
child.kill('SIGTERM');

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const line = (label: string, value: string) => console.log(`${label.padEnd(48)} ${value}`);
console.log(`\nArchivist watch benchmark: a Downloads folder of ${FILES.toLocaleString('en')} files\n`);
line('baseline: OS notification of the rename', `median ${median(baselines).toFixed(1)} ms`);
line(
  `rename to import start (${ROUNDS} downloads)`,
  `median ${(median(latencies) / 1000).toFixed(2)} s, max ${(Math.max(...latencies) / 1000).toFixed(2)} s (budget < 2 s), ` +
    `${(median(latencies) / Math.max(0.001, median(baselines))).toFixed(0)}× the notification`,
);
line('idle CPU while watching', `${(idleCpu * 100).toFixed(2)}% of one core over ${idleSeconds} s`);
