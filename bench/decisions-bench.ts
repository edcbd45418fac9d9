// `npm run bench:decisions` (also part of `npm run bench`, after run-bench.ts made the 1 GB archive):
// how long reading the decisions of every conversation takes, as the refresher does after a first
// import or a new extractor version (budget < 15 s). The baseline is reading the same threads without
// extracting anything, in the same run, then extracting on this one thread; last, the refresher
// itself reads everything again on its worker threads, writing the decisions it finds.

import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { openArchiveDb } from '../src-main/core/db/archive-db.js';
import { visibleThreadOf } from '../src-main/core/db/decision-repository.js';
import { extractDecisions } from '../src-main/core/decisions/decision-extractor.js';
import { createDecisionRefresher, refreshThreadsFor } from '../src-main/core/decisions/decision-refresher.js';

const BUDGET_SECONDS = 15;
const root = join(import.meta.dirname, '..', '..');
const data = process.argv[2] ?? join(root, 'bench', 'out', 'archive');
const file = join(data, 'archive.sqlite');
if (!existsSync(file)) throw new Error(`No archive in ${data}: run \`npm run bench\` first.`);

/** CPU time of every thread of this process (the refresher's workers too), in seconds. */
function cpuSecondsSince(from: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(from);
  return (user + system) / 1e6;
}

function line(label: string, value: string): void {
  console.log(`${label.padEnd(48)} ${value}`);
}

const db = openArchiveDb(file, { readonly: true });
const ids = db.prepare('SELECT id FROM conversations ORDER BY id').pluck().all() as string[];

let started = process.hrtime.bigint();
let messages = 0;
for (const id of ids) messages += visibleThreadOf(db, id).length;
const readingSeconds = Number(process.hrtime.bigint() - started) / 1e9;

started = process.hrtime.bigint();
let cpu = process.cpuUsage();
let decisions = 0;
for (const id of ids) decisions += extractDecisions(visibleThreadOf(db, id)).length;
const extractingSeconds = Number(process.hrtime.bigint() - started) / 1e9;
const extractingCpuSeconds = cpuSecondsSince(cpu);
db.close();

line(
  'baseline: reading every thread',
  `${readingSeconds.toFixed(2)} s (${ids.length} conversations, ${messages} messages)`,
);
line(
  'reading every thread and its decisions',
  `${extractingSeconds.toFixed(2)} s, ${(extractingSeconds / readingSeconds).toFixed(1)}× the baseline ` +
    `(budget < ${BUDGET_SECONDS} s: ${extractingSeconds < BUDGET_SECONDS ? 'within' : 'OVER'}; ` +
    `${extractingCpuSeconds.toFixed(2)} s of CPU); ${decisions} decisions found in generated text, which holds none`,
);

// The refresher as the app runs it after a first import or a new extractor version: every
// conversation stale, read on worker threads that write what they read. This writes decision rows
// into the bench archive (bench output), never its conversations.
const writer = openArchiveDb(file);
writer.exec('DELETE FROM decision_runs');
const stale = writer.prepare('SELECT count(*) FROM conversations').pluck().get() as number;
const threads = refreshThreadsFor(stale);
const refresher = createDecisionRefresher({ archiveFile: file, db: writer, onRefreshed: () => {} });
const loadBefore = loadavg()[0]!;
started = process.hrtime.bigint();
cpu = process.cpuUsage();
const read = await refresher.refresh();
const refresherSeconds = Number(process.hrtime.bigint() - started) / 1e9;
const refresherCpuSeconds = cpuSecondsSince(cpu);
await refresher.stop();
writer.close();

line(
  `the refresher on ${threads} threads (${availableParallelism()} cores)`,
  `${refresherSeconds.toFixed(2)} s for ${read} conversations read, ` +
    `${(extractingSeconds / refresherSeconds).toFixed(2)}× faster than one thread above ` +
    `(budget < ${BUDGET_SECONDS} s: ${refresherSeconds < BUDGET_SECONDS ? 'within' : 'OVER'}); ` +
    `${refresherCpuSeconds.toFixed(2)} s of CPU, ${(refresherCpuSeconds / refresherSeconds).toFixed(2)} cores busy ` +
    `on average; load average ${loadBefore.toFixed(2)} before, ${loadavg()[0]!.toFixed(2)} after`,
);
