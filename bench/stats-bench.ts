// `npm run bench:stats` (also part of `npm run bench`, after run-bench.ts made the 1 GB archive):
// `archivist stats` wall time from the shell, through the built bin as a person runs it, on the
// archive in bench/out/archive. The baseline is Node starting and doing nothing (`node -e 0`), run
// alternately with it in the same run, so that the ratio compares across machines and loads.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const RUNS = 15;
const BUDGET_MS = 200;
const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'src-main', 'cli', 'archivist.js');
const data = process.argv[2] ?? join(root, 'bench', 'out', 'archive');
if (!existsSync(join(data, 'archive.sqlite')))
  throw new Error(`No archive in ${data}: run \`npm run bench\` first (run-bench.ts imports 1 GB into it).`);
if (!existsSync(cli)) throw new Error(`No built CLI at ${cli}: run \`npm run build\` first.`);

function line(label: string, value: string): void {
  console.log(`${label.padEnd(48)} ${value}`);
}

/** Wall time of one process, spawned as a shell would, in ms; fails on a non-zero exit. */
function wall(args: readonly string[]): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${result.stderr}`);
  return elapsed;
}

const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

const stats = [cli, '--data', data, 'stats'];
// One of each first, so that neither pays for a cold disk cache the other then finds warm.
wall(['-e', '0']);
wall(stats);
const baseline: number[] = [];
const times: number[] = [];
for (let i = 0; i < RUNS; i++) {
  baseline.push(wall(['-e', '0']));
  times.push(wall(stats));
}
const stdout = spawnSync(process.execPath, [cli, '--data', data, 'stats', '--json'], { encoding: 'utf8' });
const held = JSON.parse(stdout.stdout) as { conversations: number; messages: number };

console.log(`\nArchivist stats benchmark: ${held.conversations} conversations, ${held.messages} messages\n`);
line('baseline: node -e 0 (Node starting)', `median ${median(baseline).toFixed(0)} ms`);
line(
  'archivist stats, wall from the shell',
  `median ${median(times).toFixed(0)} ms (budget < ${BUDGET_MS}, ` +
    `${median(times) < BUDGET_MS ? 'within budget' : 'OVER BUDGET'}), ${(median(times) / median(baseline)).toFixed(1)}× the baseline, ` +
    `max ${Math.max(...times).toFixed(0)} ms`,
);
