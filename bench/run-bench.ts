// `npm run bench`: import and search speed on a generated export (1 GB by default; set
// ARCHIVIST_BENCH_MB to change it), imported from its ZIP as a person does and from the bare
// conversations.json. Every figure is printed next to a baseline measured in the same run on the same
// bytes (the split + JSON.parse floor), so results compare across machines.

import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import Database from 'better-sqlite3';
import { RANKED_MATCH_LIMIT } from '../src-shared/model/search.js';
import { searchArchive } from '../src-main/core/db/search-repository.js';
import { JsonArraySplitter } from '../src-main/core/chatgpt-export/json-array-splitter.js';
import {
  writeLargeConversationsJson,
  zipLargeConversationsJson,
} from '../test/support/export-generator/generate-export.js';
import { sampleQueries } from './search-queries.js';

const MB = 1024 * 1024;
const targetMb = Number(process.env['ARCHIVIST_BENCH_MB'] ?? 1024);
const out = join(import.meta.dirname, '..', '..', 'bench', 'out');
mkdirSync(out, { recursive: true });
const HEX64 = 'c0ffee'.repeat(10) + 'c0ff';

function node(script: string, args: string[]): Record<string, unknown> {
  const result = spawnSync(process.execPath, [join(import.meta.dirname, script), ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * MB,
  });
  if (result.status !== 0) throw new Error(`${script} failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop() as string) as Record<string, unknown>;
}

function line(label: string, value: string): void {
  console.log(`${label.padEnd(48)} ${value}`);
}

async function ensureExport(path: string, seed: number, mb: number): Promise<void> {
  if (existsSync(path) && Math.abs(statSync(path).size - mb * MB) < 2 * MB) return;
  console.log(`generating ${mb} MB of conversations (seed ${seed}) …`);
  await writeLargeConversationsJson(path, { targetBytes: mb * MB, seed, era: '2025' });
}

/** A newer export of the same account: every conversation of the first, plus new ones (~5%). */
async function writeNewerExport(base: string, extra: string, path: string): Promise<void> {
  const output = createWriteStream(path);
  let first = true;
  const write = async (bytes: Buffer) => {
    if (
      !output.write(
        first ? Buffer.concat([Buffer.from('['), bytes]) : Buffer.concat([Buffer.from(', '), bytes]),
      )
    ) {
      await once(output, 'drain');
    }
    first = false;
  };
  for (const file of [base, extra]) {
    const splitter = new JsonArraySplitter();
    for await (const chunk of createReadStream(file, { highWaterMark: MB })) {
      for (const element of splitter.push(chunk as Buffer)) await write(element.bytes);
    }
    splitter.end();
  }
  output.end(']');
  await once(output, 'finish');
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
}

const baseName = `${HEX64}-2025-04-25-14-40-42-00000000000000000000000000000001`;
const base = join(out, `${baseName}.json`);
// The same conversations.json inside an export ZIP laid out as ChatGPT's (user.json and the small
// side files beside it, deflated).
const baseZip = join(out, `${baseName}.zip`);
const extra = join(out, `extra-${targetMb}.json`);
const newer = join(out, `${HEX64}-2025-09-01-10-00-00-00000000000000000000000000000002.json`);
await ensureExport(base, 1, targetMb);
await ensureExport(extra, 2, Math.max(1, Math.round(targetMb * 0.05)));
if (!existsSync(newer) || statSync(newer).mtimeMs < statSync(base).mtimeMs)
  await writeNewerExport(base, extra, newer);
if (!existsSync(baseZip) || statSync(baseZip).mtimeMs < statSync(base).mtimeMs) {
  console.log('zipping it as an export …');
  await zipLargeConversationsJson(base, baseZip, { seed: 1, era: '2025' });
}
const sizeMb = statSync(base).size / MB;

console.log(
  `\nArchivist benchmark: ${sizeMb.toFixed(0)} MB conversations.json (2025 layout), ` +
    `${(statSync(baseZip).size / MB).toFixed(0)} MB as its export ZIP\n`,
);
const floor = node('parse-floor.js', [base]);
const floorSeconds = floor['seconds'] as number;
line(
  'baseline: split + JSON.parse (floor)',
  `${floorSeconds.toFixed(2)} s, ${(sizeMb / floorSeconds).toFixed(1)} MB/s, peak RSS ${(floor['maxRssMb'] as number).toFixed(0)} MB`,
);

type Report = { status: string; conversations: { added: number }; messages: number };
const zipData = join(out, 'archive-zip');
rmSync(zipData, { recursive: true, force: true });
const fromZip = node('import-once.js', [zipData, baseZip]);
const zipSeconds = fromZip['seconds'] as number;
const zipReport = fromZip['report'] as Report;
if (zipReport.status !== 'imported') throw new Error(`import failed: ${JSON.stringify(zipReport)}`);
line(
  'import from the export ZIP',
  `${zipSeconds.toFixed(2)} s, ${(sizeMb / zipSeconds).toFixed(1)} MB/s, ` +
    `${(zipSeconds / floorSeconds).toFixed(2)}× the floor (budget ≤ 4), peak RSS ${(fromZip['maxRssMb'] as number).toFixed(0)} MB (budget < 300)`,
);
line('  conversations / messages', `${zipReport.conversations.added} / ${zipReport.messages}`);

const data = join(out, 'archive');
rmSync(data, { recursive: true, force: true });
const first = node('import-once.js', [data, base]);
const importSeconds = first['seconds'] as number;
const report = first['report'] as Report;
if (report.status !== 'imported') throw new Error(`import failed: ${JSON.stringify(report)}`);
line(
  'import from bare conversations.json',
  `${importSeconds.toFixed(2)} s, ${(sizeMb / importSeconds).toFixed(1)} MB/s (budget ≥ 25), ` +
    `${(importSeconds / floorSeconds).toFixed(2)}× the floor, peak RSS ${(first['maxRssMb'] as number).toFixed(0)} MB (budget < 300)`,
);
if (report.conversations.added !== zipReport.conversations.added || report.messages !== zipReport.messages)
  throw new Error(`the ZIP and the bare file imported differently: ${JSON.stringify([zipReport, report])}`);
const archiveFile = join(data, 'archive.sqlite');
const checkpoint = new Database(archiveFile);
checkpoint.pragma('wal_checkpoint(TRUNCATE)');
checkpoint.close();
const archiveBytes = statSync(archiveFile).size;
line(
  'archive file after the first import',
  `${(archiveBytes / MB).toFixed(0)} MB, ${(archiveBytes / statSync(base).size).toFixed(2)}× the JSON (budget ≤ 1.3×)`,
);

const again = node('import-once.js', [data, base]);
line(
  're-import of the same file',
  `${((again['seconds'] as number) * 1000).toFixed(0)} ms, ${(((again['seconds'] as number) / importSeconds) * 100).toFixed(2)}% of the first import (budget < 2%)`,
);

const newerFloor = node('parse-floor.js', [newer]);
const extraData = join(out, 'archive-extra');
rmSync(extraData, { recursive: true, force: true });
const extraAlone = node('import-once.js', [extraData, extra]);
const newerRun = node('import-once.js', [data, newer]);
const newerReport = newerRun['report'] as { conversations: Record<string, number> };
const allowance = (newerFloor['seconds'] as number) + (extraAlone['seconds'] as number);
line(
  'newer export with 5% new conversations',
  `${(newerRun['seconds'] as number).toFixed(2)} s vs floor + new part ${allowance.toFixed(2)} s ` +
    `(${((newerRun['seconds'] as number) / allowance).toFixed(2)}×, budget ≤ 1) ${JSON.stringify(newerReport.conversations)}`,
);

const db = new Database(join(data, 'archive.sqlite'), { readonly: true });
const queries = sampleQueries(db);
const times: number[] = [];
let capped = 0;
for (const text of queries) {
  const started = process.hrtime.bigint();
  if (searchArchive(db, { text, limit: 20 }).totalCapped) capped += 1;
  times.push(Number(process.hrtime.bigint() - started) / 1e6);
}
times.sort((a, b) => a - b);
db.close();
line(
  `search: ${queries.length} queries, first page of 20 with snippets`,
  `median ${percentile(times, 0.5).toFixed(1)} ms (budget < 20), p95 ${percentile(times, 0.95).toFixed(1)} ms (budget < 100), max ${(times[times.length - 1] ?? 0).toFixed(1)} ms`,
);
line(
  `  queries matching over ${RANKED_MATCH_LIMIT} messages (archive order)`,
  `${capped} of ${queries.length}; the rest ranked by bm25`,
);
